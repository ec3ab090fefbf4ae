package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.view.Annotation;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.Documentation;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.GroupBlock;
import dev.flowdoc.view.Line;
import dev.flowdoc.view.ViewBuilder;
import dev.flowdoc.view.delta.Action;
import dev.flowdoc.view.delta.Delta;
import dev.flowdoc.view.delta.DeltaRow;
import dev.flowdoc.view.delta.DeltaView;
import dev.flowdoc.model.Messages;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One data set, one truth: a site is built, every output is read back as a reader or a tool reads it (HTML with
 * jsoup, CSV, flows.json, the manual PDF and every checklist with PDFBox), and each flow's description, ports,
 * source, destination, requirement and release annotations must say the same everywhere, in both languages. No
 * output may show raw markup. Run on the repository's project, on a fixture with changed and removed flows
 * ("history"), and on one ("parity") whose conditional group holds flows with a requirement clause of their own, a
 * changed, a new and removed flows, profiles (so checklists) and an upgrade page: every word of a row reaches the
 * page, the manual, every checklist, flows.csv, flows.json and the search index, and the one delta view says the
 * same on the upgrade page, in {@code changes} and in the upgrade checklist.
 */
class ParityTest {
    /** Markup that must never reach a reader: flowdoc's references and macros, AsciiDoc passthroughs and anchors. */
    private static final Pattern RAW = Pattern.compile(
            "\\{(menu|flow|group|chapter):|\\b(chapter|flow|group|menupath|flowtable|menupaths|releasechanges):[\\w.:-]*\\[|pass:c\\[|\\[\\[|]]|\\[\\.[a-z-]+]#");

    @TempDir
    static Path tmp;
    private static final Map<String, Built> BUILT = new HashMap<>();

    /** A built site and the views it was built from. */
    record Built(Path project, Path site, Documentation docs) {}

    @BeforeAll
    static void build() throws IOException {
        BUILT.put("repository", build(TestProjects.REPOSITORY, null, "repository"));
        Path history = TestProjects.copy(TestProjects.RESOURCES.resolve("projects/history"), tmp.resolve("history"));
        TestProjects.copy(TestProjects.REPOSITORY.resolve("themes"), history.resolve("themes"));
        // 9.10.0: one flow changed its port in that release, another is removed in the next
        BUILT.put("history", build(history, Version.of("9.10.0"), "history-site"));
        Path parity = TestProjects.copy(TestProjects.RESOURCES.resolve("projects/parity"), tmp.resolve("parity"));
        TestProjects.copy(TestProjects.REPOSITORY.resolve("themes"), parity.resolve("themes"));
        // 2.0.0: two DNS flows with their own clause in a conditional group; updates-ssh and mail-submission changed
        // in it, mail-out new in it, updates-legacy removed in the next, updates-ftp removed in it
        BUILT.put("parity", build(parity, Version.of("2.0.0"), "parity-site"));
    }

    private static Built build(Path project, Version release, String name) throws IOException {
        Path out = tmp.resolve(name);
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor, release).run(project, out, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        Inputs inputs = TestProjects.load(project).forRelease(release);
        return new Built(project, out, Documentation.of(inputs.project(), inputs.theme().messages()));
    }

    static Stream<Arguments> cases() {
        return Stream.of("repository", "history", "parity").flatMap(p -> Stream.of(Language.values()).map(l -> Arguments.of(p, l)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void thePageShowsEveryRowAsTheViewHasIt(String project, Language language) throws IOException {
        Built built = BUILT.get(project);
        DocView view = built.docs().view(language);
        Document page = Jsoup.parse(built.site().resolve(language.code() + "/index.html").toFile(), "UTF-8");
        for (GroupBlock group : view.groups()) {
            Element cell = page.getElementById(group.anchor()).closest("td");
            assertEquals(squeeze(group.cell().oneLine()), squeeze(cell.text()), group.id());
            for (FlowRow row : group.rows()) {
                Element tr = page.selectFirst("tr[data-flow=" + row.id() + "]");
                assertNotNull(tr, row.id());
                List<Element> cells = tr.select("td").stream().filter(td -> !td.hasClass("group-cell")).toList();
                assertEquals(squeeze(row.ports().oneLine()), squeeze(cells.get(0).text()), row.id());
                assertEquals(squeeze(row.source().oneLine()), squeeze(cells.get(1).text()), row.id());
                assertEquals(squeeze(row.destination().oneLine()), squeeze(cells.get(2).text()), row.id());
                assertEquals(squeeze(row.directionCell().oneLine()), squeeze(cells.get(3).text()), row.id());
                assertEquals(squeeze(row.description().oneLine()), squeeze(cells.get(4).text()), row.id());
            }
        }
        assertEquals(view.rows().count(), page.select("tr[data-flow]").size());
        noRawMarkup(page.body().text(), project + " " + language + " index.html");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void theCsvSaysWhatThePageSays(String project, Language language) throws IOException {
        Built built = BUILT.get(project);
        DocView view = built.docs().view(language);
        String csv = Files.readString(built.site().resolve(language.code() + "/flows.csv")).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(view.rows().count(), records.size());
        for (GroupBlock group : view.groups()) {
            for (FlowRow row : group.rows()) {
                CSVRecord r = records.stream().filter(x -> x.get(0).equals(row.id())).findFirst().orElseThrow();
                assertEquals(group.title(), r.get(1));
                assertEquals(row.requirement(), r.get(2), row.id());
                assertEquals(row.portsText(), r.get(4), row.id());
                assertEquals(String.join(", ", lines(row.source().lines())), r.get(5), row.id());
                assertEquals(String.join(", ", lines(row.destination().lines())), r.get(6), row.id());
                assertEquals(row.descriptionText(), r.get(9), row.id());
                assertEquals(String.join("\n", row.changes()), r.get(13), row.id());
                assertTrue(row.description().oneLine().contains(row.descriptionText()), "the page says the same: " + row.id());
                for (String note : group.notes()) {
                    assertTrue(r.get(14).contains(note), row.id() + ": " + r.get(14));
                }
            }
        }
        noRawMarkup(csv, project + " " + language + " flows.csv");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void flowsJsonSaysWhatThePageSays(String project, Language language) throws IOException {
        Built built = BUILT.get(project);
        DocView view = built.docs().view(language);
        JsonNode root = new ObjectMapper().readTree(built.site().resolve("flows.json").toFile());
        assertEquals(view.rows().count(), root.get("flows").size());
        String code = language.code();
        for (JsonNode flow : root.get("flows")) {
            FlowRow row = view.row(flow.get("id").asText()).orElseThrow();
            assertEquals(row.descriptionText(), flow.get("description").get(code).asText());
            assertEquals(row.portsText(), flow.get("portsText").get(code).asText());
            assertEquals(row.requirement(), flow.get("requirementText").get(code).asText());
            assertEquals(row.annotations().stream().map(Annotation::words).toList(),
                    flow.get("annotations").findValues(code).stream().map(JsonNode::asText).toList(), row.id());
            assertEquals(view.group(row.groupId()).orElseThrow().notes(),
                    flow.get("groupNotes").findValues(code).stream().map(JsonNode::asText).toList());
        }
        noRawMarkup(Files.readString(built.site().resolve("flows.json")), project + " flows.json");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void theManualPdfSaysWhatThePageSays(String project, Language language) throws IOException {
        Built built = BUILT.get(project);
        String text = pdfText(built.site().resolve(language.code() + "/index.pdf"));
        assertRowsIn(text, built.docs().view(language), "index.pdf");
        noRawMarkup(text, project + " " + language + " index.pdf");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyChecklistSaysWhatThePageSays(String project, Language language) throws IOException {
        Built built = BUILT.get(project);
        for (Profile profile : built.docs().project().deployment().profiles()) {
            Path file = built.site().resolve(language.code() + "/checklist-" + profile.id() + ".pdf");
            String text = pdfText(file);
            DocView selected = built.docs().profile(profile, language);
            assertRowsIn(text, selected, file.getFileName().toString());
            // exactly the profile's flows, each row as the main page has it
            DocView all = built.docs().view(language);
            selected.rows().forEach(r -> assertEquals(all.row(r.id()).orElseThrow().description(), r.description(), r.id()));
            noRawMarkup(text, project + " " + language + " " + file.getFileName());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theDefectsOfRoundOneAreGone(Language language) throws IOException {
        Built built = BUILT.get("repository");
        DocView view = built.docs().view(language);
        boolean de = language == Language.DE;
        // the REST API keeps "optional" everywhere, in one bracket with its release
        String restApi = de ? "(neu in 12.1.0, optional)" : "(new in 12.1.0, optional)";
        assertTrue(view.row("admin-restapi").orElseThrow().description().oneLine().startsWith(restApi));
        Path site = built.site();
        for (String output : List.of("index.pdf", "checklist-full.pdf")) {
            assertTrue(pdfText(site.resolve(language.code() + "/" + output)).contains(restApi), output);
        }
        assertTrue(Jsoup.parse(site.resolve(language.code() + "/index.html").toFile(), "UTF-8")
                .selectFirst("tr[data-flow=admin-restapi]").text().contains(restApi));
        // the OCSP / CRL row says once that a proxy can be used: its own sentence, no extra hint
        String ocsp = view.row("ocsp-crl-check").orElseThrow().description().oneLine();
        String hint = de ? "Auch über einen Proxy-Server möglich" : "A proxy server can be used instead";
        assertFalse(ocsp.contains(hint), ocsp);
        assertTrue(ocsp.contains(de ? "Die Möglichkeit eines entsprechenden Proxy-Eintrags besteht" : "proxy"), ocsp);
        // the PDFs head their columns as the page does
        String heading = String.join(" ", view.headings().subList(1, 5));
        assertTrue(pdfText(site.resolve(language.code() + "/index.pdf")).contains(heading), heading);
        assertTrue(pdfText(site.resolve(language.code() + "/checklist-minimal.pdf")).contains(heading), heading);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void theSearchIndexSaysWhatThePageSays(String project, Language language) throws IOException {
        Built built = BUILT.get(project);
        DocView view = built.docs().view(language);
        Map<String, JsonNode> docs = searchDocs(built.site(), language);
        view.rows().forEach(row -> {
            JsonNode doc = docs.get("index.html#" + row.anchor());
            assertNotNull(doc, row.id());
            assertEquals(row.portsText(), doc.get(2).asText(), row.id());
            assertEquals(view.group(row.groupId()).orElseThrow().title(), doc.get(3).asText(), row.id());
            String text = doc.get(4).asText();
            assertTrue(text.contains(row.name()), row.id() + ": " + text);
            assertTrue(text.contains(squeeze(row.description().oneLine())), row.id() + ": " + text);
        });
    }

    /** The words the fixture was made for, spelled out: each output says them, in both languages. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aFlowsOwnRequirementAChangeAndARemovalReachEveryOutput(Language language) throws IOException {
        Built built = BUILT.get("parity");
        DocView view = built.docs().view(language);
        boolean de = language == Language.DE;
        FlowRow dns = view.row("dns-internal-servers").orElseThrow();
        String clause = de ? "optional, bei internen DNS-Servern zwingend" : "optional, required with internal DNS servers";
        assertEquals(clause, dns.requirement());
        assertEquals(de ? "bei internen DNS-Servern zwingend" : "required with internal DNS servers", dns.requiredWhen());
        FlowRow ssh = view.row("updates-ssh").orElseThrow();
        String change = de ? "(geändert in 2.0.0, vorher TCP 2222 (SSH)) Port 2222 durch 22 ersetzt, siehe Namensauflösung."
                : "(changed in 2.0.0, previously TCP 2222 (SSH)) Port 2222 replaced by 22, see Name resolution.";
        assertEquals(List.of(change), ssh.changes());
        FlowRow legacy = view.row("updates-legacy").orElseThrow();
        String removal = de ? "(entfällt ab 3.0.0)" : "(removed in 3.0.0)";
        FlowRow mailOut = view.row("mail-out").orElseThrow();
        String added = de ? "(neu in 2.0.0)" : "(new in 2.0.0)";
        assertTrue(view.row("updates-ftp").isEmpty(), "removed in the documented release");
        // the group's own clause stays in its heading; the flows' own clauses lead their descriptions
        assertTrue(view.group("dns").orElseThrow().cell().oneLine().contains(de ? "(optional, mit dem Relay zwingend)" : "(optional, required with the relay)"));
        Map<String, String> rows = Map.of("dns-internal-servers", "(" + clause + ")", "updates-ssh", change,
                "updates-legacy", removal, "mail-out", added);
        Path site = built.site();
        Document page = Jsoup.parse(site.resolve(language.code() + "/index.html").toFile(), "UTF-8");
        String manual = pdfText(site.resolve(language.code() + "/index.pdf"));
        String full = pdfText(site.resolve(language.code() + "/checklist-full.pdf"));
        Map<String, JsonNode> search = searchDocs(site, language);
        rows.forEach((id, words) -> {
            assertTrue(page.selectFirst("tr[data-flow=" + id + "]").text().contains(words), id + " on the page: " + words);
            assertTrue(manual.contains(words), id + " in the manual: " + words);
            assertTrue(full.contains(words), id + " in the full checklist: " + words);
            assertTrue(search.get("index.html#flow-" + id).get(4).asText().contains(words), id + " in the search index: " + words);
        });
        // the profile with internal DNS only lists its DNS flow with the clause, and not the external one
        String internal = pdfText(site.resolve(language.code() + "/checklist-internal-dns.pdf"));
        assertTrue(internal.contains("(" + clause + ")"), internal);
        assertFalse(internal.contains(de ? "bei externen DNS-Servern" : "with external DNS servers"), internal);
        // flows.csv: the clause as the requirement, the change, since and removed in their columns
        String csv = Files.readString(site.resolve(language.code() + "/flows.csv")).substring(1);
        Map<String, CSVRecord> records = new HashMap<>();
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .forEach(r -> records.put(r.get(0), r));
        assertEquals(clause, records.get("dns-internal-servers").get(2));
        assertEquals(change, records.get("updates-ssh").get(13));
        assertEquals("2.0.0", records.get("mail-out").get(3));
        assertEquals("3.0.0", records.get("updates-legacy").get(12));
        assertEquals((de ? "Hinweis: Gilt nur mit Relay." : "Note: Applies with the relay only."), records.get("mail-out").get(14));
        // flows.json: the same, each word once per language
        JsonNode json = new ObjectMapper().readTree(site.resolve("flows.json").toFile());
        Map<String, JsonNode> flows = new HashMap<>();
        json.get("flows").forEach(f -> flows.put(f.get("id").asText(), f));
        String code = language.code();
        assertEquals(clause, flows.get("dns-internal-servers").get("requirementText").get(code).asText());
        assertEquals(dns.requiredWhen(), flows.get("dns-internal-servers").get("requiredWhen").get(code).asText());
        assertTrue(flows.get("dns-internal-servers").get("annotations").findValues(code).stream()
                .anyMatch(n -> n.asText().equals(clause)));
        assertEquals(de ? "Port 2222 durch 22 ersetzt, siehe Namensauflösung." : "Port 2222 replaced by 22, see Name resolution.",
                flows.get("updates-ssh").get("changes").get(0).get("note").get(code).asText());
        assertEquals("System › Proxy settings", flows.get("updates-ssh").get("proxyMenu").asText());
        assertEquals("3.0.0", flows.get("updates-legacy").get("removed").asText());
        assertEquals(removal, "(" + flows.get("updates-legacy").get("annotations").get(0).get("text").get(code).asText() + ")");
    }

    /** The upgrade page, {@code changes} (text, CSV, JSON) and the upgrade checklist render one delta view. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theUpgradePageChangesAndTheUpgradeChecklistSayTheSame(Language language) throws IOException {
        Built built = BUILT.get("parity");
        Inputs inputs = TestProjects.load(built.project()).forRelease(Version.of("2.0.0"));
        Messages words = inputs.theme().messages(language);
        DeltaView delta = DeltaView.of(Delta.between(inputs.project(), Version.of("1.0.0"), Version.of("2.0.0")),
                inputs.project(), words);
        assertEquals(List.of("mail-out", "updates-ssh", "mail-submission", "updates-ftp"),
                delta.rows().stream().map(DeltaRow::flowId).toList(), "opened, changed (data order), closed");
        boolean de = language == Language.DE;
        DeltaRow ssh = delta.rows().stream().filter(r -> r.flowId().equals("updates-ssh")).findFirst().orElseThrow();
        assertEquals("TCP 2222 (SSH) → TCP 22 (SSH)", ssh.ports());
        assertEquals(de ? "Port 2222 durch 22 ersetzt, siehe Namensauflösung." : "Port 2222 replaced by 22, see Name resolution.", ssh.noteText());
        // the page: one table row per delta row, cell by cell
        Document page = Jsoup.parse(built.site().resolve(language.code() + "/upgrade.html").toFile(), "UTF-8");
        Element section = page.getElementById(dev.flowdoc.render.adoc.ReleaseChangesSource.anchor(Version.of("2.0.0")));
        assertNotNull(section);
        List<String> pageRows = page.select("table.releasechanges tbody tr").stream().map(tr -> squeeze(tr.text())).toList();
        String text = dev.flowdoc.render.export.ChangesText.write(delta, words);
        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(dev.flowdoc.render.export.ChangesCsv.write(delta, words))).getRecords();
        JsonNode json = new ObjectMapper().readTree(dev.flowdoc.render.export.ChangesJson.write(delta, words));
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        new dev.flowdoc.render.pdf.UpgradeChecklistWriter(ViewBuilder.of(inputs.project(), words), inputs.theme(),
                inputs.buildDate()).write(delta, null, pdf);
        String checklist;
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            checklist = squeeze(new PDFTextStripper().getText(doc));
        }
        for (int i = 0; i < delta.rows().size(); i++) {
            DeltaRow r = delta.rows().get(i);
            String row = squeeze(String.join(" ", r.group(), r.ports(), r.source(), r.destination(), r.direction(),
                    r.descriptionText(), r.noteText()));
            assertTrue(pageRows.contains(row), r.flowId() + ": " + row + "\nnot in " + pageRows);
            assertTrue(text.contains("  - " + r.group() + ": " + r.flowId() + "\n"), text);
            assertTrue(text.contains(r.ports()) && text.contains(r.source()), text);
            CSVRecord c = csv.get(i);
            assertEquals(List.of(r.actionLabel(), r.group(), r.flowId(), r.portsBefore(), r.portsAfter(), r.source(),
                    r.destination(), r.direction(), r.noteText(), r.requirement()), c.toList());
            assertTrue(text.contains("\n    " + words.get("table.direction") + ": " + r.direction() + "\n"), text);
            JsonNode entry = json.get("actions").get(r.action().key()).get("entries").findParents("flow").stream()
                    .filter(n -> n.get("flow").asText().equals(r.flowId())).findFirst().orElseThrow();
            assertEquals(r.noteText().isEmpty() ? null : r.noteText(), entry.get("note").isNull() ? null : entry.get("note").asText());
            assertEquals(r.directionKey(), entry.get("direction").asText());
            assertEquals(r.direction(), entry.get("directionText").asText());
            // the checklist draws changed ports before and after on lines of their own
            assertTrue(checklist.contains(squeeze(r.descriptionText())), r.flowId() + " in the upgrade checklist");
            assertTrue(checklist.contains(r.action() == Action.CLOSE ? r.portsBefore() : r.portsAfter()), r.flowId());
        }
        noRawMarkup(page.body().text(), language + " upgrade.html");
        noRawMarkup(checklist, language + " upgrade checklist");
    }

    private static Map<String, JsonNode> searchDocs(Path site, Language language) throws IOException {
        String script = Files.readString(site.resolve("assets/search-" + language.code() + ".js"));
        String prefix = "(window.flowdocSearch = window.flowdocSearch || {})." + language.code() + " = ";
        JsonNode root = new ObjectMapper().readTree(script.substring(script.indexOf(prefix) + prefix.length(), script.length() - 2));
        Map<String, JsonNode> docs = new HashMap<>();
        root.get("docs").forEach(d -> docs.putIfAbsent(d.get(1).asText(), d));
        return docs;
    }

    static Stream<Language> languages() {
        return Stream.of(Language.values());
    }

    /** Every row's cells, as lines, appear in the PDF's text in the order the cells are drawn. */
    private static void assertRowsIn(String text, DocView view, String file) {
        for (GroupBlock group : view.groups()) {
            assertTrue(text.contains(squeeze(group.cell().oneLine())), file + ": group " + group.id() + " " + group.cell().oneLine());
            for (FlowRow row : group.rows()) {
                String cells = squeeze(String.join(" ", row.ports().oneLine(), row.source().oneLine(),
                        row.destination().oneLine(), row.directionCell().oneLine(), row.description().oneLine()));
                assertTrue(text.contains(cells), file + ": " + row.id() + "\n" + cells + "\nnot in\n" + text);
            }
        }
    }

    private static List<String> lines(List<Line> lines) {
        return lines.stream().map(Line::plain).toList();
    }

    private static void noRawMarkup(String text, String where) {
        var m = RAW.matcher(text);
        if (m.find()) {
            throw new AssertionError(where + " shows raw markup: "
                    + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)));
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return squeeze(new PDFTextStripper().getText(doc));
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
