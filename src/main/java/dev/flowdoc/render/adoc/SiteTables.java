package dev.flowdoc.render.adoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Flow tables written for the site ({@link FlowTableHtml#writeForSite}) kept beside a page's conversion instead of
 * passing through Asciidoctor and the site's post-processing: a table of thousands of rows is megabytes of HTML,
 * which JRuby would copy twice and jsoup read and write again. The macro leaves a comment in its place; after the
 * converted body (the prose around the tables) has been post-processed, {@link Body#join} puts the tables back. The
 * comment carries a random number of this converter, so that no page can hold one by chance or on purpose.
 */
public final class SiteTables {
    private final String prefix = "<!--flowdoc-table-" + Long.toHexString(ThreadLocalRandom.current().nextLong() | 1L << 62) + "-";
    private final AtomicLong conversions = new AtomicLong();
    private final Map<String, List<String>> open = new ConcurrentHashMap<>();

    /** Starts keeping the tables of one conversion; the id goes into the document's attributes. */
    String open() {
        String id = prefix + conversions.incrementAndGet();
        open.put(id, new ArrayList<>());
        return id;
    }

    /** True while {@code id} is a conversion of this converter being run. */
    boolean isOpen(Object id) {
        return id instanceof String s && open.containsKey(s);
    }

    /** Keeps {@code table} for the conversion {@code id}; what the macro writes in its place. */
    String keep(String id, String table) {
        List<String> tables = open.get(id);
        tables.add(table);
        return placeholder(id, tables.size() - 1);
    }

    /** The converted body {@code html} of the conversion {@code id}, with the tables it kept; forgets them here. */
    Body close(String id, String html) {
        List<String> tables = open.remove(id);
        return new Body(html, id, tables == null ? List.of() : List.copyOf(tables));
    }

    /** Forgets the tables of the conversion {@code id} if it ended without {@link #close}. */
    void forget(String id) {
        open.remove(id);
    }

    private static String placeholder(String id, int table) {
        return id + ":" + table + "-->";
    }

    /**
     * A page's converted body: {@code html} with a placeholder comment (block level, where Asciidoctor would have
     * written it) for each of {@code tables}, the flow tables as the site shows them.
     */
    public record Body(String html, String id, List<String> tables) {
        /**
         * {@code html} (the body, or the same after post-processing, which keeps comments as they are) with each
         * placeholder replaced by its table; empty if a placeholder is not there exactly once, in order.
         */
        public Optional<String> join(String html) {
            if (tables.isEmpty()) {
                return Optional.of(html);
            }
            StringBuilder out = new StringBuilder(html.length() + tables.stream().mapToInt(String::length).sum());
            int from = 0;
            for (int t = 0; t < tables.size(); t++) {
                String placeholder = placeholder(id, t);
                int at = html.indexOf(placeholder, from);
                if (at < 0) {
                    return Optional.empty();
                }
                out.append(html, from, at).append(tables.get(t));
                from = at + placeholder.length();
            }
            if (html.indexOf(id + ":", from) >= 0) {
                return Optional.empty();
            }
            return Optional.of(out.append(html, from, html.length()).toString());
        }
    }
}
