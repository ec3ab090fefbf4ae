package dev.flowdoc.model;

import java.util.List;

/**
 * One prose page of content/{de,en}/: its name (file name without .adoc, the same in both languages), its
 * source, and what the content loader found in it with positions: explicit anchors, uses of flowdoc macros
 * and cross references.
 */
public record Page(Language language, String name, String title, String source, List<Anchor> anchors,
                   List<MacroUse> macros, List<Xref> xrefs, Location location) {
    public Page {
        anchors = List.copyOf(anchors);
        macros = List.copyOf(macros);
        xrefs = List.copyOf(xrefs);
    }

    /** The file name of the rendered page, e.g. "clustering.html". */
    public String htmlName() {
        return name + ".html";
    }

    /** The targets of the page's {@code flowtable::TARGET[]} block macros. */
    public List<String> flowTables() {
        return macros.stream().filter(m -> m.block() && m.name().equals("flowtable")).map(MacroUse::target).toList();
    }

    /** True if the page lists the admin-UI menu paths ({@code menupaths::all[]}). */
    public boolean listsMenuPaths() {
        return macros.stream().anyMatch(m -> m.block() && m.name().equals("menupaths"));
    }

    /** An explicit anchor ({@code [[id]]}, {@code [#id]}, {@code anchor:id[]}). */
    public record Anchor(String id, Location location) {}

    /** A macro of the page, block ({@code name::target[]}) or inline ({@code name:target[]}). */
    public record MacroUse(String name, boolean block, String target, Location location) {}

    /** A cross reference; {@code page} is null for one within the same page, {@code anchor} null for a whole page. */
    public record Xref(String page, String anchor, Location location) {}
}
