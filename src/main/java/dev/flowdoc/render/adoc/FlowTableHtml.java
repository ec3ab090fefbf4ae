package dev.flowdoc.render.adoc;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.render.Links;
import dev.flowdoc.view.Labels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The flow table's HTML written in Java, the way Asciidoctor's HTML5 converter writes the table that
 * {@link FlowTableMacro} builds (same elements, classes, widths, spans, line breaks and paragraphs), so that a
 * table of thousands of rows is not built and converted cell by cell through JRuby. It reads the same cell texts
 * (the AsciiDoc inline source of {@link FlowTableModel}, which {@link AdocText} writes from a small set of forms:
 * plain words, {@code pass:c[…]}, {@code [[anchor]]}, flowdoc's reference macros, {@code [.role]#…#}, hard line
 * breaks and paragraphs). Anything else, or any form in a place where Asciidoctor might read it differently,
 * makes {@link #write} give up ({@code Optional.empty()}); the macro then builds the table through Asciidoctor as
 * before. Tests compare both ways on the real project and on generated ones.
 */
public final class FlowTableHtml {
    private static final Pattern ANCHOR_ID = Pattern.compile("[\\p{IsAlphabetic}_:][\\p{IsAlphabetic}\\p{IsDigit}\\p{Pc}\\p{M}\\-:.]*");
    private static final Pattern MACRO = Pattern.compile("(flow|group|chapter|menupath):([^\\s\\[\\]]+)\\[\\]");
    private static final Pattern ROLE = Pattern.compile("\\[\\.([a-z][a-z-]*)]#");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N} ,;/()?!%›→–.:-]*");

    private final Project project;
    private final Labels labels;
    private final Links links;
    private final Language language;

    public FlowTableHtml(Project project, Labels labels, Links links, Language language) {
        this.project = project;
        this.labels = labels;
        this.links = links;
        this.language = language;
    }

    /** Signals a form this writer does not handle. */
    private static final class GiveUp extends Exception {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    /** The table's HTML as Asciidoctor writes it, or empty where only Asciidoctor may write it. {@code page}: the page being converted. */
    public Optional<String> write(List<String> headings, List<FlowTableModel.GroupBlock> blocks, String page) {
        return write(headings, blocks, page, false);
    }

    /** The same; {@code fontIcons}: the document sets {@code :icons: font} (menu sequences draw their caret with it). */
    public Optional<String> write(List<String> headings, List<FlowTableModel.GroupBlock> blocks, String page, boolean fontIcons) {
        return new Writer(false, fontIcons).table(headings, blocks, page);
    }

    /**
     * The table's HTML as the site shows it: what {@link #write} gives after the site's post-processing of a converted
     * body ({@code RowAttributes}: jsoup reads the body and writes it again, the rows get the filter script's
     * {@link FlowRowData}, the group cells their class, every body cell its column's name as {@code data-label}),
     * character for character, without reading the HTML again. Empty wherever {@link #write} is, and where a text
     * holds a character jsoup would write in another form than here (control characters, a lone surrogate) or a
     * link holds anything but letters, digits and {@code . _ / # -}: the table then goes through Asciidoctor and
     * jsoup as before. What it writes is inert: elements and attributes of its own, escaped text, relative links.
     */
    public Optional<String> writeForSite(List<String> headings, List<FlowTableModel.GroupBlock> blocks, String page, boolean fontIcons) {
        return new Writer(true, fontIcons).table(headings, blocks, page);
    }

    /** One table being written; {@code site}: as the site shows it (see {@link #writeForSite}). */
    private final class Writer {
        private final boolean site;
        private final boolean fontIcons;
        /** The ids of the anchors written into the current cell, in order. */
        private final List<String> anchors = new ArrayList<>();

        Writer(boolean site, boolean fontIcons) {
            this.site = site;
            this.fontIcons = fontIcons;
        }

        Optional<String> table(List<String> headings, List<FlowTableModel.GroupBlock> blocks, String page) {
            if (blocks.isEmpty() || headings.size() != FlowTableModel.WIDTHS.size()) {
                return Optional.empty();
            }
            try {
                StringBuilder out = new StringBuilder(1024 + blocks.size() * (site ? 3072 : 2048));
                out.append("<table class=\"tableblock frame-all grid-all stretch ").append(FlowTableMacro.ROLE).append("\">\n<colgroup>\n");
                for (int w : FlowTableModel.WIDTHS) {
                    out.append("<col style=\"width: ").append(w).append("%;\">\n");
                }
                out.append("</colgroup>\n<thead>\n<tr>\n");
                int headStart = out.length();
                for (String h : headings) {
                    out.append("<th class=\"tableblock halign-left valign-top\">");
                    inline(out, strip(h), page);
                    out.append("</th>\n");
                }
                List<String> labels = site ? labelAttributes(out.substring(headStart)) : List.of();
                out.append("</tr>\n</thead>\n<tbody>\n");
                if (site) {
                    siteRows(out, blocks, labels, page);
                } else {
                    for (FlowTableModel.GroupBlock block : blocks) {
                        for (int i = 0; i < block.rows().size(); i++) {
                            out.append("<tr>\n");
                            if (i == 0) {
                                cell(out, block.cell(), block.rows().size() > 1 ? block.rows().size() : 0, page);
                            }
                            for (String cell : block.rows().get(i).cells()) {
                                cell(out, cell, 0, page);
                            }
                            out.append("</tr>\n");
                        }
                    }
                }
                out.append("</tbody>\n</table>");
                return Optional.of(out.toString());
            } catch (GiveUp e) {
                return Optional.empty();
            }
        }

        /**
         * The body rows as RowAttributes and CellLabels decorate them: a row holding a flow's anchor gets the flow's
         * data (the last such anchor's values, in the first one's order), a cell holding a group's anchor the class
         * group-cell and data-group-cell, every cell the name of the column it stands in (rows a cell above spans
         * start further right).
         */
        private void siteRows(StringBuilder out, List<FlowTableModel.GroupBlock> blocks, List<String> labels, String page)
                throws GiveUp {
            StringBuilder row = new StringBuilder(2048);
            StringBuilder content = new StringBuilder(1024);
            Map<String, String> rowData = new LinkedHashMap<>();
            Map<Integer, Integer> covered = new HashMap<>(); // column -> rows still covered by a cell above (rowspan)
            for (FlowTableModel.GroupBlock block : blocks) {
                for (int i = 0; i < block.rows().size(); i++) {
                    row.setLength(0);
                    rowData.clear();
                    int column = 0;
                    List<String> cells = block.rows().get(i).cells();
                    for (int c = i == 0 ? -1 : 0; c < cells.size(); c++) {
                        int rowspan = c < 0 && block.rows().size() > 1 ? block.rows().size() : 0;
                        content.setLength(0);
                        anchors.clear();
                        cellContent(content, c < 0 ? block.cell() : cells.get(c), page);
                        while (covered.getOrDefault(column, 0) > 0) {
                            column++;
                        }
                        String group = null;
                        for (String id : anchors) {
                            String lower = id.toLowerCase(Locale.ENGLISH);
                            if (lower.startsWith("flow-")) {
                                project.flow(id.substring("flow-".length())).ifPresent(f -> rowData.putAll(FlowRowData.of(f, project)));
                            } else if (lower.startsWith("group-")) {
                                group = id.substring("group-".length());
                            }
                        }
                        row.append("<td class=\"tableblock halign-left valign-top").append(group != null ? " group-cell\"" : "\"");
                        if (rowspan > 0) {
                            row.append(" rowspan=\"").append(rowspan).append('"');
                        }
                        if (group != null) {
                            row.append(' ').append(new Attribute("data-group-cell", group).html());
                        }
                        if (column < labels.size() && labels.get(column) != null) {
                            row.append(labels.get(column));
                        }
                        row.append('>').append(content).append("</td>\n");
                        int span = Math.max(1, rowspan);
                        covered.put(column, span); // counted down below, this row included
                        column++;
                    }
                    covered.replaceAll((k, n) -> Math.max(0, n - 1));
                    out.append("<tr");
                    for (Map.Entry<String, String> a : rowData.entrySet()) {
                        out.append(' ').append(new Attribute(a.getKey(), a.getValue()).html());
                    }
                    out.append(">\n").append(row).append("</tr>\n");
                }
            }
        }

        private void cell(StringBuilder out, String source, int rowspan, String page) throws GiveUp {
            out.append("<td class=\"tableblock halign-left valign-top\"");
            if (rowspan > 0) {
                out.append(" rowspan=\"").append(rowspan).append('"');
            }
            out.append('>');
            cellContent(out, source, page);
            out.append("</td>\n");
        }

        private void cellContent(StringBuilder out, String source, String page) throws GiveUp {
            String text = strip(source);
            if (!text.isEmpty()) {
                String[] paragraphs = text.split(AdocText.PARAGRAPH, -1);
                out.append("<p class=\"tableblock\">");
                for (int p = 0; p < paragraphs.length; p++) {
                    if (p > 0) {
                        out.append("</p>\n<p class=\"tableblock\">");
                    }
                    String[] lines = paragraphs[p].split(Pattern.quote(AdocText.BREAK), -1);
                    for (int l = 0; l < lines.length; l++) {
                        if (l > 0) {
                            out.append("<br>\n");
                        }
                        if (lines[l].indexOf('\n') >= 0 || lines[l].endsWith(" +") || lines[l].isEmpty() && paragraphs[p].isEmpty()) {
                            throw new GiveUp();
                        }
                        inline(out, lines[l], page);
                    }
                }
                out.append("</p>");
            }
        }

        /** One line of inline source, without line breaks. */
        private void inline(StringBuilder out, String s, String page) throws GiveUp {
            int i = 0;
            int n = s.length();
            while (i < n) {
                if (s.startsWith("[[", i)) {
                    int end = s.indexOf("]]", i + 2);
                    if (end < 0 || !ANCHOR_ID.matcher(s.substring(i + 2, end)).matches()) {
                        throw new GiveUp();
                    }
                    out.append("<a id=\"").append(s, i + 2, end).append("\"></a>");
                    anchors.add(s.substring(i + 2, end));
                    i = end + 2;
                } else if (s.startsWith("pass:c[", i)) {
                    i = pass(out, s, i + "pass:c[".length());
                } else if (s.startsWith("{backslash}", i)) {
                    out.append('\\');
                    i += "{backslash}".length();
                } else if (s.charAt(i) == '[') {
                    Matcher role = ROLE.matcher(s).region(i, n);
                    if (!role.lookingAt()) {
                        throw new GiveUp();
                    }
                    // constrained: not after a word character, ; : or }
                    if (i > 0 && (isWord(s.charAt(i - 1)) || ";:}".indexOf(s.charAt(i - 1)) >= 0)) {
                        throw new GiveUp();
                    }
                    int start = role.end();
                    int close = s.indexOf('#', start);
                    if (close <= start || Character.isWhitespace(s.charAt(start)) || Character.isWhitespace(s.charAt(close - 1))
                            || close + 1 < n && isWord(s.charAt(close + 1))) {
                        throw new GiveUp();
                    }
                    out.append("<span class=\"").append(role.group(1)).append("\">");
                    words(out, s.substring(start, close));
                    out.append("</span>");
                    i = close + 1;
                } else {
                    Matcher macro = MACRO.matcher(s).region(i, n);
                    if (macro.lookingAt()) {
                        macro(out, macro.group(1), macro.group(2), page);
                        i = macro.end();
                        continue;
                    }
                    // plain words up to the next form
                    int end = i;
                    while (end < n && !startsForm(s, end)) {
                        end++;
                    }
                    String plain = s.substring(i, end);
                    checkPlain(plain);
                    // "x:" right before a macro would make Asciidoctor read a longer target
                    if (end < n && MACRO.matcher(s).region(end, n).lookingAt() && !plain.isEmpty()
                            && !Character.isWhitespace(plain.charAt(plain.length() - 1))) {
                        throw new GiveUp();
                    }
                    out.append(plain);
                    i = end;
                }
            }
        }

        /** The inside of a role span: plain words and passthroughs only. */
        private void words(StringBuilder out, String s) throws GiveUp {
            int i = 0;
            while (i < s.length()) {
                if (s.startsWith("pass:c[", i)) {
                    i = pass(out, s, i + "pass:c[".length());
                } else if (s.startsWith("{backslash}", i)) {
                    out.append('\\');
                    i += "{backslash}".length();
                } else {
                    int end = i;
                    while (end < s.length() && !s.startsWith("pass:c[", end) && !s.startsWith("{backslash}", end)) {
                        end++;
                    }
                    String plain = s.substring(i, end);
                    checkPlain(plain);
                    out.append(plain);
                    i = end;
                }
            }
        }

        /** {@code pass:c[…]}: the text with \] unescaped and &lt; &gt; &amp; escaped. */
        private int pass(StringBuilder out, String s, int from) throws GiveUp {
            int i = from;
            StringBuilder text = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw new GiveUp();
                }
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == ']') {
                    text.append(']');
                    i += 2;
                } else if (c == ']') {
                    break;
                } else {
                    text.append(c);
                    i++;
                }
            }
            if (site) {
                siteText(out, text);
                return i + 1;
            }
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    default -> out.append(c);
                }
            }
            return i + 1;
        }

        private void macro(StringBuilder out, String name, String target, String page) throws GiveUp {
            if (name.equals(MenuPathMacro.NAME)) {
                Optional<MenuEntry> entry = project.menuEntry(target);
                Optional<Links.Target> link = entry.isEmpty() ? Optional.empty() : links.target(RefKind.MENU, target, language, page);
                if (entry.isEmpty()) {
                    throw new GiveUp(); // an error: Asciidoctor's path logs it
                }
                if (link.isEmpty()) {
                    menuSequence(out, entry.get().path());
                    return;
                }
                String label = Entities.escape(entry.get().pathLabel());
                checkLabel(label);
                out.append("<a href=\"").append(href(link.get())).append("\" class=\"menuref\">");
                label(out, label, entry.get().pathLabel());
                out.append("</a>");
                return;
            }
            RefKind kind = switch (name) {
                case "flow" -> RefKind.FLOW;
                case "group" -> RefKind.GROUP;
                default -> RefKind.CHAPTER;
            };
            if (!labels.known(kind, target) && links.target(kind, target, language, page).isEmpty()) {
                throw new GiveUp(); // an error: Asciidoctor's path logs it
            }
            String text = labels.of(kind, target);
            String label = Entities.escape(text);
            checkLabel(label);
            Optional<Links.Target> link = links.target(kind, target, language, page);
            if (link.isEmpty()) {
                label(out, label, text);
            } else {
                out.append("<a href=\"").append(href(link.get())).append("\" class=\"ref ref-").append(kind.key()).append("\">");
                label(out, label, text);
                out.append("</a>");
            }
        }

        /**
         * AsciiDoc's menu sequence, as MenuPathMacro asks for it where there is no page of menu paths and Asciidoctor's
         * HTML5 converter writes it (convert_inline_menu): System › Proxy settings.
         */
        private void menuSequence(StringBuilder out, List<String> path) throws GiveUp {
            if (path.isEmpty()) {
                throw new GiveUp();
            }
            String caret = site
                    ? (fontIcons ? "&nbsp;<i class=\"fa fa-angle-right caret\"></i> " : "&nbsp;<b class=\"caret\">›</b> ")
                    : (fontIcons ? "&#160;<i class=\"fa fa-angle-right caret\"></i> " : "&#160;<b class=\"caret\">&#8250;</b> ");
            if (path.size() == 1) {
                out.append("<b class=\"menuref\">");
                menuLabel(out, path.get(0));
                out.append("</b>");
                return;
            }
            out.append("<span class=\"menuseq\"><b class=\"menu\">");
            menuLabel(out, path.get(0));
            out.append("</b>").append(caret);
            if (path.size() > 2) {
                out.append("<b class=\"submenu\">");
                for (int k = 1; k < path.size() - 1; k++) {
                    if (k > 1) {
                        out.append("</b>").append(caret).append("<b class=\"submenu\">");
                    }
                    menuLabel(out, path.get(k));
                }
                out.append("</b>").append(caret);
            }
            out.append("<b class=\"menuitem\">");
            menuLabel(out, path.get(path.size() - 1));
            out.append("</b></span>");
        }

        private void menuLabel(StringBuilder out, String text) throws GiveUp {
            String label = Entities.escape(text);
            checkLabel(label);
            label(out, label, text);
        }

        /** A label: as Asciidoctor gets it ({@code escaped}), or as jsoup writes its text ({@code text}) for the site. */
        private void label(StringBuilder out, String escaped, String text) throws GiveUp {
            if (site) {
                siteText(out, text);
            } else {
                out.append(escaped);
            }
        }

        /** A link's href; for the site only one jsoup writes as it is and no script URL (no ':'), else give up. */
        private String href(Links.Target target) throws GiveUp {
            String href = target.href();
            if (site) {
                for (int k = 0; k < href.length(); k++) {
                    char c = href.charAt(k);
                    if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "._/#-".indexOf(c) >= 0)) {
                        throw new GiveUp();
                    }
                }
            }
            return href;
        }

        /**
         * Text as jsoup writes a text node (HTML syntax, UTF-8, base entities): &amp; &lt; &gt; and the no-break space
         * escaped, everything else as it is; a control character, a carriage return or a lone surrogate (which jsoup
         * writes as a numeric reference or drops) gives up.
         */
        private static void siteText(StringBuilder out, CharSequence text) throws GiveUp {
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '\u00a0' -> out.append("&nbsp;");
                    default -> {
                        if (c < 0x20 && c != '\t' && c != '\n' || c == '\r') {
                            throw new GiveUp();
                        }
                        if (Character.isHighSurrogate(c) && k + 1 < text.length() && Character.isLowSurrogate(text.charAt(k + 1))) {
                            out.append(c).append(text.charAt(++k));
                        } else if (Character.isSurrogate(c)) {
                            throw new GiveUp();
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
        }
    }

    /**
     * {@code data-label="…"} (with its leading space) for each column, as CellLabels writes it: jsoup's text of the
     * heading cell, escaped as jsoup writes an attribute; null where the heading is blank. {@code headingCells}: the
     * {@code <th>} cells as written (a few hundred characters, read by jsoup once a table).
     */
    private static List<String> labelAttributes(String headingCells) {
        List<String> labels = new ArrayList<>();
        for (Element th : Jsoup.parseBodyFragment("<table><thead><tr>" + headingCells + "</tr></thead></table>")
                .select("table > thead > tr > th")) {
            String name = th.text();
            labels.add(name.isBlank() ? null : " " + new Attribute("data-label", name).html());
        }
        return labels;
    }

    private static boolean startsForm(String s, int at) {
        char c = s.charAt(at);
        if (c == '[' || c == '{' && s.startsWith("{backslash}", at) || c == 'p' && s.startsWith("pass:c[", at)) {
            return true;
        }
        return (c == 'f' || c == 'g' || c == 'c' || c == 'm') && MACRO.matcher(s).region(at, s.length()).lookingAt();
    }

    /** Plain words are written as they are: only characters no substitution touches (AdocEscape's PLAIN). */
    private static void checkPlain(String plain) throws GiveUp {
        if (!PLAIN.matcher(plain).matches() || plain.contains("((") || plain.contains("..") || plain.contains("--")
                || plain.contains("//") || plain.contains("->") || plain.contains("(C)") || plain.contains("(R)")
                || plain.contains("(TM)")) {
            throw new GiveUp();
        }
    }

    /** A label Asciidoctor's later substitutions (built-in macros, line breaks) would leave as it is. */
    private static void checkLabel(String label) throws GiveUp {
        if (label.indexOf('[') >= 0 || label.indexOf('@') >= 0 || label.indexOf('+') >= 0 || label.contains("://")
                || label.contains("((") || label.indexOf('\n') >= 0) {
            throw new GiveUp();
        }
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.CONNECTOR_PUNCTUATION
                || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** Ruby's String#strip: ASCII whitespace and NUL. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && " \t\n\u000b\f\r\0".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && " \t\n\u000b\f\r\0".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }
}
