package dev.flowdoc.render.adoc;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.render.Links;
import dev.flowdoc.view.Labels;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The table's HTML, or empty where only Asciidoctor may write it. {@code page}: the page being converted. */
    public Optional<String> write(List<String> headings, List<FlowTableModel.GroupBlock> blocks, String page) {
        if (blocks.isEmpty() || headings.size() != FlowTableModel.WIDTHS.size()) {
            return Optional.empty();
        }
        try {
            StringBuilder out = new StringBuilder(1024 + blocks.size() * 2048);
            out.append("<table class=\"tableblock frame-all grid-all stretch ").append(FlowTableMacro.ROLE).append("\">\n<colgroup>\n");
            for (int w : FlowTableModel.WIDTHS) {
                out.append("<col style=\"width: ").append(w).append("%;\">\n");
            }
            out.append("</colgroup>\n<thead>\n<tr>\n");
            for (String h : headings) {
                out.append("<th class=\"tableblock halign-left valign-top\">");
                inline(out, strip(h), page);
                out.append("</th>\n");
            }
            out.append("</tr>\n</thead>\n<tbody>\n");
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
            out.append("</tbody>\n</table>");
            return Optional.of(out.toString());
        } catch (GiveUp e) {
            return Optional.empty();
        }
    }

    private void cell(StringBuilder out, String source, int rowspan, String page) throws GiveUp {
        out.append("<td class=\"tableblock halign-left valign-top\"");
        if (rowspan > 0) {
            out.append(" rowspan=\"").append(rowspan).append('"');
        }
        out.append('>');
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
        out.append("</td>\n");
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

    /** {@code pass:c[…]}: the text with \] unescaped and &lt; &gt; &amp; escaped. */
    private static int pass(StringBuilder out, String s, int from) throws GiveUp {
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
            if (link.isEmpty()) {
                throw new GiveUp(); // an error, or AsciiDoc's menu sequence: Asciidoctor's to write
            }
            String label = Entities.escape(entry.get().pathLabel());
            checkLabel(label);
            out.append("<a href=\"").append(link.get().href()).append("\" class=\"menuref\">").append(label).append("</a>");
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
        String label = Entities.escape(labels.of(kind, target));
        checkLabel(label);
        Optional<Links.Target> link = links.target(kind, target, language, page);
        if (link.isEmpty()) {
            out.append(label);
        } else {
            out.append("<a href=\"").append(link.get().href()).append("\" class=\"ref ref-").append(kind.key()).append("\">")
                    .append(label).append("</a>");
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
