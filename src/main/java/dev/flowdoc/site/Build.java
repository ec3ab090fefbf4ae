package dev.flowdoc.site;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.html.ActiveContent;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.render.html.Theme;
import dev.flowdoc.validate.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.asciidoctor.Asciidoctor;

/**
 * The static site: load and validate, convert every page of both languages with one Asciidoctor, put
 * each into the theme's layout, write the generated AsciiDoc, the exports, the manual PDFs and the checklist
 * of every profile, and swap the result in.
 * Any error: nothing is written. The Asciidoctor instance is the caller's (one per build, or one shared by tests).
 *
 * <p>Speed: the HTML pages need Asciidoctor, nothing else does. So while the caller's Asciidoctor is still being
 * created (seconds, on its own thread), the other parts (PDFs, exports, generated AsciiDoc, site pages, assets)
 * are rendered on a worker thread; the calling thread converts the pages as soon as Asciidoctor is ready.
 */
public final class Build {
    private final Supplier<Asciidoctor> asciidoctor;
    private final Progress progress;
    private final Version release;

    /** {@code asciidoctor} is asked for only once the project is valid: creating one costs seconds. */
    public Build(Supplier<Asciidoctor> asciidoctor) {
        this(asciidoctor, Progress.silent(), null);
    }

    /** The documentation of {@code release} (any x.y.z); null: the newest release of data/product.json. */
    public Build(Supplier<Asciidoctor> asciidoctor, Version release) {
        this(asciidoctor, Progress.silent(), release);
    }

    public Build(Supplier<Asciidoctor> asciidoctor, Progress progress, Version release) {
        this.asciidoctor = asciidoctor;
        this.progress = progress;
        this.release = release;
    }

    /** What was built; {@code listed}: the release is one of data/product.json (any x.y.z may be built). */
    public record Result(Path out, int pages, long flows, Version release, boolean listed) {}

    public Optional<Result> run(Path root, Path out, SiteUrls urls, Problems problems) throws IOException {
        Progress.Stage loading = progress.stage("load and validate");
        Optional<Sources> sources = Pipeline.load(root, problems);
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        Sources documented = sources.get().forRelease(release);
        Project project = documented.project();
        Content content = documented.content();
        loading.done(project.groups().size() + " groups, " + project.flows().count() + " flows, "
                + (content.pages(Language.SOURCE).size() * Language.values().length) + " pages");
        if (!renderable(root, content, problems)) {
            return Optional.empty();
        }
        Theme theme = Theme.of(root);
        int pages = 0;
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "flowdoc-build-worker");
            t.setDaemon(true);
            return t;
        });
        try (StagedOutput site = new StagedOutput(out, OutputGuard.isDefault(root, out));
             SiteRenderer renderer = new SiteRenderer(documented, theme, urls, asciidoctor)) {
            // everything but the HTML pages, while Asciidoctor is being created
            CompletableFuture<Void> others = CompletableFuture.runAsync(() -> {
                Progress.Stage stage = progress.stage("exports, AsciiDoc");
                writeAll(site, renderer.generatedAsciiDoc());
                writeAll(site, renderer.exports(DataVersion.of(root)));
                writeAll(site, renderer.sitePages());
                try {
                    for (Map.Entry<Path, String> dir : renderer.assets().entrySet()) {
                        site.copyTree(dir.getKey(), dir.getValue());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                stage.done("flows.json, 2 × flows.csv, generated AsciiDoc, sitemap");
                stage = progress.stage("PDFs");
                try {
                    List<Path> pdfs = renderer.writePdfs(site.staging());
                    stage.done(pdfs.size() + " PDFs (manual and checklists)");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, worker);
            Progress.Stage waiting = progress.stage("Asciidoctor ready");
            renderer.prepare();
            waiting.done("");
            Progress.Stage html = progress.stage("HTML pages");
            for (Language language : Language.values()) {
                for (Page page : content.pages(language)) {
                    String body = renderer.body(page);
                    ActiveContent.check(page, body, problems);
                    site.write(SiteRenderer.htmlPath(page), renderer.layout(page, body));
                    pages++;
                }
            }
            html.done(pages + " pages");
            renderer.reportLog(problems);
            join(others);
            if (problems.hasErrors()) {
                return Optional.empty();
            }
            site.commit();
        } finally {
            worker.shutdownNow();
        }
        return Optional.of(new Result(out, pages, project.flows().count(), project.release(),
                project.product().hasRelease(project.release())));
    }

    /** False (with the problem reported) when there is nothing to build or no theme to build it with. */
    public static boolean renderable(Path root, Content content, Problems problems) {
        if (content.isEmpty()) {
            problems.error(Location.of("content/"), "there are no pages to build",
                    "write content/de/index.adoc and content/en/index.adoc, e.g. with flowtable::all[]");
            return false;
        }
        if (!Files.isDirectory(root.resolve(Theme.DEFAULT).resolve("templates"))) {
            problems.error(Location.of(Theme.DEFAULT + "/"), "the project has no theme",
                    "a theme folder holds templates/, css/, js/ and i18n/; copy themes/default from flowdoc's repository");
            return false;
        }
        return true;
    }

    static void writeAll(StagedOutput site, Map<String, String> files) {
        files.forEach(site::write);
    }

    private static void join(CompletableFuture<?> future) throws IOException {
        try {
            future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
