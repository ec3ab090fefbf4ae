package dev.flowdoc.load;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what validation needs from an AsciiDoc page without rendering it: the title, explicit anchors,
 * flowdoc macros and cross references, each with line and column. Comment lines, comment blocks and
 * verbatim blocks (listing, literal, passthrough) are skipped, as Asciidoctor does not interpret them either.
 */
final class AdocScanner {
    private static final Pattern TITLE = Pattern.compile("^=\\s+(\\S.*)$");
    private static final Pattern VERBATIM_FENCE = Pattern.compile("^(/{4,}|-{4,}|\\.{4,}|\\+{4,})\\s*$");
    private static final String ID = "[A-Za-z_][\\w.:-]*";
    private static final Pattern INLINE_ANCHOR = Pattern.compile("(?<!\\[)\\[\\[(" + ID + ")(?:,[^\\]]*)?]]");
    private static final Pattern SHORTHAND_ID = Pattern.compile("^\\[#(" + ID.replace(".", "") + ")");
    private static final Pattern ANCHOR_MACRO = Pattern.compile("(?<![\\w\\\\])anchor:(" + ID + ")\\[");
    private static final Pattern BLOCK_MACRO = Pattern.compile("^([a-z][\\w-]*)::(\\S*?)\\[(.*)]\\s*$");
    private static final Pattern INLINE_MACRO = Pattern.compile("(?<![\\w\\\\])(menupath|flow|group|chapter):([\\w.-]*)\\[");
    private static final Pattern XREF_ANGLE = Pattern.compile("(?<!\\\\)<<([^,>\\s]+)(?:,[^>]*)?>>");
    private static final Pattern XREF_MACRO = Pattern.compile("(?<![\\w\\\\])xref:([^\\s\\[]+)\\[");

    private AdocScanner() {}

    static Page scan(Language language, String name, String file, String source) {
        List<Page.Anchor> anchors = new ArrayList<>();
        List<Page.MacroUse> macros = new ArrayList<>();
        List<Page.Xref> xrefs = new ArrayList<>();
        String title = null;
        String fence = null;
        String[] lines = source.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            if (fence != null) {
                fence = line.strip().equals(fence) ? null : fence;
                continue;
            }
            Matcher f = VERBATIM_FENCE.matcher(line);
            if (f.matches()) {
                fence = f.group(1);
                continue;
            }
            if (line.startsWith("//")) {
                continue;
            }
            Matcher t = TITLE.matcher(line);
            if (title == null && t.matches()) {
                title = t.group(1).strip();
            }
            Matcher b = BLOCK_MACRO.matcher(line);
            if (b.matches() && !b.group(1).startsWith("if") && !b.group(1).equals("endif")) {
                macros.add(new Page.MacroUse(b.group(1), true, b.group(2), at(file, lineNo, b.start(2))));
            }
            find(INLINE_ANCHOR, line, m -> anchors.add(new Page.Anchor(m.group(1), at(file, lineNo, m.start(1)))));
            find(SHORTHAND_ID, line, m -> anchors.add(new Page.Anchor(m.group(1), at(file, lineNo, m.start(1)))));
            find(ANCHOR_MACRO, line, m -> anchors.add(new Page.Anchor(m.group(1), at(file, lineNo, m.start(1)))));
            find(INLINE_MACRO, line, m -> macros.add(new Page.MacroUse(m.group(1), false, m.group(2), at(file, lineNo, m.start(2)))));
            find(XREF_ANGLE, line, m -> xrefs.add(xref(m.group(1), at(file, lineNo, m.start(1)))));
            find(XREF_MACRO, line, m -> xrefs.add(xref(m.group(1), at(file, lineNo, m.start(1)))));
        }
        return new Page(language, name, title == null ? name : title, source, anchors, macros, xrefs, new Location(file, 1, 1));
    }

    /** "page.adoc#id", "#id", "id" (same page), "page.adoc" (whole page). */
    private static Page.Xref xref(String target, Location where) {
        int hash = target.indexOf('#');
        String page = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        if (page.endsWith(".adoc")) {
            return new Page.Xref(page.substring(0, page.length() - ".adoc".length()), anchor, where);
        }
        // <<id>> without a file names an anchor of the same page
        return new Page.Xref(null, hash < 0 ? target : anchor, where);
    }

    private static void find(Pattern p, String line, java.util.function.Consumer<Matcher> action) {
        Matcher m = p.matcher(line);
        while (m.find()) {
            action.accept(m);
        }
    }

    private static Location at(String file, int line, int index) {
        return new Location(file, line, index + 1);
    }
}
