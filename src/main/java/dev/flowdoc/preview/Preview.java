package dev.flowdoc.preview;

import dev.flowdoc.load.ThemeLoader;
import dev.flowdoc.render.diagram.Diagrams;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.site.AtomicFiles;
import dev.flowdoc.site.Inputs;
import dev.flowdoc.site.Loader;
import dev.flowdoc.site.PageBodies;
import dev.flowdoc.site.SiteFiles;
import dev.flowdoc.site.SiteRenderer;
import dev.flowdoc.diag.Problem;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.view.Documentation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.asciidoctor.Asciidoctor;

/**
 * The live preview's site: the same stages as {@code build} (load, validate with every rule, view, render), run
 * again on every change with one warm Asciidoctor. Only pages whose source or shown data changed are converted
 * again ({@link PageBodies}), and only files whose bytes changed are written (atomically), so the folder always
 * holds exactly what a full build of the same files gives.
 * <ul>
 *   <li>the pages are rendered and written first, each as soon as it is rendered (a page rendered before a later
 *       one fails is put back), and listeners hear of it once all are on disk (the browser reloads);</li>
 *   <li>then the downloads: generated AsciiDoc, exports, site pages, assets, checklists and manual PDFs.</li>
 * </ul>
 * A change that makes the project invalid changes nothing on disk: the last good site stays, and the problems are
 * kept for the browser and the terminal until a later change repairs them.
 */
public final class Preview implements AutoCloseable {
    private final Path root;
    private final Path out;
    private final Supplier<Asciidoctor> asciidoctor;
    private final SiteUrls urls = new SiteUrls(null);
    private final List<Consumer<Outcome>> listeners = new CopyOnWriteArrayList<>();
    private final PageBodies bodies = PageBodies.kept();
    /** Diagram layouts kept across rebuilds: ELK lays out again only a graph an edit changed. */
    private final Diagrams diagrams = new Diagrams();
    /** The bytes of every file on disk by site path, as last written. */
    private final Map<String, byte[]> written = new HashMap<>();
    private boolean built;
    /** Rebuilds started so far: each takes the next number as the generation of the site it makes. */
    private long attempts;
    /** The pages the rebuild under way has put on disk already, with its generation: the browser may reload them now. */
    private final Map<String, Long> early = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<java.util.function.BiConsumer<String, Long>> pageListeners = new CopyOnWriteArrayList<>();
    /** True when a newer change waits: the rebuild under way leaves its downloads to the next one. */
    private volatile java.util.function.BooleanSupplier superseded = () -> false;
    /** The site paths of the pages open in a browser: rendered and written first. */
    private volatile Supplier<java.util.Set<String>> viewed = java.util.Set::of;
    /** The theme of the last load, kept while the files under themes/ stay as they were ({@link ThemeLoader#stamp}). */
    private Optional<dev.flowdoc.model.Theme> theme = Optional.empty();
    private String themeStamp = "";
    private volatile State state = new State(0, List.of());

    /**
     * What the browser needs to know: the generation of the site on disk and the problems of the last change. The
     * generation numbers rebuilds as they start, so a failed rebuild leaves a gap: a page the browser loaded while
     * that rebuild was under way is older than the next good site.
     */
    public record State(long generation, List<Problem> problems) {
        public boolean ok() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    /**
     * One rebuild: {@code written} lists the site paths of the pages written (downloads not included);
     * {@code pagesNanos} is the time from the start of the rebuild until the pages were on disk; listeners hear of it then,
     * with {@code totalNanos} 0 (the downloads still to come); the returned outcome has the total. {@code converted}:
     * the page sources converted through Asciidoctor (the other pages' conversions were reused); {@code downloads}:
     * whether the downloads (exports, PDFs, search index) were brought up to date too, or left to the next rebuild
     * because a newer change came in meanwhile.
     */
    public record Outcome(State state, List<String> written, long pagesNanos, long totalNanos, List<String> converted,
                          boolean downloads) {
        Outcome(State state, List<String> written, long pagesNanos, long totalNanos) {
            this(state, written, pagesNanos, totalNanos, List.of(), false);
        }
    }

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

    /**
     * {@code listener} hears of each page a rebuild writes as soon as it is on disk (site path, the generation it
     * belongs to), before the rebuild ends: a browser showing that page reloads at once.
     */
    public void onPage(java.util.function.BiConsumer<String, Long> listener) {
        pageListeners.add(listener);
    }

    /**
     * Tells the preview how to know that a newer change has come in ({@link Watcher#changesPending}): a rebuild then
     * skips its downloads (checklists, manuals, exports, search index) after the pages, so that the next edit's
     * pages need not wait for them; the next rebuild makes them. At rest the folder is the full build's.
     */
    public void supersededWhen(java.util.function.BooleanSupplier pending) {
        this.superseded = pending;
    }

    /** Tells the preview which pages are open in a browser (site paths): a rebuild renders and writes them first. */
    public void viewedPages(Supplier<java.util.Set<String>> pages) {
        this.viewed = pages;
    }

    /**
     * The generation of the page at {@code sitePath} as it is on disk now: that of the rebuild under way if it has
     * written the page already, else that of the site.
     */
    public long generationOf(String sitePath) {
        return early.getOrDefault(sitePath, state.generation());
    }

    /** Builds the whole site into the output folder. */
    public synchronized Outcome buildAll() {
        return run();
    }

    /**
     * Rebuilds after a change; {@code changed} are paths in the project (absolute, or relative to its root). Changes
     * outside data/, content/ and themes/ change nothing.
     */
    public synchronized Outcome rebuild(Collection<Path> changed) {
        boolean relevant = changed.stream().anyMatch(p -> {
            Path rel = p.isAbsolute() ? root.relativize(p.normalize()) : p.normalize();
            String first = rel.getNameCount() > 0 ? rel.getName(0).toString() : "";
            return first.equals("data") || first.equals("content") || first.equals("themes");
        });
        if (built && !relevant) {
            return new Outcome(state, List.of(), 0, 0);
        }
        return run();
    }

    /** The pipeline of {@code build}: load and validate, view, render; then only the changed files are written. */
    private Outcome run() {
        long start = System.nanoTime();
        long generation = ++attempts;
        Problems problems = new Problems();
        // the preview shows the newest release, like a build without --product-version
        String stamp = new ThemeLoader(root).stamp();
        if (!stamp.equals(themeStamp)) {
            theme = Optional.empty();
        }
        Optional<Inputs> inputs = Loader.load(root, problems, theme).map(i -> i.forRelease(null));
        if (inputs.isEmpty()) {
            theme = Optional.empty();
            return failed(problems, start);
        }
        theme = Optional.of(inputs.get().theme());
        themeStamp = stamp;
        Documentation docs = Documentation.of(inputs.get().project(), inputs.get().theme().messages());
        try (SiteRenderer renderer = new SiteRenderer(inputs.get(), docs, urls, asciidoctor, diagrams)) {
            // each page is written as soon as it is rendered (the one being looked at need not wait for the others)
            Map<String, byte[]> before = new java.util.LinkedHashMap<>();
            Map<String, String> pages = renderer.pages(bodies, problems, (path, html) -> {
                SiteFiles one = new SiteFiles();
                one.put(path, html);
                Map<String, byte[]> previous = new HashMap<>();
                previous.put(path, written.get(path));
                if (!writeChanged(one.all()).isEmpty()) {
                    before.putAll(previous);
                    early.put(path, generation);
                    for (var listener : pageListeners) {
                        listener.accept(path, generation);
                    }
                }
            }, viewed.get());
            if (problems.hasErrors()) {
                early.clear();
                undo(before);
                bodies.discard();
                return failed(problems, start);
            }
            List<String> converted = bodies.converted();
            bodies.commit();
            SiteFiles pageFiles = new SiteFiles();
            pageFiles.putAllText(pages);
            List<String> changedPages = new ArrayList<>(before.keySet());
            changedPages.addAll(writeChanged(pageFiles.all()));
            long pagesDone = System.nanoTime();
            state = new State(generation, problems.all());
            early.clear();
            built = true;
            Outcome outcome = new Outcome(state, changedPages, pagesDone - start, 0, converted, false);
            publish(outcome); // the browser reloads now; the downloads follow
            if (superseded.getAsBoolean()) {
                return outcome;
            }
            SiteFiles site = renderer.downloads();
            if (superseded.getAsBoolean()) {
                return outcome;
            }
            site.putAll(renderer.manuals());
            site.putAllText(renderer.searchIndexes());
            if (superseded.getAsBoolean()) {
                return outcome;
            }
            pageFiles.all().forEach(site::put);
            writeChanged(site.all());
            removeGone(site.all());
            diagrams.forgetUnused();
            return new Outcome(outcome.state(), outcome.written(), outcome.pagesNanos(), System.nanoTime() - start, converted, true);
        }
    }

    /** Puts back the pages written early by a rebuild that then failed: the last good site stays. */
    private void undo(Map<String, byte[]> before) {
        before.forEach((path, bytes) -> {
            if (bytes == null) {
                try {
                    Files.deleteIfExists(out.resolve(path));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written.remove(path);
            } else {
                write(path, bytes);
                written.put(path, bytes);
            }
        });
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

    /** Writes the files whose bytes differ from what is on disk; returns their paths. */
    private List<String> writeChanged(Map<String, byte[]> files) {
        List<String> changed = new ArrayList<>();
        files.forEach((path, bytes) -> {
            byte[] before = written.get(path);
            if (before == null || !Arrays.equals(before, bytes) || !Files.exists(out.resolve(path))) {
                write(path, bytes);
                written.put(path, bytes);
                changed.add(path);
            }
        });
        return changed;
    }

    /** Deletes what an earlier build wrote and this one no longer makes (a page removed, a profile renamed). */
    private void removeGone(Map<String, byte[]> files) {
        for (String path : List.copyOf(written.keySet())) {
            if (!files.containsKey(path)) {
                try {
                    Files.deleteIfExists(out.resolve(path));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written.remove(path);
            }
        }
    }

    /** Writes beside and moves into place, so that the server never sends half a file (PDFs included). */
    private void write(String relative, byte[] bytes) {
        try {
            AtomicFiles.write(out.resolve(relative), stream -> stream.write(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
    }
}
