package dev.flowdoc.view;

import dev.flowdoc.model.RefKind;
import java.util.List;

/** An inline part of a cell: what it says is decided here; how it looks is each renderer's choice. */
public sealed interface Part {
    /** Literal words (data text or theme words), never markup. */
    record Text(String text) implements Part {}

    /**
     * A reference to a flow, group, chapter or menu path, with the label the reader sees: the writer's link text
     * ({@code own}, from {@code {flow:ID|Text}}) or else the name of what it points to ({@code own} null).
     */
    record Ref(RefKind kind, String id, String label, String own) implements Part {
        public Ref(RefKind kind, String id, String label) {
            this(kind, id, label, null);
        }
    }

    /**
     * Annotations that belong together, already in words: {@code text} is what every output shows
     * ("(neu in 12.1.0, optional)"), {@code items} the single annotations for outputs with a column each.
     */
    record Annotations(List<Annotation> items, String text) implements Part {
        public Annotations {
            items = List.copyOf(items);
        }
    }

    /** A note of a group, introduced by its label ("Hinweis", "Note"). */
    record Note(String label, List<Part> parts) implements Part {
        public Note {
            parts = List.copyOf(parts);
        }
    }

    /** The badge of an English text whose German changed since it was translated. */
    record Pending(String text) implements Part {}

    /** The words of the parts, references as their labels: for outputs without markup. */
    static String plain(List<Part> parts) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Text t) {
                out.append(t.text());
            } else if (part instanceof Ref r) {
                out.append(r.label());
            } else if (part instanceof Annotations a) {
                out.append(a.text());
            } else if (part instanceof Note n) {
                out.append(n.label()).append(": ").append(plain(n.parts()));
            } else if (part instanceof Pending p) {
                out.append(" (").append(p.text()).append(')');
            }
        }
        return out.toString();
    }
}
