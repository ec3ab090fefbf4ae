package dev.flowdoc.site;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Profile;
import dev.flowdoc.render.adoc.Macros;
import dev.flowdoc.render.adoc.PageExpander;
import dev.flowdoc.render.adoc.ProfilesSource;
import dev.flowdoc.render.diagram.Diagrams;
import dev.flowdoc.render.export.FlowsCsv;
import dev.flowdoc.render.export.FlowsJson;
import dev.flowdoc.render.firewall.AddressTemplate;
import dev.flowdoc.render.html.ActiveContent;
import dev.flowdoc.render.html.PageLayout;
import dev.flowdoc.render.html.RowAttributes;
import dev.flowdoc.render.html.SitePages;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.render.html.Templates;
import dev.flowdoc.render.page.MacroCalls;
import dev.flowdoc.render.page.PageConverter;
import dev.flowdoc.render.page.PageMacros;
import dev.flowdoc.render.page.Prose;
import dev.flowdoc.render.pdf.ChecklistWriter;
import dev.flowdoc.render.pdf.ManualPdfWriter;
import dev.flowdoc.render.pdf.PdfSet;
import dev.flowdoc.render.search.SearchDocs;
import dev.flowdoc.render.search.SearchIndexScript;
import dev.flowdoc.view.Documentation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.asciidoctor.Asciidoctor;

/**
 * The render stage: every output of the site as a function of the views and the theme, as files in memory. Each
 * costly output declares what it is made from (its {@link Key}) beside how it is made, and is taken from the
 * {@link Memo} when made before from the same: a page's conversion while replaying its macro calls gives the same
 * output ({@link PageMacros#replay}), a PDF, generated AsciiDoc or diagram under its key. The files are the same
 * either way. Asciidoctor is asked for only when a page must be converted.
 */
public final class SiteRenderer implements AutoCloseable {
    private final Inputs inputs;
    private final Documentation docs;
    private final SiteUrls urls;
    private final Supplier<Asciidoctor> asciidoctor;
    private final Templates templates;
    private final PageLayout layout;
    /** Laid out once per build (or kept by serve across its runs), drawn by the pages, the generated AsciiDoc and the PDFs. */
    private final Diagrams diagrams;
    private final Memo memo;
    private final PageMacros macros;
    private PageConverter converter;
    /** Each page's entry of this run ("de/index"), once rendered. */
    private final Map<String, Memo.Page> done = new HashMap<>();
    private final Problems pageProblems = new Problems();

    public SiteRenderer(Inputs inputs, Documentation docs, SiteUrls urls, Supplier<Asciidoctor> asciidoctor) {
        this(inputs, docs, urls, asciidoctor, new Diagrams(), Memo.off());
    }

    /** {@code diagrams}: the layouts to reuse (a graph is a value; its layout depends on nothing else). */
    public SiteRenderer(Inputs inputs, Documentation docs, SiteUrls urls, Supplier<Asciidoctor> asciidoctor, Diagrams diagrams,
            Memo memo) {
        this.inputs = inputs;
        this.docs = docs;
        this.urls = urls;
        this.asciidoctor = asciidoctor;
        this.diagrams = diagrams;
        this.memo = memo;
        this.templates = new Templates(inputs.theme());
        this.layout = new PageLayout(templates, docs.project(), inputs.content(), urls);
        this.macros = new PageMacros(docs.views(), inputs.content(), this::diagramHtml);
    }

    /** The site path of a page's HTML, e.g. "de/index.html". */
    public static String htmlPath(Page page) {
        return page.language().code() + "/" + page.htmlName();
    }

    private static String id(Page page) {
        return page.language().code() + "/" + page.name();
    }

    private List<Page> allPages() {
        List<Page> all = new ArrayList<>();
        for (Language language : Language.values()) {
            all.addAll(inputs.content().pages(language));
        }
        return all;
    }

    // ---- what the inputs are, as fingerprints for the keys below (each made once)

    private final Map<String, String> fingerprints = new HashMap<>();

    private synchronized String fingerprint(String name, Supplier<String> of) {
        return fingerprints.computeIfAbsent(name, n -> Key.hash(of.get()));
    }

    /** The theme's words per language, in a fixed order. */
    private String words() {
        return fingerprint("words", () -> inputs.theme().messages().entrySet().stream()
                .map(e -> e.getKey() + "=" + new TreeMap<>(e.getValue().all())).sorted().collect(Collectors.joining("\n")));
    }

    /** The data as loaded and the release documented. */
    private String data() {
        return fingerprint("data", () -> inputs.dataVersion() + "\u0000" + docs.project().release());
    }

    /** The whole theme (words, fonts, templates, assets) and the build date: what every PDF is made from besides the data. */
    private String themeAndDate() {
        return fingerprint("theme", () -> {
            StringBuilder out = new StringBuilder(words()).append('\n').append(inputs.buildDate().toEpochMilli())
                    .append('\n').append(inputs.theme().declaredFonts());
            new TreeMap<>(inputs.theme().fonts()).forEach((name, bytes) -> out.append(name).append(Key.hash(new String(bytes, StandardCharsets.ISO_8859_1))));
            new TreeMap<>(inputs.theme().templates()).forEach((name, t) -> out.append(name).append('\u0000').append(t));
            new TreeMap<>(inputs.theme().assets()).forEach((name, bytes) -> out.append(name).append(Key.hash(new String(bytes, StandardCharsets.ISO_8859_1))));
            return out.toString();
        });
    }

    /**
     * Which page shows which flow tables, every page's title and the macros each page uses: links, navigation and the
     * page of menu paths (it lists the entries every page names) depend on them.
     */
    private String structure() {
        return fingerprint("structure", () -> {
            StringBuilder out = new StringBuilder();
            for (Page page : allPages()) {
                out.append(id(page)).append(':').append(page.title()).append(':').append(page.flowTables())
                        .append(page.listsMenuPaths()).append(':');
                page.macros().forEach(m -> out.append(m.name()).append(m.block() ? "::" : ":").append(m.target()).append(' '));
                out.append('\n');
            }
            return out.toString();
        });
    }

    /** A language's zone diagrams as the pages show them (inline SVG), made from the data and the words. */
    private List<String> diagramHtml(Language language) {
        return Memo.strings(memo.file("svg " + language.code(), Key.of("svg", language.code(), data(), words()),
                () -> Memo.strings(Diagrams.svg(diagrams.of(docs.view(language))))));
    }

    // ---- the pages

    /**
     * A page's conversion is made from its language, name and source, the theme's words, the release and the pages'
     * structure; the data reaches it only through its macro calls, which are replayed before it is used.
     */
    private Key pageKey(Page page) {
        return Key.of("page", id(page), page.source(), words(), docs.project().release(), structure());
    }

    /** The page's entry for this run: kept and replayed where its calls give the same output, else converted now. */
    private synchronized Memo.Page page(Page page) {
        Memo.Page entry = reused(page).orElse(null);
        if (entry == null) {
            PageConverter.Converted converted = converter().convert(page);
            entry = new Memo.Page(pageKey(page).hash(), converted.recorded(), converted.prose(),
                    AsciidoctorLog.logged(converted.log()), finish(page, converted.recorded(), pageProblems));
            memo.page(id(page), entry, page.location().file());
            done.put(id(page), entry);
        }
        return entry;
    }

    /** The page's entry of this run if it is made already or kept and replays to the same output. */
    private synchronized Optional<Memo.Page> reused(Page page) {
        Memo.Page entry = done.get(id(page));
        if (entry != null) {
            return Optional.of(entry);
        }
        Key key = pageKey(page);
        Optional<Memo.Page> kept = memo.page(id(page), key);
        Optional<MacroCalls.Recorded> again = kept.flatMap(k -> macros.replay(page, k.recorded()));
        if (again.isEmpty()) {
            return Optional.empty();
        }
        Memo.Page before = kept.get();
        boolean sameProse = again.get().prose().equals(before.recorded().prose());
        entry = new Memo.Page(key.hash(), again.get(), before.prose(), before.log(),
                sameProse ? before.html() : finish(page, again.get(), pageProblems));
        memo.page(id(page), entry, null);
        done.put(id(page), entry);
        return Optional.of(entry);
    }

    /** The prose of a conversion post-processed (the rows' and cells' attributes) and checked for active content. */
    private String finish(Page page, MacroCalls.Recorded recorded, Problems problems) {
        String prose = RowAttributes.decorate(recorded.prose());
        ActiveContent.check(page, prose, problems);
        return prose;
    }

    private synchronized PageConverter converter() {
        if (converter == null) {
            converter = new PageConverter(asciidoctor.get(), macros);
        }
        return converter;
    }

    /** True when some page must be converted: Asciidoctor will be needed (a caller may start it ahead). */
    public synchronized boolean needsAsciidoctor() {
        return allPages().stream().anyMatch(page -> reused(page).isEmpty());
    }

    /** The HTML pages of both languages, each checked for active content; what Asciidoctor logged goes to {@code problems}. */
    public synchronized Map<String, String> pages(Problems problems) {
        return pages(problems, (path, html) -> {}, Set.of());
    }

    /**
     * The same, rendering the pages at the site paths {@code first} before the others (the pages a browser shows in
     * the preview) and handing each to {@code ready} as soon as it is rendered while nothing has gone wrong so far.
     */
    public synchronized Map<String, String> pages(Problems problems, BiConsumer<String, String> ready, Set<String> first) {
        Map<String, String> rendered = new HashMap<>();
        List<Page> order = new ArrayList<>(allPages());
        order.sort(Comparator.comparing(page -> !first.contains(htmlPath(page))));
        boolean failed = false;
        for (Page page : order) {
            Memo.Page entry = page(page);
            Problems logged = new Problems();
            AsciidoctorLog.report(entry.log(), page.location().file(), logged);
            failed |= logged.hasErrors() || pageProblems.hasErrors() || problems.hasErrors();
            Optional<String> body = entry.recorded().join(entry.html());
            if (body.isEmpty()) {
                pageProblems.error(dev.flowdoc.model.Location.of(page.location().file()),
                        "a flow table stands where its HTML cannot go (in a table cell, a list or a passthrough): put flowtable:: on a line of its own");
                failed = true;
            }
            String html = layout.render(page, body.orElse(""));
            rendered.put(htmlPath(page), html);
            if (!failed) {
                ready.accept(htmlPath(page), html);
            }
        }
        for (Page page : allPages()) {
            AsciidoctorLog.report(page(page).log(), page.location().file(), problems);
        }
        problems.addAll(pageProblems);
        Map<String, String> pages = new LinkedHashMap<>();
        allPages().forEach(page -> pages.put(htmlPath(page), rendered.get(htmlPath(page))));
        return pages;
    }

    /** The prose of a page as Asciidoctor read it, with flowdoc's extensions run (for outputs other than HTML). */
    public Prose prose(Page page) {
        return page(page).prose();
    }

    // ---- the PDFs

    /** The manual PDFs: the main page's prose as Asciidoctor read it, its tables from the view. */
    public Map<String, byte[]> manuals() {
        Map<Language, Prose> prose = manualProse();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            files.put(PdfSet.manualPath(language), memo.file("manual " + language.code(),
                    Key.of("manual", language.code(), data(), themeAndDate(), Memo.json(prose.get(language))),
                    () -> pdf(out -> new ManualPdfWriter(docs.view(language), prose.get(language), inputs.theme(),
                            inputs.buildDate(), diagrams).write(out))));
        }
        return files;
    }

    /** One profile's checklist PDF in one language, by its site path (as {@link PdfSet#checklists} writes it). */
    Map<String, byte[]> checklist(Language language, Profile profile) {
        byte[] pdf = memo.file("checklist " + language.code() + "/" + profile.id(),
                Key.of("checklist", language.code(), profile.id(), data(), themeAndDate()),
                () -> pdf(out -> new ChecklistWriter(docs.view(language), inputs.theme(), inputs.buildDate(), diagrams)
                        .write(docs.profile(profile, language), profile, out)));
        return Map.of(PdfSet.checklistPath(language, profile), pdf);
    }

    /** The main page's prose per language; a language without it gets the product's name and the flow table. */
    public Map<Language, Prose> manualProse() {
        Map<Language, Prose> prose = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            prose.put(language, inputs.content().page(language, ManualPdfWriter.PAGE).map(this::prose)
                    .orElseGet(() -> ManualPdfWriter.tableOnly(docs.project())));
        }
        return prose;
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
     * The generated AsciiDoc of every page ("LANG/NAME.adoc"), made from the page's source, the words, the data and
     * the pages' structure, and the diagrams' SVG files it shows, made from the data and the words.
     */
    Map<String, byte[]> generatedAsciiDoc() {
        SiteFiles files = new SiteFiles();
        PageExpander expander = new PageExpander(docs.views(), inputs.content(), diagrams);
        for (Language language : Language.values()) {
            for (Page page : inputs.content().pages(language)) {
                files.put(language.code() + "/" + page.name() + ".adoc", memo.file("adoc " + id(page),
                        Key.of("adoc", id(page), page.source(), words(), Macros.named(page.source()) || !page.macros().isEmpty()
                                ? data() + structure() : ""),
                        () -> expander.expand(page).getBytes(StandardCharsets.UTF_8)));
            }
            // the images the generated AsciiDoc's flowdiagram:: shows
            List<String> svgs = Memo.strings(memo.file("svg files " + language.code(), Key.of("svg files", language.code(), data(), words()),
                    () -> Memo.strings(Diagrams.files(diagrams.of(docs.view(language))))));
            for (int i = 0; i < svgs.size(); i++) {
                files.put(language.code() + "/" + Macros.diagramFile(i + 1), svgs.get(i));
            }
        }
        return files.all();
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
