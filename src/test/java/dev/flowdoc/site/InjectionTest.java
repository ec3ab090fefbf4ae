package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Messages;
import dev.flowdoc.render.page.PageConverter;
import dev.flowdoc.render.page.PageMacros;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.render.pdf.PdfFixtures;
import dev.flowdoc.testing.PdfSafety;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing in the data reaches a reader as code, in HTML or in PDF: a flow description and a group title full
 * of markup, AsciiDoc syntax and script URLs come out as the same literal text. Content pages cannot read
 * files: SECURE mode turns include:: into nothing that reads a file, and validation refuses it before that.
 */
class InjectionTest {
    /** No double quotes or backslashes: the text goes into data/flows.json as is. */
    static final String EVIL = "<script>alert(1)</script> pass:[<b>x</b>] {attr} {set:foo:bar} include::/etc/passwd[] "
            + "javascript:alert(2) link:javascript:alert(3)[klick] <img src=x onerror=alert(4)> +++<i>y</i>+++ "
            + "<<index.adoc#x,xref>> https://evil.example/x.js[] ++++";
    static final String TITLE = "E-Mail <b onclick='alert(5)'>Kommunikation</b> {product} pass:[<u>u</u>]";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("project"));
        TestProjects.replace(project, "data/flows.json", "Wird für den direkten Empfang von E-Mails aus dem Internet benötigt", EVIL);
        TestProjects.replace(project, "data/flows.json", "Required to receive email directly from the Internet.", EVIL);
        TestProjects.replace(project, "data/flows.json", "\"de\": \"E-Mail Kommunikation\"", "\"de\": \"" + TITLE + "\"");
        site = tmp.resolve("site");
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor).run(project, site, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void htmlShowsTheTextsLiterallyAndRunsNothingOfThem(Language language) throws IOException {
        Document doc = Jsoup.parse(site.resolve(language.code() + "/index.html").toFile(), "UTF-8");
        Element row = doc.selectFirst("tr[data-flow=mail-inbound-direct]");
        String shown = row.select("> td").last().text();
        assertEquals(EVIL, language == Language.DE ? shown : shown.replace(" translation pending", ""));
        if (language == Language.DE) {
            assertTrue(doc.selectFirst("td[data-group-cell=mail]").text().startsWith(TITLE), doc.selectFirst("td[data-group-cell=mail]").text());
        }
        assertEquals(List.of("../assets/js/filter.js", "../assets/js/minisearch.js", "../assets/search-" + language.code() + ".js",
                "../assets/js/search.js"), doc.select("script").eachAttr("src"), "the theme's scripts and the search index only");
        // the search index holds the text as a JSON string: the same literal words, nothing that ends the script
        String index = Files.readString(site.resolve("assets/search-" + language.code() + ".js"));
        assertFalse(index.contains("</script"), "no end of a script in the index");
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(EVIL).replace("</", "<\\/");
        json = json.substring(1, json.length() - 1); // inside the string of the row's text
        assertTrue(index.contains(json), "the description as a JSON string");
        assertTrue(doc.select("main img, main iframe, main object, main embed, main b[onclick], main u").isEmpty());
        for (Element e : doc.select("*")) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().startsWith("on") && !a.getKey().equals("onsubmit"), "event handler " + a + " on " + e.tagName());
                assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:"), a + " on " + e.tagName());
            }
        }
        assertFalse(doc.html().contains("root:x:0:0"), "no file read");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void pdfsShowTheTextsLiterallyAndCarryNoActions(Language language) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(site.resolve(language.code()))) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        assertEquals(3, pdfs.size(), pdfs.toString());
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertEquals(List.of(), PdfSafety.activeParts(doc), pdf + " has active parts");
                String text = String.join(" ", PdfFixtures.pages(doc));
                if (pdf.getFileName().toString().equals("index.pdf")) {
                    // table cells wrap long text: compare without white space
                    assertTrue(squeeze(text).contains(squeeze(EVIL)), pdf + ": " + text);
                }
                if (language == Language.DE) {
                    assertTrue(squeeze(text).contains(squeeze(TITLE)), pdf + " shows the group title literally: " + text);
                }
                assertFalse(text.contains("root:x:0:0"), "no file read");
            }
        }
    }

    @Test
    void secureModeReadsNoFileEvenIfValidationWereBypassed() throws IOException {
        Path readme = TestProjects.REPOSITORY.resolve("README.md").toAbsolutePath();
        String source = "= T\n\ninclude::/etc/passwd[]\n\ninclude::" + readme + "[]\n\ninclude::../../README.md[]\n";
        Page page = new Page(Language.DE, "index", "T", source, List.of(), List.of(), List.of(),
                new Location("content/de/index.adoc", 1, 1));
        try (PageConverter converter = new PageConverter(TestProjects.asciidoctor(), new PageMacros(
                TestProjects.docs(TestProjects.REPOSITORY).views(), TestProjects.content(), language -> List.of()))) {
            String html = converter.convert(page).recorded().body();
            assertFalse(html.contains("root:"), html);
            assertFalse(html.contains("Two commands on a fresh machine"), "README.md was not read: " + html);
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
