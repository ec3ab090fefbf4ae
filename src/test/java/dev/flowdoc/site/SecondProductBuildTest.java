package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.render.pdf.ChecklistWriter;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problem;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
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
 * A second product, not SEPPmail: projects/second-product documents "Nordlicht MailShield", a mail security product
 * with a Control Center and scanners (two zones marked "appliance"), its own zones (a DMZ, a vendor cloud, an
 * Internet zone with another id), a port range, ICMP with types, ICMPv6, ESP and GRE, and "TCP" in upper case.
 * Built in both languages with the repository's theme; every output is read back.
 */
class SecondProductBuildTest {
    static final Path FIXTURE = TestProjects.RESOURCES.resolve("projects/second-product");

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

    static Document page(Language language) throws IOException {
        return Jsoup.parse(site.resolve(language.code()).resolve("index.html").toFile(), "UTF-8");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void tableRowsShowRangesIcmpAndDirectionsFromTheZones(Language language) throws IOException {
        Document doc = page(language);
        assertEquals(11, doc.select("table.flowtable tr[data-flow]").size());
        Element sync = doc.selectFirst("tr[data-flow=quarantine-sync]");
        assertTrue(sync.text().contains("TCP 41000\u201341100"), sync.text());
        assertEquals("41000-41100", sync.attr("data-ports"), "the filter script reads ranges as from-to");
        assertEquals("internal", sync.attr("data-direction"), "scanner → Control Center: both are the product");
        Element ping = doc.selectFirst("tr[data-flow=health-ping]");
        assertTrue(ping.text().contains(words(language, "ICMP Typ 0, 8", "ICMP type 0, 8")), ping.text());
        assertEquals("", ping.attr("data-ports"));
        assertEquals("icmp", ping.attr("data-protocols"));
        assertTrue(doc.selectFirst("tr[data-flow=health-ping6]").text().contains("ICMPv6"));
        assertTrue(doc.selectFirst("tr[data-flow=cloud-tunnel]").text().contains(
                words(language, "UDP 500, 4500 (IKE) und/oder ESP und/oder GRE", "UDP 500, 4500 (IKE) and/or ESP and/or GRE")));
        Element in = doc.selectFirst("tr[data-flow=mail-in]");
        assertTrue(in.text().contains("TCP 25 (SMTP)"), "\"TCP\" in upper case: " + in.text());
        assertEquals("true", in.attr("data-internet"), "the zone 'outside' is marked internet");
        assertEquals("inbound", in.attr("data-direction"));
        assertEquals("false", doc.selectFirst("tr[data-flow=mail-relay]").attr("data-internet"), "the DMZ is not the Internet");
        assertEquals("false", doc.selectFirst("tr[data-flow=intel-feed]").attr("data-internet"));
        assertEquals("outbound", doc.selectFirst("tr[data-flow=intel-feed]").attr("data-direction"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theEndpointsTableNamesTheProjectsZones(Language language) throws IOException {
        Document doc = page(language);
        Element table = doc.select("table:not(.flowtable)").stream().filter(t -> t.text().contains(words(language, "Hersteller-Cloud", "Vendor cloud")))
                .findFirst().orElseThrow(() -> new AssertionError(doc.text()));
        List<String> zones = table.select("tbody tr").stream().map(r -> r.child(0).text()).toList();
        assertEquals(words(language, "Control Center,Scanner-Knoten,Firmennetz,DMZ,Hersteller-Cloud,Weltweites Netz",
                "Control Center,Scanner nodes,Corporate network,DMZ,Vendor cloud,Worldwide network"), String.join(",", zones));
        assertTrue(table.text().contains(words(language, "Die Cloud-Dienste des Herstellers.", "The vendor's cloud services.")));
        assertTrue(table.text().contains("intel.nordlicht-cloud.example"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noRawMarkupAndNoWordOfTheOtherProduct(Language language) throws IOException {
        Document doc = page(language);
        String text = doc.body().text();
        for (String raw : List.of("{flow:", "flowtable::", "endpoints::", "profiles::", "flow:mail-in[", "*Control", "[[")) {
            assertFalse(text.contains(raw), raw + " in " + text);
        }
        assertFalse(text.toLowerCase().contains("seppmail"), text);
        assertFalse(text.contains("Appliances"), text);
        assertTrue(doc.selectFirst("a[href=#flow-mail-in]") != null, "the prose links to the flow's row");
        String adoc = Files.readString(site.resolve(language.code()).resolve("index.adoc"), StandardCharsets.UTF_8);
        assertTrue(adoc.contains("41000\u201341100"), adoc);
    }

    @Test
    void everyLinkOfEveryPageResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        int checked = 0;
        for (Path file : pages) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element e : doc.select("[href], [src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                int hash = ref.indexOf('#');
                String path = hash < 0 ? ref : ref.substring(0, hash);
                Path target = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                checked++;
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    broken.add(file + ": " + ref + ": no such file");
                } else if (hash >= 0 && hash < ref.length() - 1 && target.toString().endsWith(".html")
                        && Jsoup.parse(target.toFile(), "UTF-8").getElementById(ref.substring(hash + 1)) == null) {
                    broken.add(file + ": " + ref + ": no such anchor");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 20, "checked " + checked);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void csvSaysWhatTheTableSays(Language language) throws IOException {
        String csv = Files.readString(site.resolve(language.code()).resolve("flows.csv"), StandardCharsets.UTF_8).substring(1);
        Map<String, CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).stream()
                .collect(Collectors.toMap(r -> r.get(0), r -> r));
        assertEquals(11, rows.size());
        assertEquals("TCP 41000\u201341100", rows.get("quarantine-sync").get(4));
        assertEquals(words(language, "ICMP Typ 0, 8", "ICMP type 0, 8"), rows.get("health-ping").get(4));
        assertEquals(words(language, "intern (Nordlicht MailShield)", "internal (Nordlicht MailShield)"), rows.get("health-ping").get(7));
        assertEquals(words(language, "ja", "yes"), rows.get("mail-in").get(8));
        assertEquals(words(language, "nein", "no"), rows.get("mail-relay").get(8));
    }

    @Test
    void flowsJsonHasRangesIcmpTypesAndTheZones() throws IOException {
        JsonNode root = new ObjectMapper().readTree(site.resolve("flows.json").toFile());
        assertEquals("Nordlicht MailShield", root.get("product").asText());
        Map<String, JsonNode> flows = new java.util.HashMap<>();
        root.get("flows").forEach(f -> flows.put(f.get("id").asText(), f));
        JsonNode range = flows.get("quarantine-sync").get("ports").get(0).get("ports").get(0);
        assertEquals(41000, range.get("from").asInt());
        assertEquals(41100, range.get("to").asInt());
        JsonNode icmp = flows.get("health-ping").get("ports").get(0);
        assertEquals("[\"ICMP\"]", icmp.get("protocols").toString());
        assertEquals("[0,8]", icmp.get("icmpTypes").toString());
        assertEquals("ICMP type 0, 8", flows.get("health-ping").get("portsText").get("en").asText());
        assertTrue(flows.get("mail-in").get("fromInternet").asBoolean());
        assertEquals("outside", flows.get("mail-in").get("source").get(0).get("zone").asText());
        JsonNode cloud = root.get("zones").get(4);
        assertEquals("cloud", cloud.get("id").asText());
        assertEquals("Hersteller-Cloud", cloud.get("label").get("de").asText());
        assertEquals("Vendor cloud", cloud.get("label").get("en").asText());
        assertFalse(cloud.get("internet").asBoolean());
        assertTrue(root.get("zones").get(1).get("appliance").asBoolean(), "the scanners are the product too");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void manualPdfShowsRangesIcmpAndZones(Language language) throws IOException {
        try (PDDocument doc = Loader.loadPDF(site.resolve(language.code()).resolve("index.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("41000\u201341100"), text);
            assertTrue(text.contains(words(language, "ICMP Typ 0, 8", "ICMP type 0, 8")), text);
            assertTrue(text.contains(words(language, "Hersteller-Cloud", "Vendor cloud")), text);
            assertTrue(text.contains(words(language, "Scanner-Knoten", "Scanner nodes")), text);
            assertFalse(text.contains("flowtable::") || text.contains("{flow:"), text);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void checklistAsksForTheAddressOfEachRoleOfTheProduct(Language language) throws IOException {
        Project data = TestProjects.data(project);
        Profile full = data.deployment().profile("full").orElseThrow();
        try (PDDocument doc = Loader.loadPDF(site.resolve(language.code()).resolve("checklist-full.pdf").toFile())) {
            List<String> names = new ArrayList<>();
            for (PDField f : doc.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (f.getFieldType() != null) {
                    names.add(f.getFullyQualifiedName());
                }
            }
            assertEquals(List.of("customer", "endpoint.control-center.address", "endpoint.scanner.address"), names.subList(0, 3));
            assertFalse(names.contains("appliance"));
            assertEquals(ChecklistWriter.fieldNames(data, full).stream().sorted().toList(), names.stream().sorted().toList());
            assertTrue(names.contains("flow.quarantine-sync.opened"));
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(words(language, "Control Center (Hostname / IP-Adresse)", "Control Center (host name / IP address)")), text);
            assertTrue(text.contains(words(language, "Scanner (Hostname / IP-Adresse)", "Scanner (host name / IP address)")), text);
            assertTrue(text.contains("41000\u201341100"), text);
        }
    }

    // validation of what the second product needs

    private static List<String> check(String file, String from, String to) {
        Path copy = TestProjects.copy(FIXTURE, tmp.resolve("broken-" + System.nanoTime()));
        TestProjects.replace(copy, file, from, to);
        Problems problems = new Problems();
        dev.flowdoc.site.Loader.loadAndValidate(copy, problems);
        return problems.all().stream().filter(Problem::isError).map(Problem::format).toList();
    }

    @Test
    void aRangeMustRunFromLowToHigh() {
        assertEquals(List.of("data/flows.json:108:17: error: flow 'quarantine-sync': port range \"41100-41000\" does not run"
                + " from a lower to a higher port; write the lower port first: \"41000-41100\""),
                check("data/flows.json", "\"41000-41100\"", "\"41100-41000\""));
    }

    @Test
    void aRangeStaysInsideThePorts() {
        assertEquals(List.of("data/flows.json:108:17: error: flow 'quarantine-sync': port range \"0-41100\" is outside 1–65535;"
                + " a TCP or UDP port is a number from 1 to 65535"),
                check("data/flows.json", "\"41000-41100\"", "\"0-41100\""));
    }

    @Test
    void anUnknownZoneIsReportedAtTheValueWithASuggestion() {
        assertEquals(List.of("data/endpoints.json:56:15: error: endpoint 'relay': unknown zone 'dmzz'; did you mean 'dmz'?"),
                check("data/endpoints.json", "\"zone\": \"dmz\"", "\"zone\": \"dmzz\""));
    }

    @Test
    void icmpHasNoPortsAndTcpNeedsThem() {
        assertEquals(List.of("data/flows.json:156:25: error: flow 'health-ping': ICMP has no ports; remove 'ports'; for ICMP,"
                + " 'icmpTypes' names the message types, e.g. [0, 8]"),
                check("data/flows.json", "\"icmpTypes\": [", "\"ports\": [7], \"icmpTypes\": ["));
    }

    @Test
    void protocolsInAnyCaseAreAccepted() {
        Project data = TestProjects.data(project);
        assertEquals("TCP 25 (SMTP)", data.flow("mail-in").orElseThrow().ports().get(0).label());
        assertEquals("ICMPv6", data.flow("health-ping6").orElseThrow().ports().get(0).label());
    }
}
