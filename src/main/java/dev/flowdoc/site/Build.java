package dev.flowdoc.site;

import dev.flowdoc.diag.Counts;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.diagram.Diagrams;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.view.Documentation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.asciidoctor.Asciidoctor;

/**
 * The static site, in five stages: load, validate, view, render, write (see {@link #bake}). Any error: nothing is
 * written. The Asciidoctor instance is the caller's (one per build, or one shared by tests); it is asked for only
 * once the project is valid, as creating one costs seconds.
 */
public final class Build {
    private final Supplier<Asciidoctor> asciidoctor;
    private final Progress progress;
    private final Version release;
    private final BuildCache cache;

    public Build(Supplier<Asciidoctor> asciidoctor) {
        this(asciidoctor, Progress.silent(), null);
    }

    /** The documentation of {@code release} (any x.y.z); null: the newest release of data/product.json. */
    public Build(Supplier<Asciidoctor> asciidoctor, Version release) {
        this(asciidoctor, Progress.silent(), release);
    }

    public Build(Supplier<Asciidoctor> asciidoctor, Progress progress, Version release) {
        this(asciidoctor, progress, release, BuildCache.off());
    }

    /**
     * {@code cache}: pages Asciidoctor converted in an earlier build (see {@link BuildCache}); the site is the same
     * with it or without. It is written only when the build succeeds.
     */
    public Build(Supplier<Asciidoctor> asciidoctor, Progress progress, Version release, BuildCache cache) {
        this.asciidoctor = asciidoctor;
        this.progress = progress;
        this.release = release;
        this.cache = cache;
    }

    /** What was built; {@code listed}: the release is one of data/product.json (any x.y.z may be built). */
    public record Result(Path out, int pages, long flows, Version release, boolean listed) {}

    /** The whole pipeline, one stage a line. */
    public Optional<Result> run(Path root, Path out, SiteUrls urls, Problems problems) throws IOException {
        String stamp = cache.enabled() ? BuildCache.stamp(root, release == null ? null : release.toString()) : null;
        Optional<Inputs> inputs = load(root, problems);                              // load + validate
        if (inputs.isEmpty()) {
            return Optional.empty();
        }
        Documentation docs = view(inputs.get());                                   // view
        Optional<Rendered> site = render(inputs.get(), docs, urls, problems);       // render
        if (site.isEmpty()) {
            return Optional.empty();
        }
        write(site.get().files(), root, out);                                       // write
        cache.commit(stamp);
        return Optional.of(new Result(out, site.get().pages(), docs.project().flows().count(), docs.project().release(),
                docs.project().product().hasRelease(docs.project().release())));
    }

    private Optional<Inputs> load(Path root, Problems problems) {
        Progress.Stage stage = progress.stage("load and validate");
        Optional<Inputs> inputs = Loader.load(root, problems).map(i -> i.forRelease(release));
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

    record Rendered(SiteFiles files, int pages) {}

    /**
     * Everything but the pages, the manual PDFs and the search index renders on a worker while Asciidoctor is
     * being created (seconds); the pages, the manuals (which carry the pages' prose) and the search index follow
     * on this thread as soon as it is ready, which then helps the worker with what is left. With every page in
     * the cache, Asciidoctor is not created at all, and this thread joins in at once.
     */
    private Optional<Rendered> render(Inputs inputs, Documentation docs, SiteUrls urls, Problems problems) throws IOException {
        try (SiteRenderer renderer = new SiteRenderer(inputs, docs, urls, asciidoctor, new Diagrams(), cache)) {
            boolean convert = renderer.needsAsciidoctor();
            if (convert) {
                startAhead();
            }
            Progress.Stage downloadsStage = progress.stage("exports, AsciiDoc, checklists");
            RenderQueue downloads = renderer.downloadParts();
            downloads.start(1);
            if (convert) {
                Progress.Stage waiting = progress.stage("Asciidoctor ready");
                renderer.prepare();
                waiting.done("");
            }
            Progress.Stage html = progress.stage("HTML pages");
            SiteFiles files = new SiteFiles();
            var pages = renderer.pages(PageBodies.none(), problems);
            files.putAllText(pages);
            html.done(pages.size() + (convert ? " pages" : " pages, all from the build cache"));
            Progress.Stage pdfs = progress.stage("PDFs");
            var manuals = renderer.manuals();
            files.putAll(manuals);
            pdfs.done(Counts.count(manuals.size(), "manual") + "; the checklists came with the downloads");
            Progress.Stage search = progress.stage("search index");
            var indexes = renderer.searchIndexes();
            files.putAllText(indexes);
            search.done(Counts.count(indexes.size(), "language"));
            SiteFiles rest = downloads.helpAndJoin();
            downloadsStage.done(Counts.count(rest.size(), "file"));
            files.putAll(rest.all());
            return problems.hasErrors() ? Optional.empty() : Optional.of(new Rendered(files, pages.size()));
        }
    }

    /**
     * Asks for Asciidoctor on a thread of its own, so that its creation (seconds: JRuby boots) overlaps the
     * downloads; a no-op when it is already being created (flowdoc's main started it) or made.
     */
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

    /** Staged beside the target and swapped in; only a folder flowdoc wrote (or the default target/site) is replaced. */
    private void write(SiteFiles files, Path root, Path out) throws IOException {
        try (StagedOutput site = new StagedOutput(out, OutputGuard.isDefault(root, out))) {
            site.writeAll(files);
            site.commit();
        }
    }
}
