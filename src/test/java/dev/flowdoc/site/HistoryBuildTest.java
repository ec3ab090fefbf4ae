package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fixture projects/history (releases 9.2.0, 9.10.0, 10.0.0; updates-ssh changed its port in 9.10.0,
 * updates-legacy is removed in 10.0.0, mail-out is new in 10.0.0), built for 9.10.0 and for the newest release:
 * the version annotations in every output, in both languages, and the upgrade page.
 */
class HistoryBuildTest {
    @TempDir
    static Path tmp;
    /** Built for 9.10.0: the change is past, the removal ahead. */
    static Path then;
    /** Built for the newest release, 10.0.0. */
    static Path now;

    @BeforeAll
    static void build() throws IOException {
        Path project = TestProjects.copy(TestProjects.RESOURCES.resolve("projects/history"), tmp.resolve("project"));
        TestProjects.copy(TestProjects.REPOSITORY.resolve("themes"), project.resolve("themes"));
        then = build(project, Version.of("9.10.0"), "then");
        now = build(project, null, "now");
    }

    static Path build(Path project, Version release, String name) throws IOException {
        Path out = tmp.resolve(name);
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor, release).run(project, out, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        return out;
    }

    static Document page(Path site, Language language, String name) throws IOException {
        return Jsoup.parse(site.resolve(language.code()).resolve(name).toFile(), "UTF-8");
    }

    static String words(Language language, String de, String en) {
        return language == Language.DE ? de : en;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void changedAndRemovedAnnotationsInTheTable(Language language) throws IOException {
        Document doc = page(then, language, "index.html");
        Element ssh = doc.selectFirst("tr[data-flow=updates-ssh]");
        assertTrue(ssh.text().contains("TCP 22 (SSH)"), ssh.text());
        assertTrue(ssh.text().contains(words(language, "(geändert in 9.10.0, vorher TCP 2222 (SSH)) Port 2222 durch 22 ersetzt.",
                "(changed in 9.10.0, previously TCP 2222 (SSH)) Port 2222 replaced by 22.")), ssh.text());
        Element legacy = doc.selectFirst("tr[data-flow=updates-legacy]");
        assertTrue(legacy.text().contains(words(language, "(entfällt ab 10.0.0) Alte Aktualisierung.",
                "(removed in 10.0.0) Old update channel.")), legacy.text());
        assertNull(doc.selectFirst("tr[data-flow=mail-out]"), "new only in 10.0.0");
        assertEquals(words(language, "Version 9.10.0", "Version 9.10.0"), doc.selectFirst(".release").text());

        Document latest = page(now, language, "index.html");
        assertNull(latest.selectFirst("tr[data-flow=updates-legacy]"), "removed in 10.0.0");
        assertTrue(latest.selectFirst("tr[data-flow=mail-out]").text().contains(words(language, "(neu in 10.0.0)", "(new in 10.0.0)")));
        assertFalse(latest.text().contains(words(language, "entfällt", "removed in")));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void generatedAsciiDocCarriesTheSameAnnotations(Language language) throws IOException {
        String adoc = Files.readString(then.resolve(language.code() + "/index.adoc"));
        assertTrue(adoc.contains(words(language, "[.annotation]#(geändert in 9.10.0, vorher TCP 2222 (SSH))# Port 2222 durch 22 ersetzt.",
                "[.annotation]#(changed in 9.10.0, previously TCP 2222 (SSH))# Port 2222 replaced by 22.")), adoc);
        assertTrue(adoc.contains(words(language, "[.annotation]#(entfällt ab 10.0.0)#", "[.annotation]#(removed in 10.0.0)#")), adoc);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void csvHasRemovedAndChangesColumns(Language language) throws IOException {
        String csv = Files.readString(then.resolve(language.code() + "/flows.csv")).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        CSVRecord ssh = rows.stream().filter(r -> r.get(0).equals("updates-ssh")).findFirst().orElseThrow();
        // the same words as the page's table
        assertEquals(words(language, "(geändert in 9.10.0, vorher TCP 2222 (SSH)) Port 2222 durch 22 ersetzt.",
                "(changed in 9.10.0, previously TCP 2222 (SSH)) Port 2222 replaced by 22."), ssh.get(words(language, "Änderungen", "Changes")));
        CSVRecord legacy = rows.stream().filter(r -> r.get(0).equals("updates-legacy")).findFirst().orElseThrow();
        assertEquals("10.0.0", legacy.get(words(language, "Entfällt ab Version", "Removed in version")));
    }

    @Test
    void jsonHasSinceRemovedAndChanges() throws IOException {
        JsonNode root = new ObjectMapper().readTree(then.resolve("flows.json").toFile());
        assertEquals("9.10.0", root.get("productVersion").asText());
        JsonNode ssh = flow(root, "updates-ssh");
        assertEquals(1, ssh.get("changes").size());
        JsonNode change = ssh.get("changes").get(0);
        assertEquals("9.10.0", change.get("version").asText());
        assertEquals(2222, change.get("portsBefore").get(0).get("ports").get(0).asInt());
        assertEquals("Port 2222 replaced by 22.", change.get("note").get("en").asText());
        assertEquals("Port 2222 durch 22 ersetzt.", change.get("note").get("de").asText());
        assertEquals("10.0.0", flow(root, "updates-legacy").get("removed").asText());
        assertTrue(flow(root, "mail-in").get("since").isNull());
        JsonNode latest = new ObjectMapper().readTree(now.resolve("flows.json").toFile());
        assertEquals("10.0.0", flow(latest, "mail-out").get("since").asText());
    }

    private static JsonNode flow(JsonNode root, String id) {
        for (JsonNode f : root.get("flows")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no flow " + id);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theManualPdfShowsTheAnnotationsAndTheRelease(Language language) throws IOException {
        try (PDDocument doc = Loader.loadPDF(then.resolve(language.code() + "/index.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(words(language, "entfällt ab 10.0.0", "removed in 10.0.0")), text);
            assertTrue(text.contains(words(language, "(geändert in 9.10.0, vorher TCP 2222 (SSH)) Port 2222 durch 22 ersetzt.",
                    "(changed in 9.10.0, previously TCP 2222 (SSH)) Port 2222 replaced by 22.")), text);
            assertTrue(text.contains(words(language, "Demo Gateway, Version 9.10.0", "Demo Gateway, version 9.10.0")), text);
            assertTrue(text.contains(words(language, "– Version 9.10.0 Seite 1 von", "– version 9.10.0 Page 1 of")), "footer: " + text);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theUpgradePageListsTheChangesReleaseByRelease(Language language) throws IOException {
        Document doc = page(now, language, "upgrade.html");
        assertEquals(words(language, "Änderungen je Version", "Changes by version"), doc.selectFirst("main h1").text());
        assertEquals(List.of(words(language, "Von 9.10.0 auf 10.0.0", "From 9.10.0 to 10.0.0"),
                words(language, "Von 9.2.0 auf 9.10.0", "From 9.2.0 to 9.10.0")), doc.select("main h2").eachText());
        assertEquals(List.of("release-10-0-0", "release-9-10-0"), doc.select("main h2").eachAttr("id"));
        Element open = doc.selectFirst("table.releasechanges.open");
        assertEquals(words(language, "Freizuschalten", "To open"), open.selectFirst("caption").text());
        List<String> opened = open.select("tbody td").eachText();
        assertEquals(List.of(words(language, "E-Mail Kommunikation", "Email communication"), "TCP 25 (SMTP)",
                "Appliance", words(language, "E-Mail Server", "Email server"), words(language, "ausgehend", "outbound")),
                opened.subList(0, 5));
        assertTrue(opened.get(5).startsWith(words(language, "Zustellung an den", "")), "the flow by its description: " + opened);
        assertEquals(6, opened.size(), "no note column where no entry has a note: " + opened);
        assertFalse(doc.select("main table").text().contains("mail-out"), "no ids on a page for readers");
        Element close = doc.selectFirst("table.releasechanges.close");
        assertEquals(words(language, "Zu schließen", "To close"), close.selectFirst("caption").text());
        assertEquals(words(language, "Alte Aktualisierung.", "Old update channel."), close.select("tbody td").get(5).text());
        Element change = doc.selectFirst("table.releasechanges.change");
        List<String> changed = change.select("tbody td").eachText();
        assertEquals(List.of(words(language, "Aktualisierungen", "Updates"), "TCP 2222 (SSH) → TCP 22 (SSH)",
                "Appliance", "update.example.com", words(language, "ausgehend", "outbound")), changed.subList(0, 5));
        assertEquals(words(language, "Port 2222 durch 22 ersetzt.", "Port 2222 replaced by 22."), changed.get(6));
        // a page like the others: navigation, switcher, hreflang, generated AsciiDoc
        assertTrue(page(now, language, "index.html").select("nav a").eachAttr("href").contains("upgrade.html"));
        assertEquals("../" + language.other().code() + "/upgrade.html", doc.selectFirst(".switcher a").attr("href"));
        assertEquals("../en/upgrade.html", doc.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
        String adoc = Files.readString(now.resolve(language.code() + "/upgrade.adoc"));
        assertTrue(adoc.contains("|TCP 2222 (SSH) → TCP 22 (SSH)"), adoc);
        assertTrue(Files.readString(now.resolve("sitemap.xml")).contains(language.code() + "/upgrade.html"));
    }

    @Test
    void theUpgradePageOfAnOlderReleaseStopsThere() throws IOException {
        Document doc = page(then, Language.EN, "upgrade.html");
        assertEquals(List.of("From 9.2.0 to 9.10.0"), doc.select("main h2").eachText());
    }
}
