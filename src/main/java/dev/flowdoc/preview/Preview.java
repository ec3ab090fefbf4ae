package dev.flowdoc.preview;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.render.html.Theme;
import dev.flowdoc.site.AtomicFiles;
import dev.flowdoc.site.Build;
import dev.flowdoc.site.DataVersion;
import dev.flowdoc.site.Pipeline;
import dev.flowdoc.site.SiteRenderer;
import dev.flowdoc.site.Sources;
import dev.flowdoc.validate.Problem;
import dev.flowdoc.validate.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;

/**
 * The live preview's site: built once in full, then rebuilt in place with one warm Asciidoctor, redoing only what a
 * change touches.
 * <ul>
 *   <li>a page of content/ changed: that page is converted again; if its title or the set of pages changed, the
 *       other pages of its language are laid out again (their navigation), from bodies kept from earlier
 *       conversions; if the pages' flow tables moved, every page with flowdoc macros is converted again (links to
 *       flows and groups lead to the page whose table shows them);</li>
 *   <li>data/ changed: the data is loaded and validated again, the pages that show data (flow tables, menu paths,
 *       references) are converted again, every page is laid out again (the layout lists groups and checklists),
 *       and the exports and PDFs are written again;</li>
 *   <li>themes/ changed: every page is laid out again and the assets copied; a change to the theme's words
 *       (i18n/) converts every page again, as the tables carry them.</li>
 * </ul>
 * A change that makes the project invalid changes nothing on disk: the last good site stays, and the problems are
 * kept for the browser and the terminal until a later change repairs them. Listeners hear of every outcome as soon
 * as the pages are on disk (the exports and PDFs follow).
 */
public final class Preview implements AutoCloseable {
    private final Path root;
    private final Path out;
    private final Supplier<Asciidoctor> asciidoctor;
    private final SiteUrls urls = new SiteUrls(null);
    private final List<Consumer<Outcome>> listeners = new CopyOnWriteArrayList<>();
    /** Converted bodies by site path ("de/index.html"), for laying pages out again without converting them. */
    private final Map<String, String> bodies = new LinkedHashMap<>();

    private Sources sources;
    private Theme theme;
    private SiteRenderer renderer;
    private volatile State state = new State(0, List.of());

    /** What the browser needs to know: the generation of the site on disk and the problems of the last change. */
    public record State(long generation, List<Problem> problems) {
        public boolean ok() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    /**
     * One rebuild: {@code written} lists the site paths of the pages written (exports and PDFs not included);
     * {@code pagesNanos} is the time from the start of the rebuild until the pages were on disk; listeners hear of it then,
     * with {@code totalNanos} 0 (the exports and PDFs still to come); the returned outcome has the total.
     */
    public record Outcome(State state, List<String> written, long pagesNanos, long totalNanos) {}

    public Preview(Path root, Path out, Supplier<Asciidoctor> asciidoctor) {
        this.root = root.toAbsolutePath().normalize();
        this.out = out.toAbsolutePath().normalize();
        this.asciidoctor = asciidoctor;
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return out;
    }

    public State state() {
        return state;
    }

    public void onOutcome(Consumer<Outcome> listener) {
        listeners.add(listener);
    }

    /** Builds the whole site into the output folder. */
    public synchronized Outcome buildAll() {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Optional<Sources> loaded = Pipeline.load(root, problems).map(all -> all.forRelease(null));
        if (loaded.isEmpty() || !Build.renderable(root, loaded.get().content(), problems)) {
            return failed(problems, start);
        }
        Theme nextTheme;
        try {
            nextTheme = Theme.of(root);
        } catch (UncheckedIOException e) {
            return failed(problems, start);
        }
        SiteRenderer next = new SiteRenderer(loaded.get(), nextTheme, urls, asciidoctor);
        Map<String, String> pages = new LinkedHashMap<>();
        Map<String, String> nextBodies = new LinkedHashMap<>();
        for (Page page : allPages(loaded.get())) {
            String body = next.body(page);
            nextBodies.put(SiteRenderer.htmlPath(page), body);
            pages.put(SiteRenderer.htmlPath(page), next.layout(page, body));
        }
        next.reportLog(problems);
        if (problems.hasErrors()) {
            next.close();
            return failed(problems, start);
        }
        writeAll(pages);
        long pagesDone = System.nanoTime();
        accept(loaded.get(), nextTheme, next, nextBodies, problems);
        Outcome outcome = new Outcome(state, List.copyOf(pages.keySet()), pagesDone - start, 0);
        publish(outcome); // the browser reloads now; the downloads follow
        writeAll(next.generatedAsciiDoc());
        writeAll(next.exports(DataVersion.of(root)));
        writeAll(next.sitePages());
        copyAssets(next);
        writePdfs(next);
        return new Outcome(outcome.state(), outcome.written(), outcome.pagesNanos(), System.nanoTime() - start);
    }

    /**
     * Rebuilds what the changed files touch; {@code changed} are paths in the project (absolute, or relative to its
     * root). Without a good build yet, builds everything.
     */
    public synchronized Outcome rebuild(Collection<Path> changed) {
        if (sources == null) {
            return buildAll();
        }
        long start = System.nanoTime();
        boolean data = false;
        boolean content = false;
        boolean themeChanged = false;
        boolean words = false;
        for (Path p : changed) {
            Path rel = p.isAbsolute() ? root.relativize(p.normalize()) : p.normalize();
            String first = rel.getNameCount() > 0 ? rel.getName(0).toString() : "";
            switch (first) {
                case "data" -> data = true;
                case "content" -> content = true;
                case "themes" -> {
                    themeChanged = true;
                    words |= rel.toString().replace('\\', '/').contains("/i18n/");
                }
                default -> { }
            }
        }
        if (!data && !content && !themeChanged) {
            return new Outcome(state, List.of(), 0, 0);
        }
        Problems problems = new Problems();
        // the preview shows the newest release, like a build without --product-version
        Optional<Sources> loaded = data ? Pipeline.load(root, problems).map(all -> all.forRelease(null))
                : Pipeline.loadContent(root, sources.project().history(), problems).map(all -> all.forRelease(null));
        if (loaded.isEmpty() || !Build.renderable(root, loaded.get().content(), problems)) {
            return failed(problems, start);
        }
        Theme nextTheme = theme;
        if (themeChanged) {
            try {
                nextTheme = Theme.of(root);
            } catch (UncheckedIOException e) {
                problems.error(dev.flowdoc.model.Location.of(Theme.DEFAULT + "/"), "the theme cannot be read: " + e.getMessage());
                return failed(problems, start);
            }
        }
        Sources next = loaded.get();
        boolean tablesMoved = !tables(sources).equals(tables(next));
        SiteRenderer nextRenderer = new SiteRenderer(next, nextTheme, urls, asciidoctor);
        Map<String, String> pages = new LinkedHashMap<>();
        Map<String, String> nextBodies = new LinkedHashMap<>(bodies);
        List<Page> converted = new ArrayList<>();
        for (Language language : Language.values()) {
            boolean navigation = !titles(sources, language).equals(titles(next, language));
            for (Page page : next.content().pages(language)) {
                String key = SiteRenderer.htmlPath(page);
                Page old = sources.content().page(language, page.name()).orElse(null);
                boolean showsData = !page.macros().isEmpty();
                boolean convert = old == null || !old.source().equals(page.source()) || !nextBodies.containsKey(key)
                        || words || ((data || tablesMoved) && showsData);
                if (convert) {
                    nextBodies.put(key, nextRenderer.body(page));
                    converted.add(page);
                }
                if (convert || navigation || data || themeChanged) {
                    pages.put(key, nextRenderer.layout(page, nextBodies.get(key)));
                }
            }
        }
        nextRenderer.reportLog(problems);
        if (problems.hasErrors()) {
            nextRenderer.close();
            return failed(problems, start);
        }
        List<String> removed = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Page old : sources.content().pages(language)) {
                if (next.content().page(language, old.name()).isEmpty()) {
                    removed.add(SiteRenderer.htmlPath(old));
                    removed.add(language.code() + "/" + old.name() + ".adoc");
                    nextBodies.remove(SiteRenderer.htmlPath(old));
                }
            }
        }
        writeAll(pages);
        removed.forEach(this::delete);
        long pagesDone = System.nanoTime();
        boolean pageSet = !removed.isEmpty() || converted.stream().anyMatch(p -> !bodies.containsKey(SiteRenderer.htmlPath(p)));
        accept(next, nextTheme, nextRenderer, nextBodies, problems);
        Outcome outcome = new Outcome(state, List.copyOf(pages.keySet()), pagesDone - start, 0);
        publish(outcome); // the browser reloads now
        // what readers download, after the pages: they are on disk by now
        if (data || words) {
            writeAll(nextRenderer.generatedAsciiDoc());
        } else {
            for (Page page : converted) {
                Map.Entry<String, String> adoc = nextRenderer.generatedAsciiDoc(page);
                write(adoc.getKey(), adoc.getValue());
            }
        }
        if (data || words) {
            writeAll(nextRenderer.exports(DataVersion.of(root)));
        }
        if (data || words || pageSet || themeChanged) {
            writeAll(nextRenderer.sitePages());
        }
        if (themeChanged) {
            copyAssets(nextRenderer);
        }
        if (data || words || converted.stream().anyMatch(p -> p.name().equals("index"))) {
            writePdfs(nextRenderer);
        }
        return new Outcome(outcome.state(), outcome.written(), outcome.pagesNanos(), System.nanoTime() - start);
    }

    private void accept(Sources next, Theme nextTheme, SiteRenderer nextRenderer, Map<String, String> nextBodies,
                        Problems problems) {
        if (renderer != null && renderer != nextRenderer) {
            renderer.close();
        }
        sources = next;
        theme = nextTheme;
        renderer = nextRenderer;
        bodies.clear();
        bodies.putAll(nextBodies);
        state = new State(state.generation() + 1, problems.all());
    }

    private Outcome failed(Problems problems, long start) {
        state = new State(state.generation(), problems.all());
        Outcome outcome = new Outcome(state, List.of(), 0, System.nanoTime() - start);
        publish(outcome);
        return outcome;
    }

    private void publish(Outcome outcome) {
        for (Consumer<Outcome> listener : listeners) {
            listener.accept(outcome);
        }
    }

    private static List<Page> allPages(Sources sources) {
        List<Page> pages = new ArrayList<>();
        for (Language language : Language.values()) {
            pages.addAll(sources.content().pages(language));
        }
        return pages;
    }

    /** Name and title of each page of a language, in navigation order. */
    private static List<String> titles(Sources sources, Language language) {
        return sources.content().pages(language).stream().map(p -> p.name() + "\u0000" + p.title()).toList();
    }

    /** Which page shows which flow tables: links to flows and groups depend on it. */
    private static List<String> tables(Sources sources) {
        return allPages(sources).stream().map(p -> p.language() + "/" + p.name() + ":" + p.flowTables()).toList();
    }

    private void writeAll(Map<String, String> files) {
        files.forEach(this::write);
    }

    /** Writes beside and moves into place, so that the server never sends half a file. */
    private void write(String relative, String text) {
        try {
            AtomicFiles.writeString(out.resolve(relative), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String relative) {
        try {
            Files.deleteIfExists(out.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyAssets(SiteRenderer r) {
        for (Map.Entry<Path, String> dir : r.assets().entrySet()) {
            if (!Files.isDirectory(dir.getKey())) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir.getKey())) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String rel = dir.getValue() + "/" + dir.getKey().relativize(f).toString().replace('\\', '/');
                    AtomicFiles.copy(f, out.resolve(rel));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void writePdfs(SiteRenderer r) {
        try {
            r.writePdfs(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (renderer != null) {
            renderer.close();
            renderer = null;
        }
    }
}
