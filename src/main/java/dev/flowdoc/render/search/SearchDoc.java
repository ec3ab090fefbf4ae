package dev.flowdoc.render.search;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing the search can find: a flow's row, a group, a section of a prose page or a menu path. {@code href}
 * is relative to a page of the same language ("index.html#flow-monitoring-nrpe"); {@code title} names it,
 * {@code where} is its context (the group of a flow, the page of a section), {@code text} the words around it:
 * all three are searched, and the result shows them.
 */
public record SearchDoc(Kind kind, String href, String title, String where, String text) {
    public enum Kind {
        FLOW("f"), GROUP("g"), SECTION("s"), MENU("m");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The one-letter code in the index script; the page's template names it in words. */
        public String code() {
            return code;
        }
    }

    /** A run of what regular expressions call whitespace ({@code \s}: space, tab, line breaks, form feed). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public SearchDoc {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(href);
        title = squash(title);
        where = squash(where);
        text = squash(text);
    }

    /** Whitespace (line breaks of cells, indentation) as single spaces: the result shows one line. */
    static String squash(String s) {
        if (s == null) {
            return "";
        }
        // most texts hold single spaces only: replacing would give the same string (10,000s of texts at thousands of flows)
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                return WHITESPACE.matcher(s).replaceAll(" ").strip();
            }
        }
        return s.strip();
    }
}
