package dev.flowdoc.site;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Where a run of the build machine puts the site: {@code build} stages it and swaps it in ({@link Build#run(
 * java.nio.file.Path, java.nio.file.Path, dev.flowdoc.render.html.SiteUrls, dev.flowdoc.diag.Problems)}), {@code serve}
 * writes only the files that changed ({@link LiveOutput}), the pages first. Either way the folder at rest holds the
 * same bytes.
 */
public interface Sink {
    /** True when the pages go out before the rest is made (serve); else the rest is made beside the pages. */
    default boolean pagesFirst() {
        return false;
    }

    /** The site paths of the pages to render first (those open in a browser). */
    default Set<String> first() {
        return Set.of();
    }

    /** A page rendered while nothing has gone wrong so far (it may still fail later: then {@link #failed}). */
    default void page(String path, String html) {}

    /** Every page is rendered and the run has no error so far. */
    default void pagesDone(Map<String, String> pages) {}

    /** True when a newer change waits: the run leaves the rest to the next one. */
    default boolean superseded() {
        return false;
    }

    /** The whole site, the marker file included. */
    void all(SiteFiles files) throws IOException;

    /** The run failed: what it put out early is taken back. */
    default void failed() {}
}
