package dev.flowdoc.site;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.render.adoc.FlowDiagramMacro;
import dev.flowdoc.render.adoc.MacroCalls;
import dev.flowdoc.render.adoc.PageConverter;
import dev.flowdoc.render.diagram.Diagrams;
import dev.flowdoc.render.adoc.PageExpander;
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
import dev.flowdoc.diag.Problems;
import dev.flowdoc.view.Documentation;
import dev.flowdoc.render.pdf.ChecklistWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.flowdoc.model.Profile;
import dev.flowdoc.render.adoc.ProfilesSource;
import dev.flowdoc.render.firewall.AddressTemplate;
import java.util.function.Supplier;
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
    private final BuildCache cache;
    /** The key of each page's entry in the cache ("de/index"), made once. */
    private Map<String, String> keys;

    public SiteRenderer(Inputs inputs, Documentation docs, SiteUrls urls, Supplier<Asciidoctor> asciidoctor) {
        this(inputs, docs, urls, asciidoctor, new Diagrams());
    }

    /**
     * {@code diagrams}: the layouts to reuse; a graph is a value and its layout depends on nothing else, so a
     * diagram kept from an earlier build is the one this build would lay out.
     */
    public SiteRenderer(Inputs inputs, Documentation docs, SiteUrls urls, Supplier<Asciidoctor> asciidoctor, Diagrams diagrams) {
        this(inputs, docs, urls, asciidoctor, diagrams, BuildCache.off());
    }

    /**
     * {@code cache}: what Asciidoctor made of each page in an earlier build (body, prose, log); a page found there
     * is not converted, and Asciidoctor is not asked for at all when every page is found.
     */
    public SiteRenderer(Inputs inputs, Documentation docs, SiteUrls urls, Supplier<Asciidoctor> asciidoctor, Diagrams diagrams,
            BuildCache cache) {
        this.cache = cache;
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
     * page and what it shows did not change, or, with a build cache, from the cache (with the page's prose and
     * what Asciidoctor logged for it). Asciidoctor's warnings and errors are reported to {@code problems}.
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
        bodies.context(words(), docs.project().release() + "\u0000" + structure());
        List<BuildCache.Logged> logged = new ArrayList<>();
        Map<BuildCache.Logged, String> fileOf = new java.util.IdentityHashMap<>();
        boolean loggedErrors = false;
        List<Page> all = new ArrayList<>();
        for (Language language : Language.values()) {
            all.addAll(inputs.content().pages(language));
        }
        List<Page> order = new ArrayList<>(all);
        order.sort(java.util.Comparator.comparing(page -> !first.contains(htmlPath(page))));
        for (Page page : order) {
            String body;
            List<BuildCache.Logged> log;
            if (cache.enabled()) {
                // a body from the cache passed the active-content check in the build that wrote it (a failed build writes nothing)
                BuildCache.PageResult result = cache.get(keys().get(id(page))).orElseGet(() -> convert(page, problems));
                prose.put(id(page), result.prose());
                body = result.body();
                log = result.log();
            } else {
                body = bodies.get(page, () -> {
                    prepare();
                    return converter.convertRecorded(page);
                }, earlier -> {
                    prepare();
                    return converter.reuse(page, earlier);
                }, recorded -> body(page, recorded, problems));
                log = drainLog();
            }
            for (BuildCache.Logged l : log) {
                logged.add(l);
                fileOf.put(l, page.location().file());
                loggedErrors |= l.error();
            }
            String html = layout.render(page, body);
            rendered.put(htmlPath(page), html);
            if (!problems.hasErrors() && !loggedErrors) {
                ready.accept(htmlPath(page), html);
            }
        }
        AsciidoctorLog.report(logged, fileOf::get, problems);
        Map<String, String> pages = new LinkedHashMap<>();
        all.forEach(page -> pages.put(htmlPath(page), rendered.get(htmlPath(page))));
        return pages;
    }

    /**
     * A page's body as the site shows it, checked for active content. The flow tables written in Java come in their
     * final form, beside the converted prose ({@link MacroCalls}); only the prose goes through the post-processing
     * and the check (what FlowTableHtml writes is inert: its own elements, escaped text, relative links). A body kept
     * by {@link PageBodies} or the build cache was checked when it was made: they keep bodies only from a build without errors.
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

    /** True when some page is not in the cache: Asciidoctor will be needed (a caller may start it ahead). */
    public synchronized boolean needsAsciidoctor() {
        if (!cache.enabled()) {
            return true;
        }
        for (Language language : Language.values()) {
            for (Page page : inputs.content().pages(language)) {
                if (cache.get(keys().get(id(page))).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The page converted now (body, prose, log), checked, and put into the cache. */
    private BuildCache.PageResult convert(Page page, Problems problems) {
        prepare();
        String body = body(page, converter.convertRecorded(page), problems);
        List<BuildCache.Logged> log = drainLog();
        BuildCache.PageResult made = new BuildCache.PageResult(body, converter.read(page, ProseReader::read), log);
        cache.put(keys().get(id(page)), made);
        return made;
    }

    /** What Asciidoctor logged since the last call, as the cache keeps it. */
    private List<BuildCache.Logged> drainLog() {
        return converter == null ? List.of() : AsciidoctorLog.logged(converter.drainLog());
    }

    private static String id(Page page) {
        return page.language().code() + "/" + page.name();
    }

    /**
     * The cache key of every page: its language, name and source, the theme's words, and, unless the page can
     * show no data (no flowdoc macro and none of their names in its source), the data, the release and the
     * structure of the pages ({@link #dataContext}). The cache adds flowdoc's identity.
     */
    private Map<String, String> keys() {
        if (keys == null) {
            keys = new java.util.HashMap<>();
            String words = BuildCache.hash(words());
            for (Language language : Language.values()) {
                for (Page page : inputs.content().pages(language)) {
                    keys.put(id(page), cache.key(id(page), page.source(), words, pageDataHash(page)));
                }
            }
        }
        return keys;
    }

    /** The names of flowdoc's macros: a page that names none of them shows nothing of the data. */
    private static final List<String> MACROS = List.of("flowtable", "flowdiagram", "releasechanges", "menupath",
            "endpoints", "profiles", "flow:", "group:", "chapter:");

    private static boolean showsData(Page page) {
        return !page.macros().isEmpty() || MACROS.stream().anyMatch(page.source()::contains);
    }

    /** The theme's words per language, in a fixed order (a Map.copyOf iterates in an order of its own in every JVM). */
    private String words() {
        return inputs.theme().messages().entrySet().stream().map(e -> e.getKey() + "=" + new java.util.TreeMap<>(e.getValue().all()))
                .sorted().collect(java.util.stream.Collectors.joining("\n"));
    }

    /** What a page showing data depends on besides its source and the words. */
    private String dataContext() {
        return inputs.dataVersion() + "\u0000" + docs.project().release() + "\u0000" + structure();
    }

    /**
     * Which page shows which flow tables, every page's title and the macros each page uses: links, navigation
     * and the page of menu paths (it lists the entries every page names) depend on them.
     */
    private String structure() {
        StringBuilder out = new StringBuilder();
        for (Language language : Language.values()) {
            for (Page page : inputs.content().pages(language)) {
                out.append(language).append('/').append(page.name()).append(':').append(page.title()).append(':')
                        .append(page.flowTables()).append(page.listsMenuPaths()).append(':');
                // the page of menu paths lists the entries other pages name (menupath:ID[])
                page.macros().forEach(m -> out.append(m.name()).append(m.block() ? "::" : ":").append(m.target()).append(' '));
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The manual PDFs: the main page's prose as Asciidoctor read it, its tables from the view. With a build cache,
     * a manual whose data, release, words, theme, date and prose are unchanged comes from there.
     */
    public synchronized Map<String, byte[]> manuals() {
        Map<Language, Prose> prose = manualProse();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            files.put(PdfSet.manualPath(language), cache.file(
                    () -> cache.key("manual", language.code(), pdfInputs(), proseHash(prose.get(language))),
                    () -> pdf(out -> new ManualPdfWriter(docs.view(language), prose.get(language), inputs.theme(),
                            inputs.buildDate(), diagrams).write(out))));
        }
        return files;
    }

    private interface PdfWriting {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] pdf(PdfWriting writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            writing.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * What every PDF is made from besides its language, profile or prose: the data and the release (the views,
     * the diagrams), the theme (words, fonts and the rest) and the build date. Made once.
     */
    private String pdfInputs() {
        synchronized (pdfLock) {
            return pdfInputsLocked();
        }
    }

    private final Object pdfLock = new Object();

    private String pdfInputsLocked() {
        if (pdfInputs == null) {
            java.security.MessageDigest sha;
            try {
                sha = java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            java.util.function.Consumer<String> text = t -> {
                byte[] b = t.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                sha.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
                sha.update(b);
            };
            java.util.function.BiConsumer<String, byte[]> file = (name, bytes) -> {
                text.accept(name);
                sha.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            };
            text.accept(inputs.dataVersion());
            text.accept(String.valueOf(docs.project().release()));
            text.accept(String.valueOf(inputs.buildDate().toEpochMilli()));
            text.accept(words());
            text.accept(String.valueOf(inputs.theme().declaredFonts()));
            new java.util.TreeMap<>(inputs.theme().fonts()).forEach(file);
            new java.util.TreeMap<>(inputs.theme().templates()).forEach((name, t) -> text.accept(name + "\u0000" + t));
            new java.util.TreeMap<>(inputs.theme().assets()).forEach(file);
            pdfInputs = java.util.HexFormat.of().formatHex(sha.digest());
        }
        return pdfInputs;
    }

    private String pdfInputs;

    private static String proseHash(Prose prose) {
        var bytes = new ByteArrayOutputStream();
        try {
            ProseCodec.write(prose, new java.io.DataOutputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BuildCache.hash(java.util.HexFormat.of().formatHex(bytes.toByteArray()));
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

    /** Everything but the pages and the manual PDFs: generated AsciiDoc, exports, site pages, assets, checklists. */
    public SiteFiles downloads() {
        RenderQueue parts = downloadParts();
        parts.start(1);
        try {
            return parts.helpAndJoin();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The downloads as independent parts, largest first: one checklist per language and profile, the generated
     * AsciiDoc (with the diagrams' SVG files), exports and assets. Not started: the build runs them beside the pages.
     */
    RenderQueue downloadParts() {
        RenderQueue parts = new RenderQueue();
        // the longest checklists first, the languages alternating: the checklists of one language draw its diagrams,
        // and two threads drawing them at once would wait for each other's layouts
        record Checklist(Language language, Profile profile, long rows) {}
        List<Checklist> checklists = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Profile profile : docs.project().deployment().profiles()) {
                checklists.add(new Checklist(language, profile, docs.profile(profile, language).rows().count()));
            }
        }
        checklists.sort(java.util.Comparator.comparingLong(Checklist::rows).reversed());
        for (Checklist c : checklists) {
            parts.add(() -> checklist(c.language(), c.profile()));
        }
        parts.add(this::generatedAsciiDoc);
        parts.add(this::exportsAndAssets);
        return parts;
    }

    /** flows.csv, flows.json, the language choice, the sitemap, the theme's assets, the address templates. */
    Map<String, byte[]> exportsAndAssets() {
        SiteFiles files = new SiteFiles();
        files.putAllText(exports());
        SitePages sitePages = new SitePages(templates, docs.project(), inputs.content(), urls);
        files.put("index.html", sitePages.languageChoice());
        files.put("sitemap.xml", sitePages.sitemap());
        inputs.theme().assets().forEach((path, bytes) -> files.put(PageLayout.ASSETS + path, bytes));
        files.putAllText(addressTemplates());
        return files.all();
    }

    /**
     * One profile's checklist PDF in one language, by its site path (as {@link PdfSet#checklists} writes it); with
     * a build cache, from there when its data, release, words, theme and date are unchanged.
     */
    Map<String, byte[]> checklist(Language language, Profile profile) {
        byte[] pdf = cache.file(() -> cache.key("checklist", language.code(), profile.id(), pdfInputs()),
                () -> pdf(out -> new ChecklistWriter(docs.view(language), inputs.theme(), inputs.buildDate(), diagrams)
                        .write(docs.profile(profile, language), profile, out)));
        return Map.of(PdfSet.checklistPath(language, profile), pdf);
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

    /**
     * The generated AsciiDoc of every page ("LANG/NAME.adoc") and the diagrams' SVG files it shows; with a build
     * cache, a page's AsciiDoc comes from there under the key of its body (it shows the same), and a language's SVG
     * files under the hash of its data, release and words, so that an unchanged build lays out no diagram.
     */
    Map<String, byte[]> generatedAsciiDoc() {
        SiteFiles files = new SiteFiles();
        PageExpander expander = new PageExpander(docs.views(), inputs.content(), diagrams);
        String words = cache.enabled() ? BuildCache.hash(words()) : "";
        for (Language language : Language.values()) {
            for (Page page : inputs.content().pages(language)) {
                files.put(language.code() + "/" + page.name() + ".adoc", cache.file(
                        () -> cache.key("adoc", id(page), page.source(), words, pageDataHash(page)),
                        () -> expander.expand(page).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            // the images the generated AsciiDoc's flowdiagram:: shows
            List<String> svgs = cache.enabled()
                    ? strings(cache.file(() -> cache.key("svg", language.code(), inputs.dataVersion(),
                            String.valueOf(docs.project().release()), words),
                            () -> strings(Diagrams.files(diagrams.of(docs.view(language))))))
                            .orElseGet(() -> Diagrams.files(diagrams.of(docs.view(language))))
                    : Diagrams.files(diagrams.of(docs.view(language)));
            for (int i = 0; i < svgs.size(); i++) {
                files.put(language.code() + "/" + FlowDiagramMacro.file(i + 1), svgs.get(i));
            }
        }
        return files.all();
    }

    /** The data part of a page's key: the data context for a page that shows data, nothing for one that does not. */
    private String pageDataHash(Page page) {
        synchronized (pdfLock) {
            if (dataHash == null) {
                dataHash = BuildCache.hash(dataContext());
            }
        }
        return showsData(page) ? dataHash : "";
    }

    private String dataHash;

    private static byte[] strings(List<String> list) {
        var bytes = new ByteArrayOutputStream();
        try {
            var out = new java.io.DataOutputStream(bytes);
            out.writeInt(list.size());
            for (String s : list) {
                ProseCodec.string(s, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Optional<List<String>> strings(byte[] bytes) {
        try {
            var in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes));
            int n = ProseCodec.count(in.readInt());
            List<String> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(ProseCodec.nonNull(in));
            }
            return in.available() == 0 ? Optional.of(list) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
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
