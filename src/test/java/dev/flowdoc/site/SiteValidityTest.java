package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.render.pdf.PdfFixtures;
import dev.flowdoc.testing.PdfSafety;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problems;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built site is valid as a whole: every HTML page passes the Nu HTML Checker without errors, every link,
 * anchor, hreflang alternate and sitemap URL leads to a file (and anchor) of the site, every PDF the pages
 * offer exists and reloads in PDFBox with its fonts embedded, its form fields intact and nothing active, and passes
 * veraPDF's PDF/UA-1 rules.
 */
class SiteValidityTest {
    @TempDir
    static Path tmp;
    static Path site;
    static List<Path> pages;
    static List<Path> pdfs;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor).run(TestProjects.REPOSITORY, site, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        pages = files(".html");
        pdfs = files(".pdf");
    }

    static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        // the checker's RELAX NG schema compiles recursively, deeper than a default thread stack
        Throwable[] failure = new Throwable[1];
        Thread checker = new Thread(null, () -> {
            try {
                checkWithNu();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "nu-html-checker", 256L << 20);
        checker.start();
        checker.join();
        if (failure[0] instanceof AssertionError e) {
            throw e;
        } else if (failure[0] != null) {
            throw new AssertionError("the Nu HTML Checker failed", failure[0]);
        }
    }

    private static void checkWithNu() throws Exception {
        EmbeddedValidator nu = new EmbeddedValidator();
        nu.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        // the checker is awake: a broken sample gives errors
        String sample = nu.validate(new java.io.ByteArrayInputStream(
                "<!DOCTYPE html><html lang=en><title>x</title><p><li>x</p><img>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(sample.contains("error"), "the Nu HTML Checker reports a broken sample: " + sample);
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            for (String line : nu.validate(page).split("\n")) {
                if (line.contains(": error:") || line.contains(": fatal:") || line.contains("non-document-error")) {
                    errors.add(site.relativize(page) + ": " + line.substring(line.indexOf(':') + 1));
                }
            }
        }
        assertEquals(List.of(), errors, "Nu HTML Checker errors in " + pages.size() + " pages");
        assertEquals(36, pages.size(), "index.html and four pages per language, at the root and in 12.0.0/, 12.1.0/, 13.0.0/: " + pages);
    }

    @Test
    void everyLinkAnchorAndAlternateOfEveryPageResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : pages) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element e : doc.select("[href], [src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertFalse(ref.matches("(?i)(https?:)?//.*"), file + ": an external resource " + ref);
                String problem = resolve(file, ref);
                if (problem != null) {
                    broken.add(site.relativize(file) + ": <" + e.tagName() + "> " + ref + ": " + problem);
                }
                checked++;
            }
            for (Element alternate : doc.select("link[rel=alternate][hreflang]")) {
                if (!alternate.attr("hreflang").equals("x-default")) {
                    Document other = Jsoup.parse(file.getParent().resolve(alternate.attr("href")).normalize().toFile(), "UTF-8");
                    assertEquals(alternate.attr("hreflang"), other.selectFirst("html").attr("lang"), file + " → " + alternate.attr("href"));
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 90, "checked " + checked + " links");
    }

    /** Null when {@code ref} (relative to {@code file}) leads to a file of the site and, with a fragment, to an id there. */
    private static String resolve(Path file, String ref) throws IOException {
        if (ref.startsWith("mailto:")) {
            return null;
        }
        int hash = ref.indexOf('#');
        String path = hash < 0 ? ref : ref.substring(0, hash);
        Path target = path.isEmpty() ? file : file.getParent().resolve(path.replace('/', File.separatorChar)).normalize();
        if (!target.startsWith(site)) {
            return "leads outside the site";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        if (hash >= 0 && !ref.substring(hash + 1).isEmpty()) {
            if (!target.toString().endsWith(".html")) {
                return "a fragment on a file that is not a page";
            }
            if (Jsoup.parse(target.toFile(), "UTF-8").getElementById(ref.substring(hash + 1)) == null) {
                return "no element with id " + ref.substring(hash + 1);
            }
        }
        return null;
    }

    @Test
    void everySitemapUrlAndItsAlternatesResolve() throws IOException {
        Document sitemap = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        Set<String> locs = new TreeSet<>();
        for (Element url : sitemap.select("url")) {
            String loc = url.selectFirst("loc").text();
            locs.add(loc);
            assertTrue(Files.isRegularFile(site.resolve(loc)), "sitemap: " + loc);
            for (Element alt : url.getElementsByTag("xhtml:link")) {
                assertTrue(Files.isRegularFile(site.resolve(alt.attr("href"))), "sitemap alternate of " + loc + ": " + alt.attr("href"));
            }
        }
        Set<String> languagePages = new TreeSet<>();
        for (Path page : pages) {
            if (!page.getParent().equals(site)) {
                languagePages.add(site.relativize(page).toString().replace(File.separatorChar, '/'));
            }
        }
        assertTrue(locs.containsAll(languagePages), "every page is in the sitemap: " + locs + " vs " + languagePages);
    }

    /** The site folders of the releases data/product.json publishes, the root (13.0.0, the newest) first. */
    private static final List<String> FOLDERS = List.of("", "12.0.0/", "12.1.0/", "13.0.0/");

    /**
     * Every page of every release's site offers the same page in each of the others (the newest at the root), names
     * its own release as the current one, and every release's site has its own PDFs, checklists, exports, diagram
     * and search index.
     */
    @Test
    void everyPageOfEveryReleaseLinksToTheSamePageInTheOthers() throws IOException {
        int checked = 0;
        for (String folder : FOLDERS) {
            for (String file : List.of("flows.json", "de/index.pdf", "en/checklist-full.pdf", "de/flows.csv",
                    "en/flowdiagram-1.svg", "assets/search-de.js", "assets/search-en.js", "index.html")) {
                assertTrue(Files.isRegularFile(site.resolve(folder + file)), folder + file);
            }
            for (Language language : Language.values()) {
                try (Stream<Path> list = Files.list(site.resolve(folder + language.code()))) {
                    for (Path page : list.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                        List<Element> links = doc.select("details.release-switch a");
                        assertEquals(List.of("Version 13.0.0", "Version 12.1.0", "Version 12.0.0"),
                                links.stream().map(Element::text).toList(), folder + page.getFileName());
                        String current = folder.isEmpty() ? "13.0.0" : folder.substring(0, folder.length() - 1);
                        assertEquals("Version " + current, doc.selectFirst("details.release-switch a[aria-current=page]").text(),
                                folder + page.getFileName() + " names its own release");
                        for (Element link : links) {
                            String release = link.text().substring("Version ".length());
                            String expected = (release.equals("13.0.0") ? "" : release + "/") + language.code() + "/" + page.getFileName();
                            assertEquals(expected, site.relativize(page.getParent().resolve(link.attr("href")).normalize())
                                    .toString().replace(File.separatorChar, '/'), folder + page.getFileName() + " → " + release);
                            checked++;
                        }
                    }
                }
            }
        }
        assertEquals(4 * 8 * 3, checked, "three releases offered on each of the 8 pages of the 4 sites");
    }

    /**
     * A page of an older release says so in its language and links to the same page of the newest, which is also
     * its canonical address; the newest release's pages carry no notice, and at the root no canonical link either.
     */
    @Test
    void olderReleasesCarryTheNoticeAndTheCanonicalLinkOfTheNewest() throws IOException {
        Document de = Jsoup.parse(site.resolve("12.1.0/de/index.html").toFile(), "UTF-8");
        Element notice = de.selectFirst("main p.release-notice");
        assertEquals("Sie lesen die Dokumentation für Version 12.1.0. Neueste Version: 13.0.0", notice.text());
        assertEquals("../../de/index.html", notice.selectFirst("a").attr("href"));
        assertEquals("../../de/index.html", de.selectFirst("link[rel=canonical]").attr("href"));
        Document en = Jsoup.parse(site.resolve("12.0.0/en/upgrade.html").toFile(), "UTF-8");
        assertEquals("You are reading the documentation for version 12.0.0. Latest version: 13.0.0",
                en.selectFirst("main p.release-notice").text());
        assertEquals("../../en/upgrade.html", en.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Version 12.0.0", en.selectFirst("header .release").text(), "the header names the page's release");
        for (String newest : List.of("de/index.html", "13.0.0/en/index.html")) {
            Document doc = Jsoup.parse(site.resolve(newest).toFile(), "UTF-8");
            assertEquals(null, doc.selectFirst(".release-notice"), newest);
        }
        assertEquals(null, Jsoup.parse(site.resolve("en/index.html").toFile(), "UTF-8").selectFirst("link[rel=canonical]"));
        assertEquals("../../en/index.html", Jsoup.parse(site.resolve("13.0.0/en/index.html").toFile(), "UTF-8")
                .selectFirst("link[rel=canonical]").attr("href"), "the newest's own folder points to the root");
    }

    /**
     * A row new or changed in the documented release links its annotation to that release's entry on the page of
     * changes, in each release's site and language; the first release (12.0.0) has no entry there, so no link.
     */
    @Test
    void aRowNewInTheDocumentedReleaseLinksToItsEntryOnThePageOfChanges() throws IOException {
        Element de = Jsoup.parse(site.resolve("de/index.html").toFile(), "UTF-8").selectFirst("a.changes-link");
        assertEquals("upgrade.html#release-13-0-0", de.attr("href"));
        assertEquals("(neu in 13.0.0)", de.text());
        Element en = Jsoup.parse(site.resolve("12.1.0/en/index.html").toFile(), "UTF-8").selectFirst("a.changes-link");
        assertEquals("upgrade.html#release-12-1-0", en.attr("href"));
        assertTrue(en.text().startsWith("(new in 12.1.0"), en.text());
        assertNotNull(Jsoup.parse(site.resolve("12.1.0/en/upgrade.html").toFile(), "UTF-8").getElementById("release-12-1-0"));
        for (Language language : Language.values()) {
            assertTrue(Jsoup.parse(site.resolve("12.0.0/" + language.code() + "/index.html").toFile(), "UTF-8")
                    .select("a.changes-link").isEmpty(), "12.0.0 is the first release: no entry to link to");
        }
    }

    /** veraPDF finds no failed PDF/UA-1 rule in any PDF of the site: manuals and profile checklists, both languages. */
    @Test
    void everyPdfPassesPdfUa1() throws IOException {
        assertEquals(24, pdfs.size(), "six in each of the four sites: " + pdfs);
        for (Path pdf : pdfs) {
            assertEquals(List.of(), dev.flowdoc.testing.PdfUa.failedRules(Files.readAllBytes(pdf)), site.relativize(pdf).toString());
        }
    }

    @Test
    void everyPdfReloadsWithFontsEmbeddedFieldsIntactAndNothingActive() throws IOException {
        assertEquals(24, pdfs.size(), "manual and two checklists per language in each of the four sites: " + pdfs);
        for (Language language : Language.values()) {
            for (String name : List.of("index.pdf", "checklist-full.pdf", "checklist-minimal.pdf")) {
                assertTrue(pdfs.contains(site.resolve(language.code()).resolve(name)), language + " " + name);
            }
        }
        for (Path pdf : pdfs) {
            byte[] bytes = Files.readAllBytes(pdf);
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                assertTrue(doc.getNumberOfPages() > 0, pdf.toString());
                PdfFixtures.assertFontsEmbedded(doc);
                assertEquals(List.of(), PdfSafety.activeParts(doc), pdf.toString());
                PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
                if (pdf.getFileName().toString().startsWith("checklist-")) {
                    List<String> fields = assertFieldsIntact(doc, form, pdf);
                    // saved again and reloaded, the form keeps every field
                    ByteArrayOutputStream again = new ByteArrayOutputStream();
                    doc.save(again);
                    try (PDDocument reloaded = Loader.loadPDF(again.toByteArray())) {
                        assertEquals(fields, assertFieldsIntact(reloaded, reloaded.getDocumentCatalog().getAcroForm(null), pdf));
                    }
                    Path other = pdf.getParent().resolveSibling(otherLanguage(pdf)).resolve(pdf.getFileName()); // the same release's
                    try (PDDocument counterpart = Loader.loadPDF(other.toFile())) {
                        assertEquals(fields, assertFieldsIntact(counterpart, counterpart.getDocumentCatalog().getAcroForm(null), other),
                                "the same fields in both languages");
                    }
                }
            }
        }
    }

    private static String otherLanguage(Path pdf) {
        return Language.valueOf(pdf.getParent().getFileName().toString().toUpperCase()).other().code();
    }

    /** Field names are unique; every field has a widget on a page of the document; check boxes have both states. */
    private static List<String> assertFieldsIntact(PDDocument doc, PDAcroForm form, Path pdf) throws IOException {
        assertNotNull(form, pdf + " has a form");
        Set<Object> onPages = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (PDPage page : doc.getPages()) {
            page.getAnnotations().forEach(a -> onPages.add(a.getCOSObject()));
        }
        List<String> names = new ArrayList<>();
        for (PDField field : form.getFieldTree()) {
            if (!(field instanceof PDTerminalField terminal)) {
                continue;
            }
            names.add(field.getFullyQualifiedName());
            assertFalse(terminal.getWidgets().isEmpty(), pdf + ": " + field.getFullyQualifiedName() + " has no widget");
            for (PDAnnotationWidget widget : terminal.getWidgets()) {
                assertTrue(onPages.contains(widget.getCOSObject()), pdf + ": " + field.getFullyQualifiedName() + " is on no page");
            }
            if (field instanceof PDCheckBox box) {
                assertFalse(box.getOnValues().isEmpty(), pdf + ": " + field.getFullyQualifiedName() + " has no on state");
                box.getWidgets().forEach(w -> assertNotNull(w.getAppearance(), pdf + ": " + box.getFullyQualifiedName() + " has no appearance"));
            }
        }
        assertEquals(new HashSet<>(names).size(), names.size(), pdf + ": field names are unique");
        assertTrue(names.size() > 2, pdf + ": " + names);
        return names.stream().sorted().toList();
    }
}
