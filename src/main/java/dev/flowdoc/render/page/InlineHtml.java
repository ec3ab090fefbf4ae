package dev.flowdoc.render.page;

import dev.flowdoc.render.page.Prose.Anchor;
import dev.flowdoc.render.page.Prose.Run;
import dev.flowdoc.render.page.Prose.Style;
import dev.flowdoc.render.page.Prose.Target;
import dev.flowdoc.render.page.Prose.Url;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The inline HTML Asciidoctor makes of a paragraph, title or cell (after flowdoc's inline macros ran) as runs of
 * styled text: strong and b bold, em and i italic, code and kbd monospace, a with href a link, br a line break,
 * entities decoded. Any other element counts as its text, so that nothing of the markup reaches the reader.
 * Source line breaks inside a paragraph are spaces; no-break spaces become spaces, zero-width spaces vanish.
 */
final class InlineHtml {
    /** "#id", "page.html" or "page.html#id": a place in the documentation; anything else is a URL. */
    private static final Pattern LOCAL = Pattern.compile("([A-Za-z0-9_.-]+)\\.html(?:#(.*))?|#(.*)");

    private InlineHtml() {}

    static List<Run> runs(String html) {
        List<Run> out = new ArrayList<>();
        if (html == null || html.isEmpty()) {
            return out;
        }
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            walk(node, Style.PLAIN, null, out);
        }
        return trim(out);
    }

    private static void walk(Node node, Style style, Target link, List<Run> out) {
        if (node instanceof TextNode text) {
            add(out, new Run(clean(text.getWholeText()), style, link));
            return;
        }
        if (!(node instanceof Element element)) {
            return; // comments, data nodes
        }
        String tag = element.normalName();
        switch (tag) {
            case "br" -> {
                out.add(new Run("\n", Style.PLAIN, null));
                return;
            }
            case "img" -> {
                add(out, new Run(clean(element.attr("alt")), style, link));
                return;
            }
            case "script", "style" -> {
                return;
            }
            default -> { }
        }
        Style inner = switch (tag) {
            case "strong" -> Style.BOLD;
            case "b" -> element.parents().stream().anyMatch(p -> p.hasClass("menuseq")) || element.hasClass("menuref")
                    ? style : Style.BOLD;
            case "em", "i" -> Style.ITALIC;
            case "code", "kbd", "tt", "samp" -> Style.MONOSPACE;
            default -> style;
        };
        Target innerLink = tag.equals("a") && element.hasAttr("href") ? target(element.attr("href")) : link;
        for (Node child : element.childNodes()) {
            walk(child, inner, innerLink, out);
        }
    }

    static Target target(String href) {
        Matcher m = LOCAL.matcher(href);
        if (m.matches()) {
            if (m.group(1) != null) {
                return new Anchor(m.group(1), blankToNull(m.group(2)));
            }
            return new Anchor(null, blankToNull(m.group(3)));
        }
        return new Url(href);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String clean(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').replace('\u00a0', ' ').replace("\u200b", "");
    }

    /** Appends, merging with the previous run when style and link are the same. */
    private static void add(List<Run> out, Run run) {
        if (!out.isEmpty() && out.get(out.size() - 1).isBreak()) {
            run = new Run(run.text().stripLeading(), run.style(), run.link()); // the source's newline after <br>
        }
        if (run.text().isEmpty()) {
            return;
        }
        if (!out.isEmpty()) {
            Run last = out.get(out.size() - 1);
            if (!last.isBreak() && last.style() == run.style() && java.util.Objects.equals(last.link(), run.link())) {
                out.set(out.size() - 1, new Run(last.text() + run.text(), run.style(), run.link()));
                return;
            }
        }
        out.add(run);
    }

    /** Without spaces at the start and end (Asciidoctor's HTML may end a title with a newline). */
    private static List<Run> trim(List<Run> runs) {
        while (!runs.isEmpty() && runs.get(0).text().isBlank() && !runs.get(0).isBreak()) {
            runs.remove(0);
        }
        while (!runs.isEmpty() && runs.get(runs.size() - 1).text().isBlank()) {
            runs.remove(runs.size() - 1);
        }
        if (!runs.isEmpty()) {
            Run first = runs.get(0);
            runs.set(0, new Run(first.text().stripLeading(), first.style(), first.link()));
            Run last = runs.get(runs.size() - 1);
            runs.set(runs.size() - 1, new Run(last.text().stripTrailing(), last.style(), last.link()));
        }
        return runs;
    }
}
