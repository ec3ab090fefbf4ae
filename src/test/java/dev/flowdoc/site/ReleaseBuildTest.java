package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.cli.ExitCodes;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** build --product-version 12.1.0 of the real project: the documentation as it applied then, and it says so. */
class ReleaseBuildTest {
    static final String FLOW = "cluster-backend-frontend";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site-12.1.0");
        Problems problems = new Problems();
        var result = new Build(TestProjects::asciidoctor, Version.of("12.1.0"))
                .run(TestProjects.REPOSITORY, site, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        assertFalse(problems.hasErrors(), problems.all().toString());
        assertEquals(Version.of("12.1.0"), result.release());
        assertEquals(TestProjects.project().flows().count() - 1, result.flows());
    }

    static Document page(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theBackendToFrontendFlowIsNotThereYet(Language language) throws IOException {
        Document index = page(site.resolve(language.code() + "/index.html"));
        assertTrue(index.select("tr[data-flow]").size() > 20, "the table is there");
        assertNull(index.selectFirst("tr[data-flow=" + FLOW + "]"));
        assertNull(page(site.resolve(language.code() + "/clustering.html")).selectFirst("tr[data-flow=" + FLOW + "]"));
        assertFalse(index.text().contains(language == Language.DE ? "neu in 13.0.0" : "new in 13.0.0"));
        // the admin REST API came with 12.1.0 and is there, annotated: release and requirement in one bracket
        assertTrue(index.selectFirst("tr[data-flow=admin-restapi]").text()
                .contains(language == Language.DE ? "(neu in 12.1.0, optional)" : "(new in 12.1.0, optional)"),
                index.selectFirst("tr[data-flow=admin-restapi]").text());
        assertFalse(Files.readString(site.resolve(language.code() + "/flows.csv")).contains(FLOW));
        assertFalse(Files.readString(site.resolve(language.code() + "/index.adoc")).contains("flow-" + FLOW));
    }

    @Test
    void proseNamingTheFutureFlowKeepsItsNameWithoutALink() throws IOException {
        Document de = page(site.resolve("de/clustering.html"));
        assertTrue(de.text().contains("Seit Version 13.0.0 wird zusätzlich die Verbindung Backend → Frontend, TCP 22 (SSH) benötigt"),
                de.text());
        assertTrue(de.select("a[href$=#flow-" + FLOW + "]").isEmpty());
    }

    @Test
    void theReleaseIsNamedOnEveryPage() throws IOException {
        List<Path> pages;
        try (var files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertEquals(9, pages.size(), pages.toString());
        for (Path file : pages) {
            Document doc = page(file);
            // "Version" in both languages
            assertEquals("Version 12.1.0", doc.selectFirst(".release").text(), file.toString());
        }
        JsonNode json = new ObjectMapper().readTree(site.resolve("flows.json").toFile());
        assertEquals("12.1.0", json.get("productVersion").asText());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPdfNamesTheReleaseOnEveryPage(Language language) throws IOException {
        for (String name : List.of("index.pdf", "checklist-full.pdf", "checklist-minimal.pdf")) {
            try (PDDocument doc = Loader.loadPDF(site.resolve(language.code()).resolve(name).toFile())) {
                PDFTextStripper text = new PDFTextStripper();
                for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                    text.setStartPage(i);
                    text.setEndPage(i);
                    String page = text.getText(doc);
                    assertTrue(page.contains("12.1.0"), name + " page " + i);
                    assertFalse(page.contains("13.0.0"), name + " page " + i + " names 13.0.0");
                }
                assertTrue(doc.getDocumentInformation().getSubject().contains("12.1.0") || name.startsWith("checklist"));
            }
        }
    }

    @Test
    void aVersionNotOfTheFormXyzIsAUsageError() {
        for (String bad : List.of("12.1", "v13.0.0", "13.0.0-beta", "013.0.0")) {
            TestProjects.Run run = TestProjects.run("build", "--project", TestProjects.REPOSITORY.toString(),
                    "--product-version", bad, "--out", tmp.resolve("never").toString());
            assertEquals(ExitCodes.USAGE, run.exitCode(), bad);
            assertEquals("flowdoc build: --product-version '" + bad
                    + "' is not a version of the form x.y.z (for example 13.0.0); versions compare numerically", run.err().strip());
            assertFalse(Files.exists(tmp.resolve("never")));
        }
    }

    @Test
    void aVersionOutsideTheReleaseListIsBuiltWithANote(@org.junit.jupiter.api.io.TempDir Path tmp) {
        TestProjects.Run run = TestProjects.run("build", "--quiet", "--project", TestProjects.REPOSITORY.toString(),
                "--product-version", "12.5.0", "--out", tmp.resolve("site").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("flowdoc build: note: 12.5.0 is not a release in data/product.json; the site shows the flows as "
                + "they apply to it", run.err().strip());
        assertTrue(Files.exists(tmp.resolve("site/de/index.html")));
    }
}
