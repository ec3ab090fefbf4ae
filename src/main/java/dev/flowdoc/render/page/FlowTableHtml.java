package dev.flowdoc.render.page;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.render.Links;
import dev.flowdoc.view.Annotation;
import dev.flowdoc.view.Cell;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.GroupBlock;
import dev.flowdoc.view.Line;
import dev.flowdoc.view.Part;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The flow table of a page in its final HTML, written once from the view's cells: each part by its type (words,
 * references, annotations, notes, the translation badge), lines as line breaks, paragraphs as paragraphs. The
 * rows carry what the filter script reads ({@link FlowRowData}), every body cell its column's name for small
 * screens ({@code data-label}), a group's cell its class. What it writes is inert: its own elements and
 * attributes, escaped text, relative links. {@link FlowTableMacro} leaves a placeholder where the table goes.
 */
public final class FlowTableHtml {
    /** Relative column widths: the description needs the room. */
    public static final List<Integer> WIDTHS = dev.flowdoc.render.adoc.FlowTableModel.WIDTHS;

    private final Project project;
    private final Links links;
    private final Language language;

    public FlowTableHtml(Project project, Links links, Language language) {
        this.project = project;
        this.links = links;
        this.language = language;
    }

    /**
     * The table of {@code groups} with the view's {@code headings}; {@code page}: the page it stands on (links to its
     * own rows stay local); {@code fontIcons}: the page sets {@code :icons: font} (a menu sequence's caret).
     */
    public String write(List<String> headings, List<GroupBlock> groups, String page, boolean fontIcons) {
        StringBuilder out = new StringBuilder(1024 + groups.size() * 3072);
        out.append("<table class=\"tableblock frame-all grid-all stretch ").append(FlowTableMacro.ROLE).append("\">\n<colgroup>\n");
        for (int w : WIDTHS) {
            out.append("<col style=\"width: ").append(w).append("%;\">\n");
        }
        out.append("</colgroup>\n<thead>\n<tr>\n");
        String[] labels = new String[headings.size()];
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i).strip();
            out.append("<th class=\"tableblock halign-left valign-top\">");
            text(out, heading);
            out.append("</th>\n");
            String name = heading.replaceAll("\\s+", " ");
            labels[i] = name.isBlank() ? "" : " " + attribute("data-label", name);
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        Writer cells = new Writer(page, fontIcons);
        for (GroupBlock group : groups) {
            for (int i = 0; i < group.rows().size(); i++) {
                FlowRow row = group.rows().get(i);
                out.append("<tr");
                for (Map.Entry<String, String> a : FlowRowData.of(row).entrySet()) {
                    out.append(' ').append(attribute(a.getKey(), a.getValue()));
                }
                out.append(">\n");
                if (i == 0) {
                    out.append("<td class=\"tableblock halign-left valign-top group-cell\"");
                    if (group.rows().size() > 1) {
                        out.append(" rowspan=\"").append(group.rows().size()).append('"');
                    }
                    out.append(' ').append(attribute("data-group-cell", group.id())).append(label(labels, 0)).append('>');
                    cells.cell(out, group.anchor(), group.cell());
                    out.append("</td>\n");
                }
                List<Cell> row4 = List.of(row.ports(), row.source(), row.destination(), row.description());
                for (int c = 0; c < row4.size(); c++) {
                    out.append("<td class=\"tableblock halign-left valign-top\"").append(label(labels, c + 1)).append('>');
                    cells.cell(out, c == 0 ? row.anchor() : null, row4.get(c));
                    out.append("</td>\n");
                }
                out.append("</tr>\n");
            }
        }
        return out.append("</tbody>\n</table>").toString();
    }

    private static String label(String[] labels, int column) {
        return column < labels.length ? labels[column] : "";
    }

    /** Writes cells of one table. */
    private final class Writer {
        private final String page;
        private final String caret;

        Writer(String page, boolean fontIcons) {
            this.page = page;
            this.caret = fontIcons ? "&nbsp;<i class=\"fa fa-angle-right caret\"></i> " : "&nbsp;<b class=\"caret\">›</b> ";
        }

        /** A cell: its anchor (null: none), then its lines; nothing at all for an empty cell without anchor. */
        void cell(StringBuilder out, String anchor, Cell cell) {
            int start = out.length();
            out.append("<p class=\"tableblock\">");
            int empty = out.length();
            if (anchor != null) {
                out.append("<a id=\"").append(anchor).append("\"></a>");
            }
            boolean first = true;
            for (Line line : cell.lines()) {
                if (!first) {
                    out.append(line.paragraph() ? "</p>\n<p class=\"tableblock\">" : "<br>\n");
                }
                first = false;
                parts(out, line.parts());
            }
            if (out.length() == empty) {
                out.setLength(start);
            } else {
                out.append("</p>");
            }
        }

        /** Inline parts, each by its type. */
        void parts(StringBuilder out, List<Part> parts) {
            for (Part part : parts) {
                if (part instanceof Part.Text t) {
                    text(out, t.text());
                } else if (part instanceof Part.Ref r) {
                    ref(out, r);
                } else if (part instanceof Part.Annotations a) {
                    annotations(out, a);
                } else if (part instanceof Part.Note n) {
                    span(out, "note-label", n.label() + ":");
                    out.append(' ');
                    parts(out, n.parts());
                } else if (part instanceof Part.Pending p) {
                    out.append(' ');
                    span(out, "translation-pending", p.text());
                } else {
                    text(out, Part.plain(List.of(part))); // a part of a kind added later: its words
                }
            }
        }

        /**
         * A row's annotations; "neu in 13.0.0" or "geändert in 13.0.0, …" of the documented release links to that
         * release's entry on the page of changes, where the site has one.
         */
        private void annotations(StringBuilder out, Part.Annotations a) {
            Optional<Links.Target> changes = a.items().stream()
                    .filter(i -> (i.kind() == Annotation.Kind.NEW_IN || i.kind() == Annotation.Kind.CHANGED_IN)
                            && project.release().toString().equals(i.version()))
                    .findFirst()
                    .flatMap(i -> links.changes(project.release(), language, page));
            if (changes.isEmpty()) {
                span(out, "annotation", a.text());
                return;
            }
            attributeValue(out.append("<a href=\""), changes.get().href()).append("\" class=\"changes-link\">");
            span(out, "annotation", a.text());
            out.append("</a>");
        }

        private void span(StringBuilder out, String role, String words) {
            out.append("<span class=\"").append(role).append("\">");
            text(out, words);
            out.append("</span>");
        }

        private void ref(StringBuilder out, Part.Ref ref) {
            Optional<Links.Target> link = links.target(ref.kind(), ref.id(), language, page);
            if (link.isPresent()) {
                attributeValue(out.append("<a href=\""), link.get().href()).append("\" class=\"")
                        .append(ref.kind() == RefKind.MENU ? "menuref" : "ref ref-" + ref.kind().key()).append("\">");
                text(out, ref.label());
                out.append("</a>");
                return;
            }
            Optional<MenuEntry> entry = ref.kind() == RefKind.MENU ? project.menuEntry(ref.id()) : Optional.empty();
            if (entry.isPresent() && !entry.get().path().isEmpty()) {
                menuSequence(out, entry.get().path());
            } else {
                text(out, ref.label());
            }
        }

        /** The menu path as a menu sequence, where the project has no page of menu paths: System › Proxy settings. */
        private void menuSequence(StringBuilder out, List<String> path) {
            if (path.size() == 1) {
                out.append("<b class=\"menuref\">");
                text(out, path.get(0));
                out.append("</b>");
                return;
            }
            out.append("<span class=\"menuseq\"><b class=\"menu\">");
            text(out, path.get(0));
            out.append("</b>").append(caret);
            if (path.size() > 2) {
                out.append("<b class=\"submenu\">");
                for (int k = 1; k < path.size() - 1; k++) {
                    if (k > 1) {
                        out.append("</b>").append(caret).append("<b class=\"submenu\">");
                    }
                    text(out, path.get(k));
                }
                out.append("</b>").append(caret);
            }
            out.append("<b class=\"menuitem\">");
            text(out, path.get(path.size() - 1));
            out.append("</b></span>");
        }
    }

    /** {@code name="value"}, the value escaped. */
    private static String attribute(String name, String value) {
        StringBuilder out = new StringBuilder(name.length() + value.length() + 3).append(name).append("=\"");
        attributeValue(out, value);
        return out.append('"').toString();
    }

    /** An attribute's value escaped: &amp; &quot; and the no-break space (as the HTML serialiser of the prose writes them). */
    private static StringBuilder attributeValue(StringBuilder out, String value) {
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\u00a0' -> out.append("&nbsp;");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** Text escaped for HTML: &amp; &lt; &gt; and the no-break space; control characters other than tab and line feed dropped. */
    static void text(StringBuilder out, CharSequence text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\u00a0' -> out.append("&nbsp;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
