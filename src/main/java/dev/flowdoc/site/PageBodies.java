package dev.flowdoc.site;

import dev.flowdoc.model.Page;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Converted page bodies kept between builds of the preview, so that an edit converts only the pages it changes.
 * A body is reused only when the page's source is the same and, for a page that shows data (flowdoc macros), the
 * data, the theme's words and the place of every flow table are the same too ({@link #context}). A full build
 * keeps nothing ({@link #none()}). Either way the site's files are the same.
 */
public final class PageBodies {
    private final boolean keep;
    private final Map<String, Entry> kept = new HashMap<>();
    private final Map<String, Entry> fresh = new HashMap<>();
    private String words = "";
    private String context = "";

    private record Entry(String key, String body) {}

    private PageBodies(boolean keep) {
        this.keep = keep;
    }

    public static PageBodies none() {
        return new PageBodies(false);
    }

    public static PageBodies kept() {
        return new PageBodies(true);
    }

    /** What the bodies depend on besides their source: the theme's words, and the data and tables for pages showing data. */
    public synchronized void context(String words, String data) {
        this.words = words;
        this.context = words + "\u0000" + data;
    }

    synchronized String get(Page page, Supplier<String> convert) {
        String id = page.language().code() + "/" + page.name();
        String key = page.source() + "\u0000" + (page.macros().isEmpty() ? words : context);
        Entry entry = kept.get(id);
        if (keep && entry != null && entry.key().equals(key)) {
            fresh.put(id, entry);
            return entry.body();
        }
        String body = convert.get();
        fresh.put(id, new Entry(key, body));
        return body;
    }

    /** Keeps the bodies of the last build (call after it succeeded); drops those of pages that are gone. */
    public synchronized void commit() {
        kept.clear();
        if (keep) {
            kept.putAll(fresh);
        }
        fresh.clear();
    }

    /** Forgets the bodies of a failed build. */
    public synchronized void discard() {
        fresh.clear();
    }
}
