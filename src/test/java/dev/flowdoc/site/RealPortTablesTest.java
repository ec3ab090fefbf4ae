package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a writer documenting a vendor's port table needs (issue 24), read back from the outputs a reader gets: the
 * page, the manual PDF, the full checklist, flows.csv and flows.json, in both languages. The "parity" fixture is
 * built for release 2.0.0 with the cases laid over it:
 * <ul>
 *   <li>dns-external-servers names its case ({@code requiredWhen}) but inherits "conditional" from its group.</li>
 *   <li>Its description links dns-internal-servers with link text of its own ({@code {flow:ID|Text}}, a comma in
 *   it), and the chapter with another; the English names the same references with other words.</li>
 *   <li>The host update.example.com carries a label: "Update-Server (update.example.com)".</li>
 * </ul>
 */
class RealPortTablesTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Path project;

    @BeforeAll
    static void build() throws IOException {
        project = TestProjects.copy(TestProjects.RESOURCES.resolve("projects/parity"), tmp.resolve("project"));
        TestProjects.copy(TestProjects.REPOSITORY.resolve("themes"), project.resolve("themes"));
        // item 8: the flow's own requirement is gone, its requiredWhen stays: "conditional" comes from the group
        replaceAfter(project, "data/flows.json", "\"id\": \"dns-external-servers\"", "\"requirement\": \"conditional\",", "");
        // item 7: link text in data; the German changed, so its fingerprint is recorded anew (the English is current)
        String de = "Namensauflösung über externe DNS-Server (siehe {menu:system.dns}), statt "
                + "{flow:dns-internal-servers|über die internen Server, falls gewählt}; mehr in {chapter:overview|der Übersicht}.";
        replaceAfter(project, "data/flows.json", "\"id\": \"dns-external-servers\"",
                "\"de\": \"Namensauflösung über externe DNS-Server (siehe {menu:system.dns}).\"", "\"de\": \"" + de + "\"");
        replaceAfter(project, "data/flows.json", "\"id\": \"dns-external-servers\"",
                "\"en\": \"Resolves names through external DNS servers (see {menu:system.dns}).\"",
                "\"en\": \"Resolves names through external DNS servers (see {menu:system.dns}), instead of "
                        + "{flow:dns-internal-servers|the internal servers, if chosen}; more in {chapter:overview|the overview}.\"");
        replaceAfter(project, "data/flows.json", "\"id\": \"dns-external-servers\"", "\"src\": \"c7f920f1\"",
                "\"src\": \"" + dev.flowdoc.model.Fingerprint.of(de) + "\"");
        // item 5: a host with a label
        replaceAfter(project, "data/endpoints.json", "\"id\": \"update-host\"", "\"host\": \"update.example.com\",",
                "\"host\": \"update.example.com\", \"label\": {\"de\": \"Update-Server\", \"en\": \"Update server\", \"src\": \""
                        + dev.flowdoc.model.Fingerprint.of("Update-Server") + "\"},");
        site = tmp.resolve("site");
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor, Version.of("2.0.0")).run(project, site, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        assertTrue(problems.all().stream().noneMatch(p -> p.toString().contains("requiredWhen")), problems.all().toString());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aFlowInheritsConditionalFromItsGroupAndNamesItsOwnCase(Language language) throws IOException {
        boolean de = language == Language.DE;
        String clause = de ? "optional, bei externen DNS-Servern zwingend" : "optional, required with external DNS servers";
        assertEverywhere(language, "dns-external-servers", "(" + clause + ")");
        assertEquals(clause, csv(language).get("dns-external-servers").get(2));
        JsonNode flow = json().get("dns-external-servers");
        assertEquals("conditional", flow.get("requirement").asText());
        assertEquals(clause, flow.get("requirementText").get(language.code()).asText());
        assertEquals(de ? "bei externen DNS-Servern zwingend" : "required with external DNS servers",
                flow.get("requiredWhen").get(language.code()).asText());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aReferenceShowsTheWritersLinkTextAndLinksToItsTarget(Language language) throws IOException {
        boolean de = language == Language.DE;
        String flowText = de ? "über die internen Server, falls gewählt" : "the internal servers, if chosen";
        String chapterText = de ? "der Übersicht" : "the overview";
        String sentence = de ? "statt über die internen Server, falls gewählt; mehr in der Übersicht."
                : "instead of the internal servers, if chosen; more in the overview.";
        assertEverywhere(language, "dns-external-servers", sentence);
        var row = page(language, "index.html").selectFirst("tr[data-flow=dns-external-servers]");
        var link = row.select("a").stream().filter(a -> a.text().equals(flowText)).findFirst().orElseThrow(() -> new AssertionError(row.html()));
        assertTrue(link.attr("href").endsWith("#flow-dns-internal-servers"), link.outerHtml());
        assertTrue(row.select("a").stream().anyMatch(a -> a.text().equals(chapterText)), row.html());
        // the row's name is not what the reader sees
        String name = de ? "Appliance → " : "Appliance → ";
        assertFalse(row.text().contains("(siehe System › DNS), statt " + name), row.text());
        assertTrue(csv(language).get("dns-external-servers").toString().contains(sentence), csv(language).get("dns-external-servers").toString());
        assertTrue(json().get("dns-external-servers").get("description").get(language.code()).asText().contains(sentence),
                json().get("dns-external-servers").toString());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aHostWithALabelReadsLabelThenHost(Language language) throws IOException {
        String name = (language == Language.DE ? "Update-Server" : "Update server") + " (update.example.com)";
        var row = page(language, "index.html").selectFirst("tr[data-flow=updates-ssh]");
        assertTrue(row.select("td").stream().anyMatch(td -> td.text().equals(name)), row.text());
        String manual = pdf(language, "index.pdf");
        // a narrow cell may wrap the host name after a dot: compared without blanks
        assertTrue(manual.replace(" ", "").contains(("Appliance " + name).replace(" ", "")), "manual: " + name + " in "
                + manual.substring(Math.max(0, manual.lastIndexOf("(SSH) Appliance") - 20), manual.lastIndexOf("(SSH) Appliance") + 100));
        assertTrue(pdf(language, "checklist-full.pdf").contains(name), "checklist: " + name);
        assertEquals(name, csv(language).get("updates-ssh").get(6));
        JsonNode destination = json().get("updates-ssh").get("destination").get(0);
        assertEquals("update.example.com", destination.get("host").asText());
        assertEquals(name, destination.get("name").get(language.code()).asText());
    }

    /** Item 3c: the warning about a conditional group no option forces names this project's options, not a sample's. */
    @org.junit.jupiter.api.Test
    void theConditionalGroupWarningNamesTheProjectsOwnOptions() throws IOException {
        Path copy = TestProjects.copy(TestProjects.RESOURCES.resolve("projects/parity"), tmp.resolve("unforced"));
        TestProjects.copy(TestProjects.REPOSITORY.resolve("themes"), copy.resolve("themes"));
        replaceAfter(copy, "data/options.json", "\"id\": \"mail-relay\"", "\"requires\": {\n        \"option\": \"dns-internal\"\n      }", "\"requires\": \"none\"");
        Files.writeString(copy.resolve("data/options.json"), Files.readString(copy.resolve("data/options.json"))
                .replace(",\n      \"requires\": \"none\"", ""));
        var run = TestProjects.run("check", "--project", copy.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: group 'dns' is conditional ('required with the relay') but no option's 'requires'"
                + " names the options of its flows; add \"requires\": {\"any\": [{\"option\": \"dns-internal\"}, {\"option\": \"dns-external\"}]}"
                + " to the option that makes these flows mandatory (one of mail-relay)"), run.err());
        assertFalse(run.err().contains("ntp-internet") || run.err().contains("cluster"), run.err());
    }

    /** The XLIFF keeps the reference as it is and offers the link text for translation; import compares ids only. */
    @org.junit.jupiter.api.Test
    void xliffKeepsTheReferenceAndTranslatesTheLinkText() throws IOException {
        Path xlf = tmp.resolve("texts.xlf");
        var run = TestProjects.run("i18n", "export", "--project", project.toString(), "--out", xlf.toString());
        assertEquals(0, run.exitCode(), run.err());
        String xliff = Files.readString(xlf);
        assertTrue(xliff.contains("<source>Namensauflösung über externe DNS-Server (siehe {menu:system.dns}), statt "
                + "{flow:dns-internal-servers|über die internen Server, falls gewählt}; mehr in {chapter:overview|der Übersicht}.</source>"), xliff);
        assertTrue(xliff.contains("{flow:dns-internal-servers|the internal servers, if chosen}"), xliff);
        assertTrue(xliff.contains("translate only the link text"), xliff);
        // another link text, the same ids: accepted; another id: refused
        Files.writeString(xlf, xliff.replace("the internal servers, if chosen", "the internal DNS servers where chosen"));
        var imported = TestProjects.run("i18n", "import", "--project", project.toString(), xlf.toString());
        assertEquals(0, imported.exitCode(), imported.err() + imported.out());
        assertTrue(Files.readString(project.resolve("data/flows.json")).contains("{flow:dns-internal-servers|the internal DNS servers where chosen}"));
        assertEquals(0, TestProjects.run("i18n", "export", "--project", project.toString(), "--out", xlf.toString()).exitCode());
        Files.writeString(xlf, Files.readString(xlf).replace("{flow:dns-internal-servers|the internal DNS servers where chosen}",
                "{flow:dns-external-servers|the internal DNS servers where chosen}"));
        var refused = TestProjects.run("i18n", "import", "--project", project.toString(), xlf.toString());
        assertEquals(1, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("must keep the references"), refused.err());
    }

    /** Item 10: no file of the site, page, PDF, CSV or JSON, counts one thing in the plural. */
    @org.junit.jupiter.api.Test
    void noOutputCountsOneThingInThePlural() throws IOException {
        int read = 0;
        try (var files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                String text = name.endsWith(".pdf") ? squeeze(pdfText(f))
                        : name.matches(".*\\.(html|csv|json|txt|js)") ? Files.readString(f) : null;
                if (text != null) {
                    read++;
                    dev.flowdoc.cli.PluralsTest.assertNoWrongPlural(text);
                }
            }
        }
        assertTrue(read > 10, "read " + read + " files");
    }

    // ---- reading the outputs back

    /** The words stand in the flow's row on the page, in the manual PDF and in the full checklist. */
    static void assertEverywhere(Language language, String flowId, String words) throws IOException {
        Document page = page(language, "index.html");
        assertTrue(page.selectFirst("tr[data-flow=" + flowId + "]").text().contains(words),
                flowId + " on the page: " + words + "\n" + page.selectFirst("tr[data-flow=" + flowId + "]").text());
        assertTrue(pdf(language, "index.pdf").contains(words), flowId + " in the manual: " + words);
        assertTrue(pdf(language, "checklist-full.pdf").contains(words), flowId + " in the full checklist: " + words);
    }

    static Document page(Language language, String name) throws IOException {
        return Jsoup.parse(site.resolve(language.code() + "/" + name).toFile(), "UTF-8");
    }

    static Map<String, CSVRecord> csv(Language language) throws IOException {
        String text = Files.readString(site.resolve(language.code() + "/flows.csv")).substring(1);
        Map<String, CSVRecord> records = new HashMap<>();
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .forEach(r -> records.put(r.get(0), r));
        return records;
    }

    static Map<String, JsonNode> json() throws IOException {
        Map<String, JsonNode> flows = new HashMap<>();
        new ObjectMapper().readTree(site.resolve("flows.json").toFile()).get("flows")
                .forEach(f -> flows.put(f.get("id").asText(), f));
        return flows;
    }

    static String pdf(Language language, String name) throws IOException {
        return squeeze(pdfText(site.resolve(language.code() + "/" + name)));
    }

    static String pdfText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Replaces the first {@code from} after {@code anchor} in a file of the project copy. */
    static void replaceAfter(Path project, String file, String anchor, String from, String to) throws IOException {
        Path f = project.resolve(file);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        int at = text.indexOf(anchor);
        int hit = at < 0 ? -1 : text.indexOf(from, at);
        if (hit < 0) {
            throw new AssertionError(file + ": no " + from + " after " + anchor);
        }
        Files.writeString(f, text.substring(0, hit) + to + text.substring(hit + from.length()), StandardCharsets.UTF_8);
    }
}
