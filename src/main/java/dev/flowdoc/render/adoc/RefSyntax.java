package dev.flowdoc.render.adoc;

import dev.flowdoc.model.RefKind;

/** How a reference from a data text is written into AsciiDoc inline source. */
public interface RefSyntax {
    String write(RefKind kind, String id);

    /** For rendering: flowdoc's own inline macros, which the registered extensions turn into nodes. */
    RefSyntax MACROS = (kind, id) -> (kind == RefKind.MENU ? "menupath" : kind.key()) + ":" + id + "[]";
}
