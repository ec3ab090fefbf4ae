package dev.flowdoc.preview;

import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.site.Build;
import dev.flowdoc.site.LiveOutput;
import dev.flowdoc.site.Memo;
import dev.flowdoc.site.Progress;
import dev.flowdoc.site.SiteFiles;
import dev.flowdoc.site.Sink;
import dev.flowdoc.diag.Problem;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.asciidoctor.Asciidoctor;

/**
 * The live preview's site: the build machine ({@link Build}) run again on every change with the changed inputs, one
 * warm Asciidoctor and its memo in memory: only pages whose macro calls no longer replay to the same output are
 * converted, and only files whose bytes changed are written ({@link LiveOutput}), so the folder at rest holds exactly
 * what {@code build} writes, marker file included.
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
    private final SiteUrls urls = new SiteUrls(null);
    private final List<Consumer<Outcome>> listeners = new CopyOnWriteArrayList<>();
    /** The build machine, with its memo in memory: only pages whose conversion no longer replays are converted. */
    private final Build machine;
    private final LiveOutput output;
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
        this.machine = new Build(asciidoctor, Progress.silent(), null, Memo.inMemory());
        this.output = new LiveOutput(this.out);
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
        return run(null);
    }

    /**
     * Rebuilds after a change; {@code changed} are paths in the project (absolute, or relative to its root). Changes
     * outside data/, content/ and themes/ change nothing.
     */
    public synchronized Outcome rebuild(Collection<Path> changed) {
        List<Path> relevant = changed.stream().map(p -> p.isAbsolute() ? root.relativize(p.normalize()) : p.normalize())
                .filter(rel -> rel.getNameCount() > 0 && List.of("data", "content", "themes").contains(rel.getName(0).toString()))
                .toList();
        if (built && relevant.isEmpty()) {
            return new Outcome(state, List.of(), 0, 0);
        }
        return run(built ? relevant : null);
    }

    /** One run of the build machine, the pages first, each written as soon as it is rendered; then the rest. */
    private Outcome run(Collection<Path> changed) {
        long start = System.nanoTime();
        long generation = ++attempts;
        Problems problems = new Problems();
        Outcome[] pagesOut = {null};
        Sink sink = new Sink() {
            @Override
            public boolean pagesFirst() {
                return true;
            }

            @Override
            public java.util.Set<String> first() {
                return viewed.get();
            }

            @Override
            public void page(String path, String html) {
                if (output.page(path, html)) {
                    early.put(path, generation);
                    pageListeners.forEach(listener -> listener.accept(path, generation));
                }
            }

            @Override
            public void pagesDone(Map<String, String> pages) {
                SiteFiles files = new SiteFiles();
                files.putAllText(pages);
                List<String> changedPages = new ArrayList<>(output.early());
                changedPages.addAll(output.writeChanged(files.all()));
                output.settle();
                state = new State(generation, problems.all());
                early.clear();
                built = true;
                pagesOut[0] = new Outcome(state, changedPages, System.nanoTime() - start, 0, machine.converted(), false);
                publish(pagesOut[0]); // the browser reloads now; the rest follows
            }

            @Override
            public boolean superseded() {
                return superseded.getAsBoolean();
            }

            @Override
            public void all(SiteFiles files) {
                output.all(files);
            }

            @Override
            public void failed() {
                early.clear();
                output.undo();
            }
        };
        try {
            if (machine.run(root, changed, urls, problems, sink).isEmpty()) {
                return failed(problems, start);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Outcome pages = pagesOut[0];
        return new Outcome(pages.state(), pages.written(), pages.pagesNanos(), System.nanoTime() - start, pages.converted(),
                !superseded.getAsBoolean());
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

    @Override
    public synchronized void close() {
    }
}
