package dev.flowdoc.site;

import dev.flowdoc.diag.Counts;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Theme;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.diagram.Diagrams;
import dev.flowdoc.render.html.ReleaseSites;
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
        Optional<Inputs> loaded = load(root, changed, problems);                        // load + validate (once)
        List<Edition> editions = loaded.map(this::editions).orElse(List.of());          // view, per release published
        // several releases without a memo (--no-cache): one in memory for this run, so that the newest release's
        // folder copy takes the root's conversions and PDFs instead of making them again
        Memo used = editions.size() > 1 && !memo.keeps() ? Memo.inMemory() : memo;
        Optional<Integer> pages = editions.isEmpty() ? Optional.empty()
                : render(editions, urls, problems, sink, used);                        // render + write
        if (pages.isEmpty()) {
            used.discard();
            sink.failed();
            return Optional.empty();
        }
        List<String> converted = used.converted();
        used.commit();
        Documentation docs = editions.get(0).docs();
        return Optional.of(new Result(null, pages.get(), docs.project().flows().count(), docs.project().release(),
                docs.project().product().hasRelease(docs.project().release()), converted));
    }

    /**
     * One release's site: its folder below the root ("" for the root, "12.1.0/"), its inputs and views, and how it
     * sees the other releases.
     */
    private record Edition(String folder, Inputs inputs, Documentation docs, ReleaseSites releases) {}

    /**
     * The sites this build writes: the documented release at the root, as always; with releases marked
     * {@code "published"} in data/product.json (and no release asked for), each of them again under its folder.
     */
    private List<Edition> editions(Inputs loaded) {
        Inputs main = loaded.forRelease(release);
        List<Version> published = release != null ? List.of()
                : loaded.project().product().published().stream().map(dev.flowdoc.model.Release::version).toList();
        if (published.isEmpty()) {
            return List.of(new Edition("", main, view(main), ReleaseSites.NONE));
        }
        Version newest = main.project().release();
        java.util.TreeSet<Version> shown = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        shown.addAll(published);
        shown.add(newest);
        List<Edition> sites = new java.util.ArrayList<>();
        Map<Version, java.util.Set<String>> pages = new java.util.HashMap<>();
        for (Version v : shown) {
            pages.put(v, pagePaths(main));
        }
        ReleaseSites all = new ReleaseSites(List.copyOf(shown), newest, newest, "", pages, published);
        Documentation newestDocs = view(main);
        sites.add(new Edition("", main, newestDocs, all));
        for (Version v : published) {
            Inputs in = v.equals(newest) ? main : loaded.forRelease(v);
            String folder = ReleaseSites.ownFolder(v);
            sites.add(new Edition(folder, in, v.equals(newest) ? newestDocs : view(in), all.at(v, folder)));
        }
        return sites;
    }

    /** The site paths of the pages a release's site has ("de/index.html"); the prose is the same in every release. */
    private static java.util.Set<String> pagePaths(Inputs inputs) {
        java.util.Set<String> paths = new java.util.HashSet<>();
        for (Language language : Language.values()) {
            inputs.content().pages(language).forEach(p -> paths.add(SiteRenderer.htmlPath(p)));
        }
        return paths;
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
        Optional<Inputs> inputs = Loader.load(root, problems, theme);
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
     * Several releases: one site after the other, each into its folder, sharing the loaded inputs, the memo (under
     * ids naming the release), the diagram layouts and the one Asciidoctor; serve gets every release's pages first.
     */
    private Optional<Integer> render(List<Edition> editions, SiteUrls urls, Problems problems, Sink sink, Memo memo)
            throws IOException {
        List<SiteRenderer> renderers = new java.util.ArrayList<>();
        try {
            for (Edition e : editions) {
                // the newest release's folder is the root's site again: the same entries
                Version v = e.inputs().project().release();
                Memo scoped = memo.in(v.equals(editions.get(0).inputs().project().release()) ? "" : v.toString());
                // each wide diagram laid out once for both languages
                diagrams.shareLayouts(e.docs());
                renderers.add(new SiteRenderer(e.inputs(), e.docs(), urls, asciidoctor, diagrams, scoped, e.releases()));
            }
            SiteFiles files = new SiteFiles();
            Map<String, String> allPages = new java.util.LinkedHashMap<>();
            List<RenderQueue> queues = new java.util.ArrayList<>();
            boolean convert = false;
            for (SiteRenderer r : renderers) {
                queues.add(r.downloadParts());
                convert |= r.needsAsciidoctor();
            }
            if (convert) {
                startAhead();
            }
            Progress.Stage html = progress.stage("HTML pages");
            for (int i = 0; i < editions.size(); i++) {
                String folder = editions.get(i).folder();
                if (!sink.pagesFirst()) {
                    queues.get(i).start(1);
                }
                java.util.Set<String> first = new java.util.HashSet<>();
                sink.first().stream().filter(p -> p.startsWith(folder) && (folder.isEmpty() || p.length() > folder.length()))
                        .forEach(p -> first.add(p.substring(folder.length())));
                Map<String, String> pages = renderers.get(i).pages(problems, (path, page) -> sink.page(folder + path, page), first);
                pages.forEach((path, page) -> allPages.put(folder + path, page));
                if (!sink.pagesFirst()) {
                    if (!rest(renderers.get(i), queues.get(i), folder, files)) {
                        return Optional.empty();
                    }
                }
            }
            html.done(allPages.size() + (convert ? " pages" : " pages, none converted")
                    + (editions.size() > 1 ? " in " + editions.size() + " release sites" : ""));
            if (problems.hasErrors() && sink.pagesFirst()) {
                return Optional.empty();
            }
            sink.pagesDone(allPages);
            if (sink.superseded()) {
                return Optional.of(allPages.size());
            }
            if (sink.pagesFirst()) {
                for (int i = 0; i < editions.size(); i++) {
                    queues.get(i).start(1);
                    if (!rest(renderers.get(i), queues.get(i), editions.get(i).folder(), files)) {
                        return Optional.empty();
                    }
                }
            }
            files.putAllText(allPages);
            files.put(OutputGuard.MARKER, MARKER_TEXT);
            if (problems.hasErrors() || sink.superseded()) {
                return problems.hasErrors() ? Optional.empty() : Optional.of(allPages.size());
            }
            sink.all(files);
            diagrams.forgetUnused();
            return Optional.of(allPages.size());
        } finally {
            for (SiteRenderer r : renderers) {
                r.close();
            }
        }
    }

    /** A release site's manuals, search index and downloads into {@code files}, each path inside its folder. */
    private boolean rest(SiteRenderer renderer, RenderQueue downloads, String folder, SiteFiles files) throws IOException {
        Progress.Stage pdfs = progress.stage("PDFs");
        var manuals = renderer.manuals();
        manuals.forEach((path, bytes) -> files.put(folder + path, bytes));
        pdfs.done(Counts.count(manuals.size(), "manual") + "; the checklists came with the downloads");
        Progress.Stage search = progress.stage("search index");
        var indexes = renderer.searchIndexes();
        indexes.forEach((path, text) -> files.put(folder + path, text));
        search.done(Counts.count(indexes.size(), "language"));
        Progress.Stage rest = progress.stage("exports, AsciiDoc, checklists");
        SiteFiles made = downloads.helpAndJoin();
        rest.done(Counts.count(made.size(), "file"));
        made.all().forEach((path, bytes) -> files.put(folder + path, bytes));
        return true;
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
