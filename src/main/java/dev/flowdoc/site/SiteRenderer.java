package dev.flowdoc.site;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.render.adoc.FlowDiagramMacro;
import dev.flowdoc.render.adoc.PageConverter;
import dev.flowdoc.render.diagram.Diagrams;
import dev.flowdoc.render.adoc.PageExpander;
import dev.flowdoc.render.adoc.MacroCalls;
import dev.flowdoc.render.export.FlowsCsv;
import dev.flowdoc.render.export.FlowsJson;
import dev.flowdoc.render.html.ActiveContent;
import dev.flowdoc.render.html.PageLayout;
import dev.flowdoc.render.html.RowAttributes;
import dev.flowdoc.render.html.SitePages;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.render.html.Templates;
import dev.flowdoc.render.page.Prose;
import dev.flowdoc.render.page.ProseReader;
import dev.flowdoc.render.pdf.ManualPdfWriter;
import dev.flowdoc.render.pdf.PdfSet;
import dev.flowdoc.render.search.SearchDocs;
import dev.flowdoc.render.search.SearchIndexScript;
import dev.flowdoc.validate.Problems;
import dev.flowdoc.view.Documentation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.flowdoc.model.Profile;
import dev.flowdoc.render.adoc.ProfilesSource;
import dev.flowdoc.render.firewall.AddressTemplate;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.asciidoctor.Asciidoctor;

/**
 * The render stage: every output of the site as a function of the views and the theme, as files in memory. The
 * parts that need no Asciidoctor ({@link #downloads}) can run while Asciidoctor is still being created; the pages
 * ({@link #pages}) need it. A converted page body is kept in {@link PageBodies}, so that the preview converts only
 * what an edit changed; the files are the same either way.
 */
public final class SiteRenderer implements AutoCloseable {
    private final Inputs inputs;
    private final Documentation docs;
    private final SiteUrls urls;
    private final Supplier<Asciidoctor> asciidoctor;
    private final Templates templates;
    private final PageLayout layout;
    /** Laid out once per build (or kept by the preview across its rebuilds), drawn by the pages, the generated AsciiDoc and the PDFs. */
    private final Diagrams diagrams;
    private PageConverter converter;
    /** The prose of each page read so far ("de/index"): the manual PDF and the search index share it. */
    private final Map<String, Prose> prose = new java.util.HashMap<>();

    public SiteRenderer(Inputs inputs, Documentation docs, SiteUrls urls, Supplier<Asciidoctor> asciidoctor) {
        this(inputs, docs, urls, asciidoctor, new Diagrams());
    }

    /**
     * {@code diagrams}: the layouts to reuse; a graph is a value and its layout depends on nothing else, so a
     * diagram kept from an earlier build is the one this build would lay out.
     */
    public SiteRenderer(Inputs inputs, Documentation docs, SiteUrls urls, Supplier<Asciidoctor> asciidoctor, Diagrams diagrams) {
        this.diagrams = diagrams;
        this.inputs = inputs;
        this.docs = docs;
        this.urls = urls;
        this.asciidoctor = asciidoctor;
        this.templates = new Templates(inputs.theme());
        this.layout = new PageLayout(templates, docs.project(), inputs.content(), urls);
    }

    /** The site path of a page's HTML, e.g. "de/index.html". */
    public static String htmlPath(Page page) {
        return page.language().code() + "/" + page.htmlName();
    }

    /** Waits for Asciidoctor and registers flowdoc's extensions with it. */
    public synchronized void prepare() {
        if (converter == null) {
            converter = new PageConverter(asciidoctor.get(), docs.views(), inputs.content(), diagrams);
        }
    }

    /**
     * The HTML pages of both languages, each checked for active content; bodies come from {@code bodies} where the
     * page and what it shows did not change. Asciidoctor's errors are reported to {@code problems}.
     */
    public synchronized Map<String, String> pages(PageBodies bodies, Problems problems) {
        return pages(bodies, problems, (path, html) -> {});
    }

    /**
     * The same, handing each page to {@code ready} as soon as it is rendered while nothing has gone wrong so far
     * (no error reported, none logged by Asciidoctor): the preview writes it at once. A problem found later still
     * fails the whole render; the caller then undoes what it did with the pages it was handed.
     */
    public synchronized Map<String, String> pages(PageBodies bodies, Problems problems, java.util.function.BiConsumer<String, String> ready) {
        return pages(bodies, problems, ready, java.util.Set.of());
    }

    /**
     * The same, rendering the pages at the site paths {@code first} before the others (the pages a browser shows
     * in the preview); the result is the same map in the same order.
     */
    public synchronized Map<String, String> pages(PageBodies bodies, Problems problems, java.util.function.BiConsumer<String, String> ready,
            java.util.Set<String> first) {
        Map<String, String> rendered = new java.util.HashMap<>();
        String words = inputs.theme().messages().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().all())
                .sorted().collect(java.util.stream.Collectors.joining("\n"));
        bodies.context(words, docs.project().release() + "\u0000" + structure());
        List<Page> all = new java.util.ArrayList<>();
        for (Language language : Language.values()) {
            all.addAll(inputs.content().pages(language));
        }
        List<Page> order = new java.util.ArrayList<>(all);
        order.sort(java.util.Comparator.comparing(page -> !first.contains(htmlPath(page))));
        for (Page page : order) {
            String body = bodies.get(page, () -> {
                prepare();
                return converter.convertRecorded(page);
            }, earlier -> {
                prepare();
                return converter.reuse(page, earlier);
            }, recorded -> body(page, recorded, problems));
            String html = layout.render(page, body);
            rendered.put(htmlPath(page), html);
            if (!problems.hasErrors() && (converter == null || !converter.loggedErrors())) {
                ready.accept(htmlPath(page), html);
            }
        }
        if (converter != null) {
            AsciidoctorLog.report(converter.drainLog(), converter::fileOf, problems);
        }
        Map<String, String> pages = new LinkedHashMap<>();
        all.forEach(page -> pages.put(htmlPath(page), rendered.get(htmlPath(page))));
        return pages;
    }

    /**
     * A page's body as the site shows it, checked for active content. The flow tables written in Java come in their
     * final form, beside the converted prose ({@link MacroCalls}); only the prose goes through the post-processing
     * and the check (what FlowTableHtml writes is inert: its own elements, escaped text, relative links). A body kept
     * by {@link PageBodies} was checked when it was made: bodies are kept only from a build without errors.
     */
    private String body(Page page, MacroCalls.Recorded recorded, Problems problems) {
        String prose = RowAttributes.decorate(recorded.prose(), docs.project());
        Optional<String> joined = recorded.join(prose);
        if (joined.isPresent()) {
            ActiveContent.check(page, prose, problems);
            return joined.get();
        }
        // a placeholder did not come through (never seen): the whole body through the post-processing, as before
        prepare();
        String body = RowAttributes.decorate(converter.convert(page), docs.project());
        ActiveContent.check(page, body, problems);
        return body;
    }

    /** Which page shows which flow tables, and every page's title: links and navigation depend on them. */
    private String structure() {
        StringBuilder out = new StringBuilder();
        for (Language language : Language.values()) {
            for (Page page : inputs.content().pages(language)) {
                out.append(language).append('/').append(page.name()).append(':').append(page.title()).append(':')
                        .append(page.flowTables()).append(page.listsMenuPaths()).append('\n');
            }
        }
        return out.toString();
    }

    /** The manual PDFs: the main page's prose as Asciidoctor read it, its tables from the view. */
    public synchronized Map<String, byte[]> manuals() {
        Map<Language, Prose> prose = manualProse();
        ExecutorService pool = pool("flowdoc-manuals");
        try {
            return new PdfSet(docs, inputs.theme(), inputs.buildDate(), diagrams).manuals(prose, pool);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The main page's prose per language; a language without it gets the product's name and the flow table. */
    public synchronized Map<Language, Prose> manualProse() {
        Map<Language, Prose> prose = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            prose.put(language, inputs.content().page(language, ManualPdfWriter.PAGE).map(this::prose)
                    .orElseGet(() -> ManualPdfWriter.tableOnly(docs.project())));
        }
        return prose;
    }

    /** The prose of a page as Asciidoctor reads it, with flowdoc's extensions run (for outputs other than HTML). */
    public synchronized Prose prose(Page page) {
        return prose.computeIfAbsent(page.language().code() + "/" + page.name(), key -> {
            prepare();
            return converter.read(page, ProseReader::read);
        });
    }

    /** The search index of each language ("assets/search-de.js"): the view's groups and rows, menu paths, every page's prose. */
    public synchronized Map<String, String> searchIndexes() {
        Map<String, String> files = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            Map<String, Prose> pages = new LinkedHashMap<>();
            for (Page page : inputs.content().pages(language)) {
                pages.put(page.name(), prose(page));
            }
            files.put(SearchIndexScript.path(language), SearchIndexScript.write(language,
                    new SearchDocs(docs.view(language), inputs.content()).all(pages)));
        }
        return files;
    }

    /**
     * Everything but the pages and the manual PDFs: generated AsciiDoc, exports, site pages, assets, checklists.
     * The parts are independent: they render on a pool of one thread per core (the caller waits), each language's
     * AsciiDoc first (it lays out the diagrams the checklists draw too), then the checklists, longest first.
     */
    public SiteFiles downloads() {
        ExecutorService pool = pool("flowdoc-downloads");
        try {
            List<CompletableFuture<Map<String, String>>> texts = new ArrayList<>();
            for (Language language : Language.values()) {
                texts.add(CompletableFuture.supplyAsync(() -> generatedAsciiDoc(language), pool));
            }
            texts.add(CompletableFuture.supplyAsync(this::exports, pool));
            Map<String, byte[]> checklists = new PdfSet(docs, inputs.theme(), inputs.buildDate(), diagrams).checklists(pool);
            SiteFiles files = new SiteFiles();
            texts.forEach(t -> files.putAllText(join(t)));
            SitePages sitePages = new SitePages(templates, docs.project(), inputs.content(), urls);
            files.put("index.html", sitePages.languageChoice());
            files.put("sitemap.xml", sitePages.sitemap());
            inputs.theme().assets().forEach((path, bytes) -> files.put(PageLayout.ASSETS + path, bytes));
            files.putAll(checklists);
            files.putAllText(addressTemplates());
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Daemon threads, one per core, for the independent documents of {@link #downloads} and {@link #manuals}. */
    private static ExecutorService pool(String name) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Every profile's address template beside its checklist: "LANG/addresses-PROFILE.json". */
    Map<String, String> addressTemplates() {
        Map<String, String> files = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            for (Profile profile : docs.project().deployment().profiles()) {
                files.put(language.code() + "/" + ProfilesSource.addressTemplate(profile),
                        AddressTemplate.write(docs.profile(profile, language).project(), profile.id(), null,
                                inputs.theme().messages()));
            }
        }
        return files;
    }

    /** The generated AsciiDoc of every page: "LANG/NAME.adoc". */
    Map<String, String> generatedAsciiDoc() {
        Map<String, String> files = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            files.putAll(generatedAsciiDoc(language));
        }
        return files;
    }

    /** The generated AsciiDoc of the pages of one language, and the diagrams they show. */
    private Map<String, String> generatedAsciiDoc(Language language) {
        Map<String, String> files = new LinkedHashMap<>();
        PageExpander expander = new PageExpander(docs.views(), inputs.content(), diagrams);
        for (Page page : inputs.content().pages(language)) {
            files.put(language.code() + "/" + page.name() + ".adoc", expander.expand(page));
        }
        // the images the generated AsciiDoc's flowdiagram:: shows
        List<String> svgs = Diagrams.files(diagrams.of(docs.view(language)));
        for (int i = 0; i < svgs.size(); i++) {
            files.put(language.code() + "/" + FlowDiagramMacro.file(i + 1), svgs.get(i));
        }
        return files;
    }

    /** flows.csv per language and flows.json. */
    Map<String, String> exports() {
        Map<String, String> files = new LinkedHashMap<>();
        Content content = inputs.content();
        for (Language language : Language.values()) {
            files.put(language.code() + "/flows.csv", FlowsCsv.write(docs.view(language),
                    group -> content.home(language, group, null, docs.project()).map(Page::htmlName).orElse("index.html")));
        }
        files.put("flows.json", FlowsJson.write(docs.views(), inputs.dataVersion()));
        return files;
    }

    @Override
    public synchronized void close() {
        if (converter != null) {
            converter.close();
        }
    }
}
