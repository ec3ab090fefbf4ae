package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.model.Language;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 24, a requirement that changes between releases: in projects/real-table the flow "dns" (group "operations",
 * optional) is optional until 4.1.0 and required since ({@code "changes": [{"version": "4.1.0", "requirementBefore":
 * "optional", …}]}). Built for 4.0.0 and 4.1.0 in both languages and read back from the page, the manual and checklist
 * PDFs, flows.csv, flows.json, the upgrade page, {@code flowdoc changes} and the upgrade checklist.
 */
class RequirementChangeTest {
    static final Path FIXTURE = TestProjects.RESOURCES.resolve("projects/real-table");
    static final String NOTE_DE = "Die Scanner prüfen seit 4.1.0 jede Absenderdomain im DNS.";
    static final String NOTE_EN = "Since 4.1.0 the scanners check every sender domain in DNS.";

    @TempDir
    static Path tmp;
    static Path project;
    static Path old;
    static Path now;

    @BeforeAll
    static void build() throws IOException {
        project = TestProjects.copy(FIXTURE, tmp.resolve("project"));
        TestProjects.copy(TestProjects.REPOSITORY.resolve("themes"), project.resolve("themes"));
        // an upgrade page, as the repository's own project has one
        Files.writeString(project.resolve("content/de/upgrade.adoc"), "= Änderungen je Version\n\nreleasechanges::all[]\n");
        Files.writeString(project.resolve("content/en/upgrade.adoc"), "= Changes by version\n\nreleasechanges::all[]\n");
        old = tmp.resolve("site-4.0.0");
        now = tmp.resolve("site-4.1.0");
        run(0, "build", "-q", "--project", project.toString(), "--out", old.toString(), "--product-version", "4.0.0");
        run(0, "build", "-q", "--project", project.toString(), "--out", now.toString());
    }

    static TestProjects.Run run(int exit, String... args) {
        TestProjects.Run run = TestProjects.run(args);
        assertEquals(exit, run.exitCode(), run.err());
        return run;
    }

    static String words(Language language, String de, String en) {
        return language == Language.DE ? de : en;
    }

    static Element row(Path site, Language language) throws IOException {
        return Jsoup.parse(site.resolve(language.code()).resolve("index.html").toFile(), "UTF-8")
                .selectFirst("tr[data-flow=dns]");
    }

    static String pdf(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static CSVRecord csvRow(Path site, Language language) throws IOException {
        String csv = Files.readString(site.resolve(language.code()).resolve("flows.csv"), StandardCharsets.UTF_8);
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.replace("\uFEFF", "")))) {
            if (r.get(0).equals("dns")) {
                return r;
            }
        }
        throw new AssertionError("no dns row in " + csv);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theNewerReleaseSaysSinceWhenTheFlowIsRequired(Language language) throws IOException {
        String asOf = words(language, "verpflichtend ab 4.1.0", "required as of 4.1.0");
        String note = words(language, NOTE_DE, NOTE_EN);
        Element row = row(now, language);
        assertTrue(row.text().contains("(" + asOf + ") " + note), row.text());
        assertEquals(1, row.select(".annotation").stream().filter(a -> a.text().contains(asOf)).count(), row.html());
        assertTrue(pdf(now.resolve(language.code()).resolve("index.pdf")).contains("(" + asOf + ")"));
        String checklist = pdf(now.resolve(language.code()).resolve("checklist-full.pdf"));
        assertTrue(checklist.contains("(" + asOf + ")"), checklist);
        CSVRecord csv = csvRow(now, language);
        assertEquals(words(language, "erforderlich", "required"), csv.get(2));
        assertTrue(String.join(",", csv.toList()).contains("(" + asOf + ") " + note), csv.toString());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theOlderReleaseShowsTheOldRequirementAndNoChange(Language language) throws IOException {
        Element row = row(old, language);
        assertFalse(row.text().contains("4.1.0"), row.text());
        assertFalse(row.text().contains(words(language, NOTE_DE, NOTE_EN)), row.text());
        assertEquals("optional", csvRow(old, language).get(2));
        assertFalse(pdf(old.resolve(language.code()).resolve("index.pdf")).contains(words(language, "verpflichtend ab", "required as of")));
        assertFalse(pdf(old.resolve(language.code()).resolve("checklist-full.pdf")).contains(words(language, "verpflichtend ab", "required as of")));
    }

    @Test
    void flowsJsonHasTheRequirementOfEachReleaseAndTheChange() throws IOException {
        JsonNode before = flow(old);
        assertEquals("optional", before.get("requirement").asText());
        assertEquals(0, before.get("changes").size());
        JsonNode after = flow(now);
        assertEquals("required", after.get("requirement").asText());
        JsonNode change = after.get("changes").get(0);
        assertEquals("4.1.0", change.get("version").asText());
        assertEquals("optional", change.get("requirementBefore").asText());
        assertEquals("required", change.get("requirementAfter").asText());
        assertEquals(0, change.get("portsBefore").size(), "the ports stayed");
        JsonNode annotation = after.get("annotations").get(0);
        assertEquals("requirement-as-of", annotation.get("kind").asText());
        assertEquals("verpflichtend ab 4.1.0", annotation.get("text").get("de").asText());
        assertEquals("required as of 4.1.0", annotation.get("text").get("en").asText());
    }

    static JsonNode flow(Path site) throws IOException {
        JsonNode root = new ObjectMapper().readTree(site.resolve("flows.json").toFile());
        List<JsonNode> found = new ArrayList<>();
        root.findParents("id").forEach(n -> {
            if (n.get("id").asText().equals("dns") && n.has("changes")) {
                found.add(n);
            }
        });
        assertEquals(1, found.size());
        return found.get(0);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theUpgradePageListsItAsAChange(Language language) throws IOException {
        var page = Jsoup.parse(now.resolve(language.code()).resolve("upgrade.html").toFile(), "UTF-8");
        Element table = page.selectFirst("table.releasechanges.change");
        assertTrue(table != null, page.html());
        String text = table.text();
        assertTrue(text.contains(words(language, "(Anforderung: optional → erforderlich)", "(Requirement: optional → required)")), text);
        assertTrue(text.contains("TCP/UDP 53 (DNS)") && !text.contains("TCP/UDP 53 (DNS) →"), "the ports stayed: " + text);
        assertTrue(text.contains(words(language, NOTE_DE, NOTE_EN)), text);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void changesListsItInEveryFormatBothWays(Language language) throws IOException {
        String lang = language.code();
        String p = project.toString();
        String text = run(0, "changes", "--project", p, "--from", "4.0.0", "--to", "4.1.0", "--lang", lang).out();
        assertTrue(text.contains(words(language, "Zu ändern (1)\n  - Betrieb: dns\n    Port: TCP/UDP 53 (DNS)\n    Anforderung: optional → erforderlich\n",
                "To change (1)\n  - Operations: dns\n    Port: TCP/UDP 53 (DNS)\n    Requirement: optional → required\n")), text);
        String csv = run(0, "changes", "--project", p, "--from", "4.0.0", "--to", "4.1.0", "--lang", lang, "--format", "csv").out();
        assertTrue(csv.lines().anyMatch(l -> l.startsWith(words(language, "Zu ändern,Betrieb,dns,", "To change,Operations,dns,"))
                && l.endsWith(words(language, ",optional → erforderlich", ",optional → required"))), csv);
        JsonNode down = new ObjectMapper().readTree(run(0, "changes", "--project", p, "--from", "4.1.0", "--to", "4.0.0",
                "--lang", lang, "--format", "json").out());
        JsonNode entry = down.at("/actions/change/entries/0");
        assertEquals("dns", entry.get("flow").asText());
        assertEquals(words(language, "erforderlich", "required"), entry.get("requirementBefore").asText());
        assertEquals("optional", entry.get("requirementAfter").asText());
        assertEquals(words(language, NOTE_DE, NOTE_EN), entry.get("note").asText());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theUpgradeChecklistAsksToOpenIt(Language language) throws IOException {
        Path out = tmp.resolve("upgrade-" + language.code() + ".pdf");
        run(0, "checklist", "--project", project.toString(), "--lang", language.code(), "--upgrade-from", "4.0.0",
                "--out", out.toString());
        String text = pdf(out);
        assertTrue(text.contains("(" + words(language, "verpflichtend ab 4.1.0", "required as of 4.1.0") + ")"), text);
        assertFalse(text.contains("TCP/UDP 53 (DNS) →"), "no port change is shown: " + text);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            List<String> names = new ArrayList<>();
            doc.getDocumentCatalog().getAcroForm(null).getFieldTree().forEach(f -> names.add(f.getFullyQualifiedName()));
            assertTrue(names.contains("flow.dns.opened"), names.toString());
            assertTrue(names.contains("flow.intel-feed.opened"), names.toString());
        }
    }

    @Test
    void aRequirementBeforeThatIsNoChangeIsAnErrorAtItsValue() throws IOException {
        Path copy = TestProjects.copy(FIXTURE, tmp.resolve("same"));
        TestProjects.replace(copy, "data/flows.json", "\"requirementBefore\": \"optional\"", "\"requirementBefore\": \"required\"");
        TestProjects.Run check = run(1, "check", "--project", copy.toString());
        assertTrue(check.err().contains("data/flows.json:" + valueLine() + ":36: error: flow 'dns' change 4.1.0: 'requirementBefore' is "
                + "'required', the requirement it has from 4.1.0 on as well (the flow's 'requirement'); write the "
                + "requirement it had before 4.1.0, or remove 'requirementBefore'"), check.err());
    }

    @Test
    void anUnknownRequirementBeforeIsAnErrorAtItsValue() throws IOException {
        Path copy = TestProjects.copy(FIXTURE, tmp.resolve("unknown"));
        TestProjects.replace(copy, "data/flows.json", "\"requirementBefore\": \"optional\"", "\"requirementBefore\": \"optinal\"");
        TestProjects.Run check = run(1, "check", "--project", copy.toString());
        assertTrue(check.err().contains("data/flows.json:" + valueLine() + ":36: error: flow 'dns': 'requirementBefore' has the unknown value "
                + "\"optinal\"; did you mean 'optional'? allowed: required, optional, conditional"), check.err());
    }

    @Test
    void aChangeOfNothingIsOneError() throws IOException {
        Path copy = TestProjects.copy(FIXTURE, tmp.resolve("nothing"));
        TestProjects.replace(copy, "data/flows.json", "\"requirementBefore\": \"optional\",", "");
        TestProjects.Run check = run(1, "check", "--project", copy.toString());
        List<String> errors = check.errLines().stream().filter(l -> l.contains(": error: ")).toList();
        assertEquals(List.of("data/flows.json:" + (valueLine() - 2) + ":13: error: flow 'dns': the change 4.1.0 says neither 'portsBefore' nor "
                + "'requirementBefore'; add \"portsBefore\": [...] (the ports until this version), \"requirementBefore\" "
                + "(the requirement until then), or both"), errors);
    }

    @Test
    void conditionalBeforeNeedsACase() throws IOException {
        Path copy = TestProjects.copy(FIXTURE, tmp.resolve("conditional"));
        TestProjects.replace(copy, "data/flows.json", "\"requirementBefore\": \"optional\"", "\"requirementBefore\": \"conditional\"");
        TestProjects.Run check = run(1, "check", "--project", copy.toString());
        assertTrue(check.err().contains("data/flows.json:" + valueLine() + ":36: error: flow 'dns' change 4.1.0: 'requirementBefore' is "
                + "'conditional', but no 'requiredWhen' says in which case it was required"), check.err());
    }

    /** The line of the fixture's "requirementBefore" (the change entry opens two lines above it). */
    private static int valueLine() throws IOException {
        List<String> lines = java.nio.file.Files.readAllLines(FIXTURE.resolve("data/flows.json"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"requirementBefore\"")) {
                return i + 1;
            }
        }
        throw new IllegalStateException("the fixture has no requirementBefore");
    }
}
