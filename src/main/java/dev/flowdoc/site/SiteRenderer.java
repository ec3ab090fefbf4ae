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
import dev.flowdoc.render.feed.ChangesAtom;
import dev.flowdoc.render.feed.ReleaseLinks;
import dev.flowdoc.render.feed.ReleasesJson;
import dev.flowdoc.render.firewall.AddressTemplate;
import dev.flowdoc.render.html.PageLayout;
import dev.flowdoc.render.html.ReleaseSites;
import dev.flowdoc.render.html.SitePages;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.render.html.Templates;
import dev.flowdoc.render.page.PageMacros;
import dev.flowdoc.render.page.Prose;
import dev.flowdoc.render.pdf.ChecklistWriter;
import dev.flowdoc.render.pdf.ManualPdfWriter;
import dev.flowdoc.render.pdf.PdfSet;
import dev.flowdoc.render.search.SearchDocs;
import dev.flowdoc.render.search.SearchIndexScript;
import dev.flowdoc.view.Documentation;
import dev.flowdoc.view.delta.ReleaseHistory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
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
    private final Fingerprints prints;
    private final PageOutputs pages;
    private final ReleaseSites releases;

    public SiteRenderer(Inputs inputs, Documentation docs, SiteUrls urls, Supplier<Asciidoctor> asciidoctor) {
        this(inputs, docs, urls, asciidoctor, new Diagrams(), Memo.off());
    }

    /** {@code diagrams}: the layouts to reuse (a graph is a value; its layout depends on nothing else). */
    public SiteRenderer(Inputs inputs, Documentation docs, SiteUrls urls, Supplier<Asciidoctor> asciidoctor, Diagrams diagrams,
            Memo memo) {
        this(inputs, docs, urls, asciidoctor, diagrams, memo, ReleaseSites.NONE);
    }

    /**
     * {@code releases}: the releases published beside this one (the switcher, the notice, the canonical link, the
     * sitemap); {@code urls} are the site root's. The files are named inside this release's folder.
     */
    public SiteRenderer(Inputs inputs, Documentation docs, SiteUrls urls, Supplier<Asciidoctor> asciidoctor, Diagrams diagrams,
            Memo memo, ReleaseSites releases) {
        this.releases = releases;
        this.inputs = inputs;
        this.docs = docs;
        this.urls = urls;
        this.asciidoctor = asciidoctor;
        this.diagrams = diagrams;
        this.memo = memo;
        this.templates = new Templates(inputs.theme());
        this.layout = new PageLayout(templates, docs.project(), inputs.content(), urls, releases);
        this.prints = new Fingerprints(inputs, docs);
        this.pages = new PageOutputs(inputs, docs, layout, asciidoctor, memo, prints, this::diagramHtml);
    }

    /** The site path of a page's HTML, e.g. "de/index.html". */
    public static String htmlPath(Page page) {
        return page.language().code() + "/" + page.htmlName();
    }

    /**
     * A language's zone diagrams as the pages show them (inline SVG, each wide and tall: the CSS shows the tall one on
     * a phone), made from the data and the words.
     */
    private List<String> diagramHtml(Language language) {
        return Memo.strings(memo.file("svg " + language.code(), Key.of("svg", language.code(), prints.data(), prints.words()),
                () -> Memo.strings(Diagrams.svg(diagrams.of(docs.view(language)),
                        diagrams.of(docs.view(language), dev.flowdoc.render.diagram.Orientation.TALL)))));
    }

    /** True when some page must be converted: Asciidoctor will be needed (a caller may start it ahead). */
    public boolean needsAsciidoctor() {
        return pages.needsAsciidoctor();
    }

    /** The HTML pages of both languages, each checked for active content; what Asciidoctor logged goes to {@code problems}. */
    public Map<String, String> pages(Problems problems) {
        return pages.pages(problems, (path, html) -> {}, Set.of());
    }

    /**
     * The same, rendering the pages at the site paths {@code first} before the others (the pages a browser shows in
     * the preview) and handing each to {@code ready} as soon as it is rendered while nothing has gone wrong so far.
     */
    public Map<String, String> pages(Problems problems, BiConsumer<String, String> ready, Set<String> first) {
        return pages.pages(problems, ready, first);
    }

    /** The prose of a page as Asciidoctor read it, with flowdoc's extensions run (for outputs other than HTML). */
    public Prose prose(Page page) {
        return pages.prose(page);
    }

    // ---- the PDFs

    /** The manual PDFs: the main page's prose as Asciidoctor read it, its tables from the view. */
    public Map<String, byte[]> manuals() {
        Map<Language, Prose> prose = manualProse();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            files.put(PdfSet.manualPath(language), memo.file("manual " + language.code(),
                    Key.of("manual", language.code(), prints.data(), prints.themeAndDate(), Memo.json(prose.get(language))),
                    () -> pdf(out -> new ManualPdfWriter(docs.view(language), prose.get(language), inputs.theme(),
                            inputs.buildDate(), diagrams).write(out))));
        }
        return files;
    }

    /** One profile's checklist PDF in one language, by its site path (as {@link PdfSet#checklists} writes it). */
    Map<String, byte[]> checklist(Language language, Profile profile) {
        byte[] pdf = memo.file("checklist " + language.code() + "/" + profile.id(),
                Key.of("checklist", language.code(), profile.id(), prints.data(), prints.themeAndDate()),
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

    /** flows.csv, flows.json, the language choice, the sitemap, the change feeds, the theme's assets, the address templates. */
    Map<String, byte[]> exportsAndAssets() {
        SiteFiles files = new SiteFiles();
        files.putAllText(exports());
        SitePages sitePages = new SitePages(templates, docs.project(), inputs.content(), urls, releases);
        files.put("index.html", sitePages.languageChoice());
        if (releases.folder().isEmpty()) {
            files.put("sitemap.xml", sitePages.sitemap()); // one for the whole site, every release's pages in it
            files.putAllText(changeFeeds()); // one set for the whole site too, every release in it
        }
        inputs.theme().assets().forEach((path, bytes) -> files.put(PageLayout.ASSETS + path, bytes));
        files.putAllText(addressTemplates());
        return files.all();
    }

    /**
     * The change feeds: releases.json at the root and LANG/changes.atom, from the deltas between the releases up to
     * the documented one, made from the data, the words, the pages (which one is the upgrade page), the site's address
     * and the build date (a release without a date).
     */
    Map<String, String> changeFeeds() {
        List<String> made = Memo.strings(memo.file("feeds", Key.of("feeds", prints.data(), prints.words(), prints.structure(),
                urls.baseUrl(), inputs.buildDate().toEpochMilli()), () -> {
                    ReleaseLinks sites = new ReleaseLinks(ReleaseHistory.of(docs.project(), inputs.theme().messages()), inputs.content());
                    List<String> texts = new ArrayList<>();
                    texts.add(ReleasesJson.write(sites, inputs.theme().messages()));
                    for (Language language : Language.values()) {
                        texts.add(ChangesAtom.write(sites, inputs.theme().messages(language), urls, inputs.buildDate()));
                    }
                    return Memo.strings(texts);
                }));
        Map<String, String> files = new LinkedHashMap<>();
        files.put(ReleasesJson.PATH, made.get(0));
        for (Language language : Language.values()) {
            files.put(ChangesAtom.path(language), made.get(1 + language.ordinal()));
        }
        return files;
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
                files.put(language.code() + "/" + page.name() + ".adoc", memo.file("adoc " + Fingerprints.id(page),
                        Key.of("adoc", Fingerprints.id(page), page.source(), prints.words(), Macros.named(page.source()) || !page.macros().isEmpty()
                                ? prints.data() + prints.structure() : ""),
                        () -> expander.expand(page).getBytes(StandardCharsets.UTF_8)));
            }
            // the images the generated AsciiDoc's flowdiagram:: shows
            List<String> svgs = Memo.strings(memo.file("svg files " + language.code(), Key.of("svg files", language.code(), prints.data(), prints.words()),
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
    public void close() {
        pages.close();
    }
}
