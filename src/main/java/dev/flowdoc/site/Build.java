package dev.flowdoc.site;

import dev.flowdoc.diag.Counts;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Theme;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.diagram.Diagrams;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.view.Documentation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.asciidoctor.Asciidoctor;

/**
 * The one machine that makes the site, for {@code build}, {@code serve} and {@code mvn site}: load, validate, view,
 * render, write, one stage a line in {@link #run(Path, Collection, SiteUrls, Problems, Sink)}. It takes the set of
 * changed inputs (everything, for a build), keeps what it can between runs (the theme while nothing under themes/
 * changed, diagram layouts, the {@link Memo} of outputs) and puts the site into a {@link Sink}. Any error: nothing
 * is written. Asciidoctor (seconds to create) is asked for only when a page must be converted.
 */
public final class Build {
    /** The marker file's words, the same in a built and a served folder. */
    public static final String MARKER_TEXT = "This folder was written by flowdoc; the next build replaces it as a whole.\n";
    private final Supplier<Asciidoctor> asciidoctor;
    private final Progress progress;
    private final Version release;
    private final Memo memo;
    /** Diagram layouts kept across runs: ELK lays out again only a graph an edit changed. */
    private final Diagrams diagrams = new Diagrams();
    private Optional<Theme> theme = Optional.empty();

    public Build(Supplier<Asciidoctor> asciidoctor) {
        this(asciidoctor, Progress.silent(), null);
    }

    /** The documentation of {@code release} (any x.y.z); null: the newest release of data/product.json. */
    public Build(Supplier<Asciidoctor> asciidoctor, Version release) {
        this(asciidoctor, Progress.silent(), release);
    }

    public Build(Supplier<Asciidoctor> asciidoctor, Progress progress, Version release) {
        this(asciidoctor, progress, release, Memo.off());
    }

    /** {@code memo}: outputs made by earlier runs (see {@link Memo}); the site is the same with it or without. */
    public Build(Supplier<Asciidoctor> asciidoctor, Progress progress, Version release, Memo memo) {
        this.asciidoctor = asciidoctor;
        this.progress = progress;
        this.release = release;
        this.memo = memo;
    }

    /**
     * What was built; {@code listed}: the release is one of data/product.json (any x.y.z may be built);
     * {@code converted}: the page sources converted through Asciidoctor (the others' conversions were reused).
     */
    public record Result(Path out, int pages, long flows, Version release, boolean listed, List<String> converted) {}

    /** The site built into {@code out}: staged beside it and swapped in on success; only a folder flowdoc wrote is replaced. */
    public Optional<Result> run(Path root, Path out, SiteUrls urls, Problems problems) throws IOException {
        try (StagedOutput staged = new StagedOutput(out, OutputGuard.isDefault(root, out))) {
            return run(root, null, urls, problems, files -> {
                staged.writeAll(files);
                staged.commit();
            }).map(r -> new Result(out, r.pages(), r.flows(), r.release(), r.listed(), r.converted()));
        }
    }

    /** The whole machine, one stage a line; {@code changed}: the project's paths changed since the last run (null: all). */
    public synchronized Optional<Result> run(Path root, Collection<Path> changed, SiteUrls urls, Problems problems, Sink sink)
            throws IOException {
        if (memo.empty()) {
            startAhead(); // every page will be converted: JRuby boots while the project loads
        }
        Optional<Inputs> inputs = load(root, changed, problems);                         // load + validate
        Optional<Documentation> docs = inputs.map(this::view);                           // view
        Optional<Integer> pages = docs.isEmpty() ? Optional.empty()
                : render(inputs.get(), docs.get(), urls, problems, sink);              // render + write
        if (pages.isEmpty()) {
            memo.discard();
            sink.failed();
            return Optional.empty();
        }
        List<String> converted = memo.converted();
        memo.commit();
        return Optional.of(new Result(null, pages.get(), docs.get().project().flows().count(), docs.get().project().release(),
                docs.get().project().product().hasRelease(docs.get().project().release()), converted));
    }

    /** The page sources the run under way has converted through Asciidoctor so far. */
    public List<String> converted() {
        return memo.converted();
    }

    private Optional<Inputs> load(Path root, Collection<Path> changed, Problems problems) {
        if (changed == null || changed.stream().anyMatch(p -> p.normalize().startsWith("themes")
                || p.isAbsolute() && p.normalize().startsWith(root.toAbsolutePath().normalize().resolve("themes")))) {
            theme = Optional.empty();
        }
        Progress.Stage stage = progress.stage("load and validate");
        Optional<Inputs> inputs = Loader.load(root, problems, theme).map(i -> i.forRelease(release));
        theme = inputs.map(Inputs::theme);
        inputs.ifPresent(i -> stage.done(Counts.count(i.project().groups().size(), "group") + ", "
                + Counts.count(i.project().flows().count(), "flow") + ", "
                + Counts.count((long) i.content().pages(Language.SOURCE).size() * Language.values().length, "page")));
        return inputs;
    }

    private Documentation view(Inputs inputs) {
        Progress.Stage stage = progress.stage("views");
        Documentation docs = Documentation.of(inputs.project(), inputs.theme().messages());
        stage.done(Counts.count(Language.values().length, "language") + ", " + Counts.count(docs.profiles().size(), "profile"));
        return docs;
    }

    /**
     * The pages, then the manuals (which carry the pages' prose) and the search index on this thread; the rest
     * (checklists, generated AsciiDoc, exports) on a worker beside them, which this thread then helps, or, where the
     * pages go out first (serve), after them. Asciidoctor is created on a thread of its own as soon as a page needs it.
     */
    private Optional<Integer> render(Inputs inputs, Documentation docs, SiteUrls urls, Problems problems, Sink sink)
            throws IOException {
        try (SiteRenderer renderer = new SiteRenderer(inputs, docs, urls, asciidoctor, diagrams, memo)) {
            RenderQueue downloads = renderer.downloadParts();
            if (!sink.pagesFirst()) {
                downloads.start(1);
            }
            boolean convert = renderer.needsAsciidoctor();
            if (convert) {
                startAhead();
            }
            Progress.Stage html = progress.stage("HTML pages");
            Map<String, String> pages = renderer.pages(problems, sink::page, sink.first());
            html.done(pages.size() + (convert ? " pages" : " pages, none converted"));
            if (problems.hasErrors() && sink.pagesFirst()) {
                return Optional.empty();
            }
            sink.pagesDone(pages);
            if (sink.superseded()) {
                return Optional.of(pages.size());
            }
            SiteFiles files = new SiteFiles();
            files.putAllText(pages);
            Progress.Stage pdfs = progress.stage("PDFs");
            var manuals = renderer.manuals();
            files.putAll(manuals);
            pdfs.done(Counts.count(manuals.size(), "manual") + "; the checklists came with the downloads");
            Progress.Stage search = progress.stage("search index");
            var indexes = renderer.searchIndexes();
            files.putAllText(indexes);
            search.done(Counts.count(indexes.size(), "language"));
            Progress.Stage rest = progress.stage("exports, AsciiDoc, checklists");
            if (sink.pagesFirst()) {
                downloads.start(1);
            }
            SiteFiles made = downloads.helpAndJoin();
            rest.done(Counts.count(made.size(), "file"));
            files.putAll(made.all());
            files.put(OutputGuard.MARKER, MARKER_TEXT);
            if (problems.hasErrors() || sink.superseded()) {
                return problems.hasErrors() ? Optional.empty() : Optional.of(pages.size());
            }
            sink.all(files);
            diagrams.forgetUnused();
            return Optional.of(pages.size());
        }
    }

    /** Asks for Asciidoctor on a thread of its own, so that its creation (seconds: JRuby boots) overlaps the rest. */
    private void startAhead() {
        Thread t = new Thread(() -> {
            try {
                asciidoctor.get();
            } catch (RuntimeException | Error e) {
                // reported where the pages ask for it
            }
        }, "flowdoc-asciidoctor-ahead");
        t.setDaemon(true);
        t.start();
    }
}
