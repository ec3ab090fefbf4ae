package dev.flowdoc.site;

import dev.flowdoc.model.Page;
import dev.flowdoc.render.adoc.MacroCalls;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Converted page bodies kept between builds of the preview, so that an edit converts only the pages it changes.
 * A page's conversion is reused when its source, the theme's words and the place of every flow table are the same
 * ({@link #context}) and every flowdoc macro the page calls, made again with the new data, gives the same output —
 * the tables and diagrams, HTML written in Java, are put into the reused conversion anew. So a data edit that
 * changes a flow's row converts nothing through Asciidoctor. A full build keeps nothing ({@link #none()}). Either
 * way the site's files are the same.
 */
public final class PageBodies {
    private final boolean keep;
    private final Map<String, Entry> kept = new HashMap<>();
    private final Map<String, Entry> fresh = new HashMap<>();
    private final java.util.List<String> converted = new java.util.ArrayList<>();
    private String context = "";

    /** A page's conversion and its finished body. */
    private record Entry(String key, MacroCalls.Recorded recorded, String body) {}

    private PageBodies(boolean keep) {
        this.keep = keep;
    }

    public static PageBodies none() {
        return new PageBodies(false);
    }

    public static PageBodies kept() {
        return new PageBodies(true);
    }

    /** What a conversion depends on besides its source and its macros' outputs: the theme's words, the release, the tables' places. */
    public synchronized void context(String words, String structure) {
        this.context = words + "\u0000" + structure;
    }

    /**
     * The page's finished body: {@code finish} applied to its conversion, which is {@code remade} from the kept one
     * where that is possible, else {@code converted} anew.
     */
    synchronized String get(Page page, Supplier<MacroCalls.Recorded> convert,
            Function<MacroCalls.Recorded, Optional<MacroCalls.Recorded>> remake, Function<MacroCalls.Recorded, String> finish) {
        String id = page.language().code() + "/" + page.name();
        String key = page.source() + "\u0000" + context;
        Entry entry = kept.get(id);
        if (keep && entry != null && entry.key().equals(key)) {
            Optional<MacroCalls.Recorded> again = remake.apply(entry.recorded());
            if (again.isPresent()) {
                String body = again.get().calls().equals(entry.recorded().calls()) ? entry.body() : finish.apply(again.get());
                fresh.put(id, new Entry(key, again.get(), body));
                return body;
            }
        }
        MacroCalls.Recorded recorded = convert.get();
        converted.add(page.location().file());
        String body = finish.apply(recorded);
        fresh.put(id, new Entry(key, recorded, body));
        return body;
    }

    /** The pages (source files) the build under way has converted through Asciidoctor so far: the others were reused. */
    public synchronized java.util.List<String> converted() {
        return java.util.List.copyOf(converted);
    }

    /** Keeps the bodies of the last build (call after it succeeded); drops those of pages that are gone. */
    public synchronized void commit() {
        converted.clear();
        kept.clear();
        if (keep) {
            kept.putAll(fresh);
        }
        fresh.clear();
    }

    /** Forgets the bodies of a failed build. */
    public synchronized void discard() {
        converted.clear();
        fresh.clear();
    }
}
