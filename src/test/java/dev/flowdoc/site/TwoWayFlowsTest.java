package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.diag.Problem;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.model.Language;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.testing.Nft;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 24, items 1 and 2: the direction column and two-way flows. projects/real-table has two: "ntp-sync" (UDP 123
 * between the scanners and a time server in the corporate network, either side opens: direction "both") and
 * "scanner-mesh" (TCP 7400 from the scanners to the scanners: internal, both ways, source = destination), both new in
 * 4.1.0. Built in both languages; every output is read back as a reader (or a firewall) reads it.
 */
class TwoWayFlowsTest {
    static final Path FIXTURE = TestProjects.RESOURCES.resolve("projects/real-table");

    @TempDir
    static Path tmp;
    static Path project;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        project = TestProjects.copy(FIXTURE, tmp.resolve("project"));
        TestProjects.copy(TestProjects.REPOSITORY.resolve("themes"), project.resolve("themes"));
        site = tmp.resolve("site");
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor, null).run(project, site, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        assertEquals(List.of(), problems.all(), "the fixture is clean, translations included");
    }

    static String words(Language language, String de, String en) {
        return language == Language.DE ? de : en;
    }

    static String both(Language language) {
        return words(language, "in beide Richtungen", "both directions");
    }

    static String internalBoth(Language language) {
        return words(language, "intern, in beide Richtungen", "internal, both directions");
    }

    // the page

    @ParameterizedTest
    @EnumSource(Language.class)
    void thePageShowsOneRowPerTwoWayFlowWithItsDirection(Language language) throws IOException {
        Document doc = Jsoup.parse(site.resolve(language.code()).resolve("index.html").toFile(), "UTF-8");
        Element table = doc.selectFirst("table.flowtable");
        List<String> headings = table.select("thead th").eachText();
        assertEquals(words(language, "Funktion / Feature,Port,Quelle,Ziel,Richtung,Beschreibung",
                "Function / Feature,Port,Source,Destination,Direction,Description"), String.join(",", headings));
        assertEquals(1, table.select("tr[data-flow=ntp-sync]").size(), "one row, not two mirrored ones");
        Element ntp = table.selectFirst("tr[data-flow=ntp-sync]");
        assertEquals("both", ntp.attr("data-direction"));
        assertEquals("true", ntp.attr("data-bidirectional"));
        String label = words(language, "Richtung", "Direction");
        assertEquals(both(language), ntp.selectFirst("td[data-label=" + label + "]").text());
        assertEquals(List.of("UDP 123 (NTP)", "Scanner", words(language, "Zeitserver", "Time server"), both(language)),
                ntp.select("td").eachText().subList(0, 4));
        Element mesh = table.selectFirst("tr[data-flow=scanner-mesh]");
        assertEquals("internal", mesh.attr("data-direction"), "scanner ↔ scanner: both ends are the product");
        assertEquals("true", mesh.attr("data-bidirectional"));
        assertEquals(internalBoth(language), mesh.selectFirst("td[data-label=" + label + "]").text());
        // every row has its direction in the column, in the page's words
        Map<String, String> column = new java.util.LinkedHashMap<>();
        table.select("tr[data-flow]").forEach(r -> column.put(r.attr("data-flow"), r.selectFirst("td[data-label=" + label + "]").text()));
        assertEquals(words(language, "eingehend", "inbound"), column.get("mail-in"));
        assertEquals(words(language, "ausgehend", "outbound"), column.get("intel-feed"));
        assertEquals(words(language, "intern", "internal"), column.get("quarantine-sync"));
        assertEquals("false", table.selectFirst("tr[data-flow=mail-in]").attr("data-bidirectional"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theFilterOffersTheDirectionsInThePagesLanguage(Language language) throws IOException {
        Document doc = Jsoup.parse(site.resolve(language.code()).resolve("index.html").toFile(), "UTF-8");
        Element template = doc.getElementById("flowfilter-template");
        Document form = Jsoup.parse(template.html());
        Element select = form.selectFirst("select[name=direction]");
        assertEquals(words(language, "Richtung", "Direction"), select.parent().ownText().strip());
        Map<String, String> options = new java.util.LinkedHashMap<>();
        select.select("option").forEach(o -> options.put(o.val(), o.text()));
        assertEquals(words(language, "alle", "all"), options.get(""));
        assertEquals(words(language, "eingehend", "inbound"), options.get("inbound"));
        assertEquals(words(language, "ausgehend", "outbound"), options.get("outbound"));
        assertEquals(words(language, "intern", "internal"), options.get("internal"));
        assertEquals(both(language), options.get("both"));
        String script = Files.readString(site.resolve("assets/js/filter.js"), StandardCharsets.UTF_8);
        assertTrue(script.contains("form.elements.direction"), "the script reads the choice");
        assertTrue(script.contains("dataset.bidirectional"), "'both' picks the two-way rows");
    }

    // the PDFs

    @ParameterizedTest
    @EnumSource(Language.class)
    void theManualPdfHasTheDirectionColumn(Language language) throws Exception {
        String text = pdftotext(site.resolve(language.code()).resolve("index.pdf"));
        assertTrue(text.contains(words(language, "Port Quelle Ziel Richtung Beschreibung", "Port Source Destination Direction Description")), text);
        assertEquals(1, count(text, "UDP 123 (NTP)") - 1, "one row (and the diagram's label): " + text);
        assertTrue(flat(text).contains("UDP 123 (NTP) Scanner " + words(language, "Zeitserver", "Time server") + " " + both(language)), text);
        assertTrue(flat(text).contains("TCP 7400 Scanner Scanner " + internalBoth(language)), text);
        assertTrue(flat(text).contains("TCP 25 (SMTP) " + words(language, "Absender-Server Scanner eingehend", "Sending servers Scanner inbound")), text);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theProfileChecklistHasTheDirectionColumn(Language language) throws Exception {
        String text = flat(pdftotext(site.resolve(language.code()).resolve("checklist-full.pdf")));
        assertTrue(text.contains(words(language, "Port Quelle Ziel Richtung Beschreibung", "Port Source Destination Direction Description")), text);
        assertTrue(text.contains("UDP 123 (NTP) Scanner " + words(language, "Zeitserver", "Time server") + " " + both(language)), text);
        assertTrue(text.contains("TCP 7400 Scanner Scanner " + internalBoth(language)), text);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theUpgradeChecklistSaysBothDirections(Language language) throws Exception {
        Path pdf = tmp.resolve("upgrade-" + language.code() + ".pdf");
        TestProjects.Run run = TestProjects.run("checklist", "--project", project.toString(), "--lang", language.code(),
                "--upgrade-from", "4.0.0", "--out", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = flat(pdftotext(pdf));
        assertTrue(text.contains(words(language, "Richtung", "Direction")), text);
        assertTrue(text.contains("UDP 123 (NTP) Scanner " + words(language, "Zeitserver", "Time server") + " " + both(language)), text);
        assertTrue(text.contains("TCP 7400 Scanner Scanner " + internalBoth(language)), text);
    }

    // the exports

    @ParameterizedTest
    @EnumSource(Language.class)
    void theCsvSaysBothDirections(Language language) throws IOException {
        String csv = Files.readString(site.resolve(language.code()).resolve("flows.csv"), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
        Map<String, CSVRecord> rows = records.stream().collect(Collectors.toMap(r -> r.get(0), r -> r));
        assertEquals(flowCount(), records.size(), "one record per flow, none mirrored");
        String direction = words(language, "Richtung", "Direction");
        assertEquals(both(language), rows.get("ntp-sync").get(direction));
        assertEquals(words(language, "intern (Nordlicht MailShield), in beide Richtungen",
                "internal (Nordlicht MailShield), both directions"), rows.get("scanner-mesh").get(direction));
        assertEquals(words(language, "eingehend", "inbound"), rows.get("mail-in").get(direction));
    }

    @Test
    void flowsJsonHasTheFieldAndTheWords() throws IOException {
        JsonNode root = new ObjectMapper().readTree(site.resolve("flows.json").toFile());
        Map<String, JsonNode> flows = new java.util.HashMap<>();
        root.get("flows").forEach(f -> flows.put(f.get("id").asText(), f));
        JsonNode ntp = flows.get("ntp-sync");
        assertTrue(ntp.get("bidirectional").asBoolean());
        assertEquals("both", ntp.get("direction").asText());
        assertEquals("in beide Richtungen", ntp.get("directionText").get("de").asText());
        assertEquals("both directions", ntp.get("directionText").get("en").asText());
        JsonNode mesh = flows.get("scanner-mesh");
        assertTrue(mesh.get("bidirectional").asBoolean());
        assertEquals("internal", mesh.get("direction").asText());
        assertFalse(flows.get("mail-in").get("bidirectional").asBoolean());
        assertEquals("inbound", flows.get("mail-in").get("direction").asText());
    }

    // the diagram

    private static final Pattern LINE = Pattern.compile("<path class=\"line\"[^>]*>");

    @ParameterizedTest
    @EnumSource(Language.class)
    void theDiagramDrawsOneArrowWithTwoHeads(Language language) throws IOException {
        String svg = Files.readString(site.resolve(language.code()).resolve("flowdiagram-1.svg"), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        Matcher m = LINE.matcher(svg);
        while (m.find()) {
            lines.add(m.group());
        }
        List<String> twoHeads = lines.stream().filter(l -> l.contains("marker-start=") && l.contains("marker-end=")).toList();
        assertEquals(2, twoHeads.size(), "the NTP arrow and the scanners' loop: " + lines);
        assertEquals(lines.size() - 2, lines.stream().filter(l -> !l.contains("marker-start=")).count(), "one-way arrows keep one head");
        // the start marker exists, points back, and sits on the first point
        Matcher tail = Pattern.compile("<marker id=\"flowdiagram-1-tail-none\"[^>]*refX=\"0\"[^>]*><path d=\"M10,0 L0,5 L10,10 z\"").matcher(svg);
        assertTrue(tail.find(), svg);
        // each of the two flows has one label on its arrow (one arrow, not one per direction)
        assertEquals(1, count(svg, "href=\"#flow-ntp-sync\" class="), svg);
        assertEquals(1, count(svg, "href=\"#flow-scanner-mesh\" class="), svg);
        assertTrue(svg.contains(">UDP 123 (NTP)<"), svg);
    }

    // the delta

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void changesSayBothDirectionsInEveryFormat(String lang) throws IOException {
        Language language = Language.valueOf(lang.toUpperCase());
        TestProjects.Run text = TestProjects.run("changes", "--project", project.toString(), "--from", "4.0.0", "--to", "4.1.0", "--lang", lang);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("ntp-sync\n    Port: UDP 123 (NTP)\n    " + words(language, "Quelle: Scanner\n    Ziel: Zeitserver\n    Richtung: ",
                "Source: Scanner\n    Destination: Time server\n    Direction: ") + both(language) + "\n"), text.out());
        assertTrue(text.out().contains(words(language, "Richtung: ", "Direction: ") + internalBoth(language)), text.out());
        TestProjects.Run csv = TestProjects.run("changes", "--project", project.toString(), "--from", "4.0.0", "--to", "4.1.0", "--lang", lang, "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        Map<String, CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv.out())).stream()
                .collect(Collectors.toMap(r -> r.get(2), r -> r));
        assertEquals(both(language), rows.get("ntp-sync").get(words(language, "Richtung", "Direction")));
        TestProjects.Run json = TestProjects.run("changes", "--project", project.toString(), "--from", "4.0.0", "--to", "4.1.0", "--lang", lang, "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode entries = new ObjectMapper().readTree(json.out()).get("actions").get("open").get("entries");
        Map<String, JsonNode> byFlow = new java.util.HashMap<>();
        entries.forEach(e -> byFlow.put(e.get("flow").asText(), e));
        assertTrue(byFlow.get("ntp-sync").get("bidirectional").asBoolean());
        assertEquals("both", byFlow.get("ntp-sync").get("direction").asText());
        assertEquals(both(language), byFlow.get("ntp-sync").get("directionText").asText());
        assertFalse(byFlow.get("intel-feed").get("bidirectional").asBoolean());
        assertEquals("outbound", byFlow.get("intel-feed").get("direction").asText());
    }

    // the firewall

    /** Addresses for every endpoint of the fixture: the scanners with IPv4 and IPv6, the time server IPv4 only. */
    private static Path addresses() throws IOException {
        Path file = tmp.resolve("addresses.json");
        Files.writeString(file, """
                {"endpoints": {"time-server": ["10.9.0.5"], "scanner": ["10.2.0.0/24", "2001:db8:2::/64"],
                 "control-center": ["10.1.0.1"], "groupware": ["10.3.0.1"], "admin-station": ["10.3.0.9"],
                 "resolver": ["10.3.0.53"], "relay": ["10.4.0.1"], "intel": ["198.51.100.7"], "senders": ["0.0.0.0/0"]}}
                """);
        return file;
    }

    @Test
    void nftablesOpensATwoWayFlowBothWaysAndTheKernelLoadsIt() throws Exception {
        TestProjects.Run run = TestProjects.run("firewall", "--project", project.toString(), "--format", "nftables",
                "--profile", "full", "--addresses", addresses().toString());
        assertEquals(0, run.exitCode(), run.err());
        SortedMap<String, List<String>> chains = Nft.applied(tmp, run.out());
        assertEquals(List.of("ip saddr 10.2.0.0/24 ip daddr 10.9.0.5 udp dport 123 accept comment \"ntp-sync\""),
                chains.get("flow_ntp-sync"));
        assertEquals(List.of("ip saddr 10.9.0.5 ip daddr 10.2.0.0/24 udp dport 123 accept comment \"ntp-sync_reverse\""),
                chains.get("flow_ntp-sync_reverse"));
        // scanner ↔ scanner: one rule from the set to itself already allows both ways
        assertEquals(List.of("ip saddr 10.2.0.0/24 ip daddr 10.2.0.0/24 tcp dport 7400 accept comment \"scanner-mesh\"",
                "ip6 saddr 2001:db8:2::/64 ip6 daddr 2001:db8:2::/64 tcp dport 7400 accept comment \"scanner-mesh\""),
                chains.get("flow_scanner-mesh"));
        assertFalse(chains.containsKey("flow_scanner-mesh_reverse"));
        String forward = chains.keySet().stream().filter(k -> k.equals("forward")).findFirst().orElseThrow();
        assertTrue(chains.get(forward).containsAll(List.of("jump flow_ntp-sync", "jump flow_ntp-sync_reverse")), chains.get(forward).toString());
        // the way back ends on the scanners: the appliance's own input chain jumps to it, not to the way there
        assertTrue(chains.get("input").contains("jump flow_ntp-sync_reverse"), chains.get("input").toString());
        assertFalse(chains.get("input").contains("jump flow_ntp-sync"), chains.get("input").toString());
    }

    @Test
    void fortiGateAndPanOsWriteAPolicyEachWay() throws Exception {
        TestProjects.Run forti = TestProjects.run("firewall", "--project", project.toString(), "--format", "fortigate",
                "--profile", "full", "--addresses", addresses().toString());
        assertEquals(0, forti.exitCode(), forti.err());
        String f = forti.out();
        assertTrue(f.contains("set name \"ntp-sync\"") && f.contains("set name \"ntp-sync_reverse\""), f);
        assertTrue(policy(f, "ntp-sync").contains("set srcaddr \"fd-ntp-sync-src\""), f);
        assertTrue(f.contains("edit \"fd-ntp-sync_reverse-src\"\n        set member \"fd-10.9.0.5\""), f);
        assertTrue(policy(f, "ntp-sync_reverse").contains("set dstaddr \"fd-ntp-sync_reverse-dst\""), f);
        assertEquals(1, count(f, "set name \"scanner-mesh"), "the cluster sync needs one policy: " + f);
        TestProjects.Run pan = TestProjects.run("firewall", "--project", project.toString(), "--format", "panos",
                "--profile", "full", "--addresses", addresses().toString());
        assertEquals(0, pan.exitCode(), pan.err());
        String p = pan.out();
        assertTrue(p.contains("set rulebase security rules ntp-sync from [ scanners ] to [ lan ] source [ fd-ntp-sync-src ]"
                + " destination [ fd-ntp-sync-dst ]"), p);
        assertTrue(p.contains("set rulebase security rules ntp-sync_reverse from [ lan ] to [ scanners ] source"
                + " [ fd-ntp-sync_reverse-src ] destination [ fd-ntp-sync_reverse-dst ]"), p);
        assertTrue(p.contains("set address-group fd-ntp-sync_reverse-src static [ fd-10.9.0.5 ]"), p);
        assertEquals(1, count(p, "set rulebase security rules scanner-mesh from"), p);
    }

    @Test
    void theRuleBackHasAPolicyNumberOfItsOwn() throws Exception {
        // every flow over all releases gets a number, and the one two-way flow whose ends differ one more
        int flows = flowCount();
        String tooFew = "100-" + (100 + flows - 1);
        Path small = tmp.resolve("policy-too-few.json");
        Files.writeString(small, "{\"endpoints\": {\"scanner\": [\"10.2.0.0/24\"], \"time-server\": [\"10.9.0.5\"]},\n"
                + " \"fortigate\": {\"policyIds\": \"" + tooFew + "\"}}\n");
        TestProjects.Run refused = TestProjects.run("firewall", "--project", project.toString(), "--format", "fortigate",
                "--profile", "full", "--addresses", small.toString());
        assertEquals(1, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains(":2:29: error: fortigate.policyIds '" + tooFew + "' holds " + flows
                + " numbers, and the data needs " + (flows + 1)
                + " over all releases (one per flow, one more for the way back of a two-way flow)"), refused.err());
        Path enough = tmp.resolve("policy-enough.json");
        int last = 100 + flows;
        Files.writeString(enough, Files.readString(small).replace(tooFew, "100-" + last));
        TestProjects.Run run = TestProjects.run("firewall", "--project", project.toString(), "--format", "fortigate",
                "--profile", "full", "--addresses", enough.toString());
        assertEquals(0, run.exitCode(), run.err());
        Matcher edit = Pattern.compile("edit (\\d+)\n\\s+set name \"(ntp-sync(?:_reverse)?)\"").matcher(run.out());
        Map<String, Integer> numbers = new java.util.HashMap<>();
        while (edit.find()) {
            numbers.put(edit.group(2), Integer.parseInt(edit.group(1)));
        }
        assertEquals(2, numbers.size(), run.out());
        assertFalse(numbers.get("ntp-sync").equals(numbers.get("ntp-sync_reverse")), numbers.toString());
        assertTrue(numbers.values().stream().allMatch(n -> n >= 100 && n <= last), numbers.toString());
    }

    /** The FortiGate policy block named {@code name}: from its "set name" to its "next". */
    private static String policy(String config, String name) {
        int at = config.indexOf("set name \"" + name + "\"");
        return config.substring(at, config.indexOf("next", at));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nftables", "fortigate", "panos"})
    void aFilledUpgradeChecklistOpensTheTwoWayFlowBothWays(String format) throws Exception {
        Path pdf = tmp.resolve("upgrade-" + format + ".pdf");
        TestProjects.Run made = TestProjects.run("checklist", "--project", project.toString(), "--lang", "de",
                "--upgrade-from", "4.0.0", "--out", pdf.toString());
        assertEquals(0, made.exitCode(), made.err());
        Path filled = tmp.resolve("filled-" + format + ".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var form = doc.getDocumentCatalog().getAcroForm();
            form.getField("flow.ntp-sync.source").setValue("10.2.0.0/24");
            form.getField("flow.ntp-sync.destination").setValue("10.9.0.5");
            form.getField("flow.scanner-mesh.source").setValue("10.2.0.0/24");
            form.getField("flow.scanner-mesh.destination").setValue("10.2.0.0/24");
            doc.save(filled.toFile());
        }
        TestProjects.Run run = TestProjects.run("firewall", "--project", project.toString(), "--format", format,
                "--from-checklist", filled.toString());
        assertEquals(0, run.exitCode(), run.err());
        String rules = run.out();
        switch (format) {
            case "nftables" -> {
                assertTrue(rules.contains("add rule inet flowdoc flow_ntp-sync ip saddr { 10.2.0.0/24 } ip daddr { 10.9.0.5 } udp dport 123"), rules);
                assertTrue(rules.contains("add rule inet flowdoc flow_ntp-sync_reverse ip saddr { 10.9.0.5 } ip daddr { 10.2.0.0/24 } udp dport 123"), rules);
                assertFalse(rules.contains("flow_scanner-mesh_reverse"), rules);
                Nft.assertAccepted(rules, tmp);
            }
            case "fortigate" -> assertTrue(rules.contains("set name \"ntp-sync\"") && rules.contains("set name \"ntp-sync_reverse\""), rules);
            default -> assertTrue(rules.contains("rules ntp-sync from [ scanners ] to [ lan ]")
                    && rules.contains("rules ntp-sync_reverse from [ lan ] to [ scanners ]"), rules);
        }
    }

    // what a writer can get wrong

    private static List<String> check(String file, String from, String to) {
        Path copy = TestProjects.copy(FIXTURE, tmp.resolve("broken-" + System.nanoTime()));
        TestProjects.replace(copy, file, from, to);
        Problems problems = new Problems();
        dev.flowdoc.site.Loader.loadAndValidate(copy, problems);
        return problems.all().stream().filter(Problem::isError).map(Problem::format).toList();
    }

    @Test
    void bidirectionalIsTrueOrFalse() {
        List<String> errors = check("data/flows.json", "\"bidirectional\": true,\n          \"source\": [\n            \"scanner\"\n          ],\n          \"destination\": [\n            \"time-server\"",
                "\"bidirectional\": \"yes\",\n          \"source\": [\n            \"scanner\"\n          ],\n          \"destination\": [\n            \"time-server\"");
        assertEquals(List.of("data/flows.json:208:28: error: flow 'ntp-sync': 'bidirectional' must be true or false,"
                + " not the text \"yes\""), errors);
    }

    @Test
    void aMirroredFlowBesideATwoWayFlowIsReported() {
        // a writer keeps the old way back beside "bidirectional": true
        String mirror = """
                ,
                        {
                          "id": "ntp-back",
                          "ports": [{"protocols": ["udp"], "ports": [123], "service": "NTP"}],
                          "source": ["time-server"],
                          "destination": ["scanner"],
                          "description": {"de": "Der Zeitserver fragt die Scanner.", "en": "The time server asks the scanners."}
                        }
                      ]
                    },
                    {
                      "id": "operations\"""";
        List<String> errors = check("data/flows.json", "\n      ]\n    },\n    {\n      \"id\": \"operations\"", mirror);
        assertEquals(List.of("data/flows.json:248:9: error: flow 'ntp-back' documents the way back of two-way flow 'ntp-sync'"
                + " (the same ports between the same endpoints); remove flow 'ntp-back': \"bidirectional\": true on 'ntp-sync'"
                + " already shows both directions in one row and opens both in the firewall"), errors);
    }

    @Test
    void aTwoWayFlowNamesNoProxy() {
        List<String> errors = check("data/flows.json", "\"bidirectional\": true,\n          \"source\": [\n            \"scanner\"\n          ],\n          \"destination\": [\n            \"time-server\"",
                "\"bidirectional\": true, \"proxy\": {},\n          \"source\": [\n            \"scanner\"\n          ],\n          \"destination\": [\n            \"time-server\"");
        assertEquals(List.of("data/flows.json:208:28: error: flow 'ntp-sync' runs both ways and names a proxy; a proxy carries"
                + " only connections the appliance opens: remove 'proxy', or write the way in as a flow of its own without"
                + " 'bidirectional'"), errors);
    }

    @Test
    void aTwoWayFlowFromEndpointsToThemselvesIsFine() {
        assertEquals(List.of(), check("data/flows.json", "\"id\": \"scanner-mesh\"", "\"id\": \"scanner-mesh\""));
        assertTrue(TestProjects.data(project).flow("scanner-mesh").orElseThrow().bidirectional());
        assertFalse(TestProjects.data(project).flow("scanner-mesh").orElseThrow().rulesBothWays());
        assertTrue(TestProjects.data(project).flow("ntp-sync").orElseThrow().rulesBothWays());
    }

    // helpers

    static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-raw", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        return text;
    }

    /** The text on one line: a cell's words wrap, the reader reads on. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    /** How many flows the fixture's data holds (every release). */
    private static int flowCount() throws IOException {
        JsonNode groups = new ObjectMapper().readTree(project.resolve("data/flows.json").toFile()).get("groups");
        int n = 0;
        for (JsonNode g : groups) {
            n += g.get("flows").size();
        }
        return n;
    }
}
