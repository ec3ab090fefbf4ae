package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Profile;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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

/**
 * Issue 24: customer pages name the product, never the tool. projects/real-table, its profiles ordered by the writer
 * ("order" in the profile files: Full before Basic) and its page putting the diagram under an overview with a sentence
 * about it, the flow table under the next heading. Built in both languages; the page, the manual and the checklists
 * are read back.
 */
class ProductNotToolTest {
    static final Path FIXTURE = TestProjects.RESOURCES.resolve("projects/real-table");

    @TempDir
    static Path tmp;
    static Path project;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        project = TestProjects.copy(FIXTURE, tmp.resolve("project"));
        TestProjects.copy(TestProjects.REPOSITORY.resolve("themes"), project.resolve("themes"));
        TestProjects.replace(project, "data/profiles/full.json", "\"options\": \"all\"", "\"order\": 1,\n  \"options\": \"all\"");
        TestProjects.replace(project, "data/profiles/basic.json", "\"options\": []", "\"order\": 2,\n  \"options\": []");
        for (Language language : Language.values()) {
            String file = "content/" + language.code() + "/index.adoc";
            TestProjects.replace(project, file, language == Language.DE ? "== Firewall-Regeln\n\nflowdiagram::all[]\n\n"
                    : "== Firewall rules\n\nflowdiagram::all[]\n\n", language == Language.DE
                    ? "== Übersicht\n\nflowdiagram::all[]\n\nDas Diagramm zeigt jeden Weg als Pfeil.\n\n== Firewall-Regeln\n\n"
                    : "== Overview\n\nflowdiagram::all[]\n\nThe diagram shows each path as an arrow.\n\n== Firewall rules\n\n");
        }
        site = tmp.resolve("site");
        TestProjects.Run run = TestProjects.run("build", "-q", "--project", project.toString(), "--out", site.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    static String words(Language language, String de, String en) {
        return language == Language.DE ? de : en;
    }

    static String pdf(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void profilesComeInTheWritersOrder() {
        assertEquals(List.of("full", "basic"),
                TestProjects.data(project).deployment().profiles().stream().map(Profile::id).toList());
        assertEquals(List.of("basic", "full"), TestProjects.data(FIXTURE).deployment().profiles().stream().map(Profile::id).toList(),
                "without an order: alphabetical");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theProfileTableNamesWhatTheTemplateIsFor(Language language) throws IOException {
        Document page = Jsoup.parse(site.resolve(language.code()).resolve("index.html").toFile(), "UTF-8");
        var rows = page.select("#profiles ~ * table tbody tr, .sect1:has(#profiles) table tbody tr");
        List<String> firstCells = rows.stream().map(r -> r.child(0).text()).toList();
        assertEquals(2, firstCells.size(), page.select(".sect1:has(#profiles)").html());
        assertTrue(firstCells.get(0).startsWith(words(language, "Vollständig", "Full")), firstCells.toString());
        assertTrue(firstCells.get(1).startsWith(words(language, "Grundausstattung", "Basic")), firstCells.toString());
        var links = page.select("a[href=addresses-full.json]");
        assertEquals(1, links.size());
        assertEquals(words(language, "Adressvorlage für Ihre Firewall-Regeln (JSON)", "Address template for your firewall rules (JSON)"),
                links.text());
        assertFalse(page.body().text().toLowerCase().contains("flowdoc"), "the tool is named on the page: " + page.body().text());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noPdfACustomerReadsNamesTheTool(Language language) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve(language.code()))) {
            List<Path> pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
            assertEquals(3, pdfs.size(), pdfs.toString());
            for (Path f : pdfs) {
                assertFalse(pdf(f).toLowerCase().contains("flowdoc"), f + " names the tool");
            }
        }
        String adoc = Files.readString(site.resolve(language.code()).resolve("index.adoc"), StandardCharsets.UTF_8);
        assertTrue(adoc.contains(words(language, "Adressvorlage für Ihre Firewall-Regeln (JSON)", "Address template for your firewall rules (JSON)")));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theManualDrawsTheDiagramWhereThePagePutsIt(Language language) throws IOException {
        String text = pdf(site.resolve(language.code()).resolve("index.pdf"));
        int overview = text.indexOf(words(language, "Übersicht", "Overview"));
        int diagram = text.indexOf(words(language, "Zonen und Kommunikationswege", "Zones and communication paths"));
        int sentence = text.indexOf(words(language, "Das Diagramm zeigt", "The diagram shows"));
        int rules = text.indexOf(words(language, "Firewall-Regeln", "Firewall rules"));
        int table = text.indexOf(words(language, "Port Quelle Ziel Richtung Beschreibung", "Port Source Destination Direction Description"));
        assertTrue(overview > 0 && overview < diagram, "the diagram under its heading: " + text);
        assertTrue(diagram < sentence, "the diagram before the sentence after it: " + text);
        assertTrue(sentence < rules && rules < table, "the next heading, then the table: " + text);
        assertEquals(diagram, text.lastIndexOf(words(language, "Zonen und Kommunikationswege", "Zones and communication paths")),
                "drawn once: " + text);
    }
}
