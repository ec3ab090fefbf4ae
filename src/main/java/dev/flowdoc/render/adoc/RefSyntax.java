package dev.flowdoc.render.adoc;

import dev.flowdoc.model.RefKind;

/** How a reference from a data text is written into AsciiDoc inline source. */
public interface RefSyntax {
    String write(RefKind kind, String id);

    /** With the writer's link text ({@code {flow:ID|Text}}); {@code text} null: the name of what it points to. */
    default String write(RefKind kind, String id, String text) {
        return write(kind, id);
    }

    /** For rendering: flowdoc's own inline macros, which the registered extensions turn into nodes. */
    RefSyntax MACROS = new RefSyntax() {
        @Override
        public String write(RefKind kind, String id) {
            return write(kind, id, null);
        }

        @Override
        public String write(RefKind kind, String id, String text) {
            if (kind == RefKind.MENU) {
                // a menu path with the writer's words: the words, as every other output shows them
                return text == null ? "menupath:" + id + "[]" : AdocEscape.literal(text);
            }
            return kind.key() + ":" + id + "[" + (text == null ? "" : AdocEscape.macroText(text)) + "]";
        }
    };
}
