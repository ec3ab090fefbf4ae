package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Location;
import dev.flowdoc.model.Page;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Nothing in a page may reach a reader as code: no script-like elements, no event handlers, no script URLs. The
 * one judge of a piece of HTML from a page, used twice: by {@link PassthroughsInert} on the raw HTML a page passes
 * through (so that {@code check} finds it without converting), and on the converted body of every page in a build.
 */
public final class ActiveHtml {
    private static final Set<String> ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "base", "meta", "link", "style", "form");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data",
            "xlink:href", "poster", "background");
    private static final String HINT = "a page holds text and AsciiDoc markup only: remove the raw HTML "
            + "(++++ block or pass:[…]) or the script link";

    private ActiveHtml() {}

    /** Reports every active part of {@code body}, HTML from {@code page} (raw passthroughs or the converted body). */
    public static void check(Page page, String body, Problems problems) {
        for (Element e : Jsoup.parseBodyFragment(body).body().select("*")) {
            if (ELEMENTS.contains(e.normalName())) {
                problems.error(locate(page, "<" + e.normalName()), "the page carries a <" + e.normalName() + "> element", HINT);
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("srcdoc")) {
                    problems.error(locate(page, a.getKey() + "="), "the page carries an event handler or inline document ("
                            + name + "=\"" + a.getValue() + "\") on <" + e.normalName() + ">", HINT);
                } else if (URL_ATTRIBUTES.contains(name) && isScriptUrl(a.getValue())) {
                    String scheme = a.getValue().strip().substring(0, a.getValue().strip().indexOf(':') + 1);
                    problems.error(locate(page, scheme), "the page links to a script URL (" + a.getValue() + ")", HINT);
                }
            }
        }
    }

    private static boolean isScriptUrl(String url) {
        // browsers ignore control characters and white space inside the scheme
        String scheme = url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        return scheme.startsWith("javascript:") || scheme.startsWith("vbscript:") || scheme.startsWith("data:");
    }

    /** The first line of the source that holds {@code needle} (case-insensitive), else the page itself. */
    private static Location locate(Page page, String needle) {
        String[] lines = page.source().split("\r?\n", -1);
        String lower = needle.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].toLowerCase(Locale.ROOT).indexOf(lower);
            if (at >= 0) {
                return new Location(page.location().file(), i + 1, at + 1);
            }
        }
        return page.location();
    }
}
