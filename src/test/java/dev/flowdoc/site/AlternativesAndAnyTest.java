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
import dev.flowdoc.testing.Nft;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 24, items 3 and 4, read back from every output of the fixture real-table (release 4.1.0, both languages):
 * <ul>
 *   <li>ldap-lookup: "TCP 389 (LDAP) oder TCP 3268 (Global Catalog)" ({@code "portsJoin": "or"}), new in 4.1.0;</li>
 *   <li>group name-servers ({@code "oneOf": true}): dns-own-resolver or dns-public;</li>
 *   <li>internet-mail ({@code "any": true}), the destination of mail-out (new in 4.1.0): any mail server on the
 *   Internet.</li>
 * </ul>
 * The cloud-tunnel flow keeps {@code "portsAndOr": true} and reads "und/oder" as before.
 */
class AlternativesAndAnyTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Path project;

    @BeforeAll
    static void build() throws IOException {
        project = TestProjects.copy(TestProjects.RESOURCES.resolve("projects/real-table"), tmp.resolve("project"));
        TestProjects.copy(TestProjects.REPOSITORY.resolve("data/schema"), project.resolve("data/schema"));
        TestProjects.copy(TestProjects.REPOSITORY.resolve("themes"), project.resolve("themes"));
        site = tmp.resolve("site");
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor, Version.of("4.1.0")).run(project, site, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        assertTrue(problems.all().isEmpty(), "no warning, translations recorded: " + problems.all());
    }

    static String or(Language l) {
        return l == Language.DE ? "TCP 389 (LDAP) oder TCP 3268 (Global Catalog)" : "TCP 389 (LDAP) or TCP 3268 (Global Catalog)";
    }

    static String oneOf(Language l) {
        return l == Language.DE ? "Genau einer dieser Kommunikationswege wird benötigt." : "Exactly one of these communication paths is needed.";
    }

    static String any(Language l) {
        return l == Language.DE ? "Beliebige Mailserver im Internet (beliebige Adresse)" : "Any mail server on the Internet (any address)";
    }

    // ---- 3a: ports joined by "oder" / "or"

    @ParameterizedTest
    @EnumSource(Language.class)
    void alternativePortsReadOrInEveryOutput(Language l) throws IOException {
        Element row = page(l).selectFirst("tr[data-flow=ldap-lookup]");
        Element ports = row.selectFirst("td[data-label=Port]");
        assertEquals(or(l), ports.text(), row.html());
        assertTrue(pdf(l, "index.pdf").contains(or(l)), "manual PDF");
        assertTrue(pdf(l, "checklist-full.pdf").contains(or(l)), "full checklist");
        assertTrue(pdf(l, "checklist-basic.pdf").contains(or(l)), "basic checklist (a required group)");
        assertEquals(or(l), csv(l).get("ldap-lookup").get(4));
        assertTrue(Files.readString(site.resolve("assets/search-" + l.code() + ".js")).contains(or(l)), "search index");
        // the old spelling keeps its words
        String andOr = l == Language.DE ? "UDP 500, 4500 (IKE) und/oder ESP und/oder GRE" : "UDP 500, 4500 (IKE) and/or ESP and/or GRE";
        assertEquals(andOr, csv(l).get("cloud-tunnel").get(4));
        // the diagram labels the arrow with the ports, the joining word ending the first line
        String svg = Files.readString(site.resolve(l.code() + "/flowdiagram-1.svg"));
        assertTrue(svg.contains(">TCP 389 (LDAP) " + (l == Language.DE ? "oder" : "or") + "</text>"), "diagram label");
        assertTrue(svg.contains(">TCP 3268 (Global Catalog)</text>"), "diagram label, second line");
    }

    @Test
    void flowsJsonTellsHowPortsAreJoined() throws IOException {
        JsonNode ldap = json().get("ldap-lookup");
        assertEquals("or", ldap.get("portsJoin").asText());
        assertFalse(ldap.get("portsAndOr").asBoolean());
        assertEquals(or(Language.DE), ldap.get("portsText").get("de").asText());
        assertEquals(or(Language.EN), ldap.get("portsText").get("en").asText());
        assertEquals(2, ldap.get("ports").size());
        JsonNode tunnel = json().get("cloud-tunnel");
        assertEquals("andOr", tunnel.get("portsJoin").asText());
        assertTrue(tunnel.get("portsAndOr").asBoolean());
        assertEquals("and", json().get("mail-in").get("portsJoin").asText());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theUpgradeListsTheAlternativePortsAndTheAnyEndpoint(Language l) throws IOException {
        var text = TestProjects.run("changes", "--project", project.toString(), "--from", "4.0.0", "--to", "4.1.0", "--lang", l.code());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains((l == Language.DE ? "Port: " : "Port: ") + or(l)), text.out());
        assertTrue(text.out().contains(any(l)), text.out());
        var json = TestProjects.run("changes", "--project", project.toString(), "--from", "4.0.0", "--to", "4.1.0",
                "--lang", l.code(), "--format", "json");
        JsonNode entries = new ObjectMapper().readTree(json.out()).get("actions").get("open").get("entries");
        Map<String, JsonNode> byFlow = new HashMap<>();
        entries.forEach(e -> byFlow.put(e.get("flow").asText(), e));
        assertEquals(or(l), byFlow.get("ldap-lookup").get("portsAfter").asText());
        assertEquals(any(l), byFlow.get("mail-out").get("destination").asText());
        Path upgrade = tmp.resolve("upgrade-" + l.code() + ".pdf");
        var list = TestProjects.run("checklist", "--project", project.toString(), "--upgrade-from", "4.0.0", "--lang", l.code(),
                "--out", upgrade.toString());
        assertEquals(0, list.exitCode(), list.err());
        String upgradeText = RealPortTablesTest.squeeze(RealPortTablesTest.pdfText(upgrade));
        assertTrue(upgradeText.contains(or(l)), "upgrade checklist: " + upgradeText);
        assertTrue(upgradeText.contains(any(l)), "upgrade checklist: " + upgradeText);
        // the upgrade checklist asks for mail-out's source only
        List<String> fields = fieldNames(upgrade);
        assertTrue(fields.contains("flow.mail-out.source"), fields.toString());
        assertFalse(fields.contains("flow.mail-out.destination"), fields.toString());
        assertTrue(fields.containsAll(List.of("flow.ldap-lookup.source", "flow.ldap-lookup.destination")), fields.toString());
    }

    // ---- 3b: a group of alternatives

    @ParameterizedTest
    @EnumSource(Language.class)
    void aGroupOfAlternativesSaysSoInItsHeading(Language l) throws IOException {
        Element heading = page(l).selectFirst("td[data-group-cell=name-servers]");
        assertTrue(heading.text().contains(oneOf(l)), heading.outerHtml());
        assertTrue(heading.text().startsWith(l == Language.DE ? "DNS-Server der Scanner" : "DNS servers of the scanners"), heading.text());
        // once, in the group's heading: not in another group's, not in a row
        assertEquals(1, countOf(page(l).text(), oneOf(l)), "once on the page");
        assertFalse(page(l).selectFirst("tr[data-flow=dns-public]").text().contains(oneOf(l)));
        String manual = pdf(l, "index.pdf");
        assertTrue(manual.contains((l == Language.DE ? "DNS-Server der Scanner " : "DNS servers of the scanners ") + oneOf(l)), manual);
        String tick = l == Language.DE ? "Haken Sie nur den gewählten ab und tragen Sie nur dessen Adressen ein; die anderen bleiben leer."
                : "Tick only the one you chose and fill in only its addresses; leave the others empty.";
        for (String checklist : List.of("checklist-full.pdf", "checklist-basic.pdf")) {
            String text = pdf(l, checklist);
            assertTrue(text.contains(oneOf(l) + " " + tick), checklist + ": " + text);
            assertEquals(1, countOf(text, tick), checklist);
        }
        assertFalse(manual.contains(tick), "the manual asks nothing of the reader");
        // each alternative keeps its own "opened" box: the one ticked is the one chosen
        List<String> fields = fieldNames(site.resolve(l.code() + "/checklist-full.pdf"));
        assertTrue(fields.containsAll(List.of("flow.dns-own-resolver.opened", "flow.dns-public.opened")), fields.toString());
        Map<String, CSVRecord> csv = csv(l);
        String yes = l == Language.DE ? "ja" : "yes";
        String no = l == Language.DE ? "nein" : "no";
        assertEquals(l == Language.DE ? "Alternative (genau einer der Gruppe)" : "Alternative (exactly one of the group)",
                csvHeader(l).get(csvHeader(l).size() - 1));
        assertEquals(yes, csv.get("dns-own-resolver").get(15));
        assertEquals(yes, csv.get("dns-public").get(15));
        assertEquals(no, csv.get("ldap-lookup").get(15));
        assertTrue(Files.readString(site.resolve("assets/search-" + l.code() + ".js")).contains(oneOf(l)), "search index");
    }

    @Test
    void flowsJsonMarksTheGroupOfAlternatives() throws IOException {
        for (String id : List.of("dns-own-resolver", "dns-public")) {
            JsonNode flow = json().get(id);
            assertTrue(flow.get("groupOneOf").asBoolean(), id);
            assertEquals(oneOf(Language.DE), flow.get("groupOneOfText").get("de").asText());
            assertEquals(oneOf(Language.EN), flow.get("groupOneOfText").get("en").asText());
        }
        assertFalse(json().get("mail-in").get("groupOneOf").asBoolean());
        assertTrue(json().get("mail-in").get("groupOneOfText").isNull());
    }

    // ---- 4: an endpoint for any address

    @ParameterizedTest
    @EnumSource(Language.class)
    void anAnyEndpointReadsItsLabelAndAnyAddress(Language l) throws IOException {
        Element row = page(l).selectFirst("tr[data-flow=mail-out]");
        assertTrue(row.select("td").stream().anyMatch(td -> td.text().equals(any(l))), row.text());
        assertTrue(page(l).text().contains(any(l)), "endpoints table");
        assertTrue(pdf(l, "index.pdf").contains(any(l)), "manual");
        assertTrue(pdf(l, "checklist-full.pdf").contains(any(l)), "checklist");
        assertEquals(any(l), csv(l).get("mail-out").get(6));
        assertTrue(Files.readString(site.resolve(l.code() + "/flowdiagram-1.svg")).contains(any(l).substring(0, 20)), "diagram box");
        // the checklist asks for the scanners' side only, and the address template not at all
        List<String> fields = fieldNames(site.resolve(l.code() + "/checklist-full.pdf"));
        assertTrue(fields.contains("flow.mail-out.source"), fields.toString());
        assertFalse(fields.contains("flow.mail-out.destination"), fields.toString());
        assertTrue(fields.contains("flow.mail-out.opened"), fields.toString());
        assertEquals(dev.flowdoc.render.pdf.ChecklistWriter.fieldNames(TestProjects.data(project),
                TestProjects.data(project).deployment().profile("full").orElseThrow()).stream().sorted().toList(),
                fields.stream().sorted().toList());
        JsonNode template = new ObjectMapper().readTree(site.resolve(l.code() + "/addresses-full.json").toFile());
        assertFalse(template.get("endpoints").has("internet-mail"), template.toString());
        assertFalse(template.get("labels").has("internet-mail"), template.toString());
        assertTrue(template.get("endpoints").has("scanner") && template.get("endpoints").has("public-dns"), template.toString());
    }

    @Test
    void flowsJsonMarksTheAnyEndpoint() throws IOException {
        JsonNode destination = json().get("mail-out").get("destination").get(0);
        assertEquals("internet-mail", destination.get("id").asText());
        assertTrue(destination.get("any").asBoolean());
        assertTrue(destination.get("host").isNull());
        assertEquals(any(Language.EN), destination.get("name").get("en").asText());
        assertFalse(json().get("mail-out").get("source").get(0).get("any").asBoolean());
    }

    // ---- the three firewall formats, from an address file

    /** Addresses of every endpoint but the any one, and one for it too: ignored, with a warning at its entry. */
    static Path addressFile(boolean forTheAnyEndpoint) throws IOException {
        Path file = tmp.resolve(forTheAnyEndpoint ? "addresses-with-any.json" : "addresses.json");
        Files.writeString(file, """
                {
                  "endpoints": {
                    "control-center": ["10.0.0.10", "2001:db8::10"],
                    "scanner": ["10.0.1.11", "10.0.1.12", "2001:db8:1::11"],
                    "groupware": ["10.0.2.25"],
                    "admin-station": ["10.0.3.7"],
                    "resolver": ["10.0.2.53"],
                    "relay": ["10.0.4.25"],
                    "intel": ["203.0.113.7"],
                    "senders": ["any"],
                    "directory": ["10.0.2.20"],
                """ + (forTheAnyEndpoint ? "    \"internet-mail\": [\"198.51.100.25\"],\n" : "") + """
                    "public-dns": ["192.0.2.53"]
                  }
                }
                """, StandardCharsets.UTF_8);
        return file;
    }

    static TestProjects.Run firewall(String format, Path addresses, String language) {
        return TestProjects.run("firewall", "--project", project.toString(), "--format", format, "--addresses",
                addresses.toString(), "--lang", language);
    }

    @Test
    void nftablesMatchesEveryAddressForTheAnyEndpointAndLoads() throws Exception {
        var run = firewall("nftables", addressFile(false), "en");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("internet-mail"), run.err());
        String rules = run.out();
        assertTrue(rules.contains("ip saddr { 10.0.1.11, 10.0.1.12 } ip daddr { 0.0.0.0/0 } tcp dport 25 accept comment \"mail-out\""), rules);
        assertTrue(rules.contains("ip6 saddr { 2001:db8:1::11 } ip6 daddr { ::/0 } tcp dport 25 accept comment \"mail-out\""), rules);
        // both alternative ports are opened, and the comment says they are alternatives
        assertTrue(rules.contains("# ldap-lookup: [TCP 389 (LDAP) or TCP 3268 (Global Catalog): alternatives; the rule opens each, only the one in use is needed]"), rules);
        assertTrue(rules.contains("tcp dport { 389, 3268 } accept comment \"ldap-lookup\""), rules);
        assertTrue(rules.contains("# dns-public: [alternative to dns-own-resolver: only one of these communication paths is needed]"), rules);
        var chains = Nft.applied(tmp, rules);
        assertEquals(List.of("ip saddr { 10.0.1.11, 10.0.1.12 } ip daddr 0.0.0.0/0 tcp dport 25 accept comment \"mail-out\"",
                "ip6 saddr 2001:db8:1::11 ip6 daddr ::/0 tcp dport 25 accept comment \"mail-out\""), chains.get("flow_mail-out"));
        assertEquals(List.of("ip saddr 10.0.0.10 ip daddr 10.0.2.20 tcp dport { 389, 3268 } accept comment \"ldap-lookup\""),
                chains.get("flow_ldap-lookup"));
    }

    @Test
    void fortiGateUsesAllForTheAnyEndpoint() throws IOException {
        var run = firewall("fortigate", addressFile(false), "de");
        assertEquals(0, run.exitCode(), run.err());
        String rules = run.out();
        String policy = section(rules, "set name \"mail-out\"", "next");
        assertTrue(policy.contains("set dstaddr \"all\""), policy);
        assertTrue(policy.contains("set dstaddr6 \"all\""), policy);
        assertTrue(policy.contains("set srcaddr \"fd-mail-out-src\""), policy);
        assertFalse(rules.contains("fd-mail-out-dst"), "no address group for the any side");
        String ldap = section(rules, "set name \"ldap-lookup\"", "next");
        assertTrue(ldap.contains("set service \"fd-tcp-389_3268\""), ldap);
        assertTrue(ldap.contains("set comments \"ldap-lookup: [TCP 389 (LDAP) oder TCP 3268 (Global Catalog): Alternativen; die Regel öffnet jede, nur die genutzte ist nötig]"), ldap);
        assertTrue(section(rules, "set name \"dns-own-resolver\"", "next")
                .contains("[Alternative zu dns-public: nur einer dieser Kommunikationswege wird benötigt]"), rules);
    }

    @Test
    void panOsUsesAnyForTheAnyEndpoint() throws IOException {
        var run = firewall("panos", addressFile(false), "en");
        assertEquals(0, run.exitCode(), run.err());
        String rules = run.out();
        String rule = rules.lines().filter(line -> line.startsWith("set rulebase security rules mail-out from")).findFirst().orElseThrow();
        assertTrue(rule.contains(" source [ fd-mail-out-src ] destination [ any ] "), rule);
        assertFalse(rules.contains("fd-mail-out-dst"), "no address group for the any side");
        assertTrue(rules.contains("set rulebase security rules ldap-lookup description \"[TCP 389 (LDAP) or TCP 3268 (Global Catalog): alternatives;"), rules);
    }

    @Test
    void anAddressFileThatGivesTheAnyEndpointAnAddressIsWarnedAndIgnored() throws IOException {
        Path file = addressFile(true);
        for (String format : List.of("nftables", "fortigate", "panos")) {
            var run = firewall(format, file, "en");
            assertEquals(0, run.exitCode(), run.err());
            assertFalse(run.out().contains("198.51.100.25"), format + ": the address given is not used");
            int line = lineOf(file, "\"internet-mail\"");
            assertTrue(run.err().contains(file.getFileName() + ":" + line + ":5: warning: endpoint 'internet-mail' stands for any address"
                    + " (\"any\": true in data/endpoints.json); the addresses given for it are ignored, its rules match 0.0.0.0/0 and ::/0"), run.err());
            assertEquals(1, countOf(run.err(), "internet-mail"), "warned once: " + run.err());
        }
    }

    /** A filled checklist: the scanners' addresses are enough for mail-out; its destination is every address. */
    @Test
    void aFilledChecklistNeedsNoAddressForTheAnyEndpoint() throws Exception {
        Path filled = tmp.resolve("filled.pdf");
        try (PDDocument doc = Loader.loadPDF(site.resolve("en/checklist-full.pdf").toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            form.getField("flow.mail-out.source").setValue("10.0.1.11");
            form.getField("flow.ldap-lookup.source").setValue("10.0.0.10");
            form.getField("flow.ldap-lookup.destination").setValue("10.0.2.20");
            ((PDCheckBox) form.getField("flow.mail-out.opened")).check();
            doc.save(filled.toFile());
        }
        var nft = TestProjects.run("firewall", "--project", project.toString(), "--format", "nftables", "--from-checklist", filled.toString());
        assertEquals(0, nft.exitCode(), nft.err());
        assertTrue(nft.out().contains("ip saddr { 10.0.1.11 } ip daddr { 0.0.0.0/0 } tcp dport 25 accept comment \"mail-out\""), nft.out());
        Nft.applied(tmp, nft.out());
        var panos = TestProjects.run("firewall", "--project", project.toString(), "--format", "panos", "--from-checklist", filled.toString());
        assertEquals(0, panos.exitCode(), panos.err());
        assertTrue(panos.out().contains("destination [ any ]"), panos.out());
    }

    /**
     * A filled checklist that ticks both alternatives of name-servers as opened is warned about, naming the group and
     * both flows, in either language's checklist; the rules of both stay, since both have addresses. Ticking one is quiet.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void aFilledChecklistThatTicksTwoAlternativesIsWarned(Language l) throws Exception {
        Path both = fillNameServers(l, "both", true);
        var run = TestProjects.run("firewall", "--project", project.toString(), "--format", "nftables", "--from-checklist", both.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains(both.getFileName() + ": warning: group 'name-servers' has \"oneOf\": true (exactly one of its flows is needed),"
                + " but the checklist ticks 2 of them as opened: dns-own-resolver, dns-public; tick only the one chosen and empty the others'"
                + " fields; a rule is written for each flow whose addresses are filled in"), run.err());
        assertEquals(1, countOf(run.err(), "oneOf"), "warned once: " + run.err());
        assertTrue(run.out().contains("ip saddr { 10.0.1.11 } ip daddr { 10.0.0.53 } udp dport 53 accept comment \"dns-own-resolver\""), run.out());
        assertTrue(run.out().contains("ip saddr { 10.0.1.11 } ip daddr { 192.0.2.53 } udp dport 53 accept comment \"dns-public\""), run.out());

        Path one = fillNameServers(l, "one", false);
        var quiet = TestProjects.run("firewall", "--project", project.toString(), "--format", "nftables", "--from-checklist", one.toString());
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertFalse(quiet.err().contains("oneOf"), quiet.err());
    }

    /** The language's full checklist with the scanners' address and both name-servers flows' destinations; dns-own-resolver ticked, dns-public too if asked. */
    static Path fillNameServers(Language l, String name, boolean tickBoth) throws IOException {
        Path filled = tmp.resolve("name-servers-" + name + "-" + l.code() + ".pdf");
        try (PDDocument doc = Loader.loadPDF(site.resolve(l.code() + "/checklist-full.pdf").toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            form.getField("endpoint.scanner.address").setValue("10.0.1.11");
            form.getField("flow.dns-own-resolver.destination").setValue("10.0.0.53");
            form.getField("flow.dns-public.destination").setValue("192.0.2.53");
            ((PDCheckBox) form.getField("flow.dns-own-resolver.opened")).check();
            if (tickBoth) {
                ((PDCheckBox) form.getField("flow.dns-public.opened")).check();
            }
            doc.save(filled.toFile());
        }
        return filled;
    }

    // ---- validation: the product's own endpoints are concrete hosts

    /** An endpoint in a zone marked "appliance" (here "scanners", declared) with "any": true is an error at the value. */
    @Test
    void anEndpointOfTheProductCannotBeAnyAddress() throws IOException {
        Path copy = TestProjects.copy(project, tmp.resolve("any-scanner"));
        Path endpoints = copy.resolve("data/endpoints.json");
        String text = Files.readString(endpoints);
        String scanner = "      \"zone\": \"scanners\"";
        assertEquals(1, countOf(text, scanner));
        Files.writeString(endpoints, text.replace(scanner, "      \"any\": true, \"zone\": \"scanners\""));
        var run = TestProjects.run("check", "--project", copy.toString());
        assertEquals(1, run.exitCode(), run.err());
        int line = lineOf(endpoints, "\"any\": true, \"zone\": \"scanners\"");
        assertTrue(run.err().startsWith("data/endpoints.json:" + line + ":14: error: endpoint 'scanner' stands in zone 'scanners', the product's own,"
                + " and cannot be \"any\": true: an endpoint of the product is a concrete host, whose address the checklists ask for;"
                + " remove \"any\", or put the endpoint into a zone that is not the product's\n"), run.err());
        assertTrue(run.err().endsWith("1 error\n"), run.err());
        // the vendor's "any" on the other side (internet-mail, zone outside) stays right
        assertEquals(0, TestProjects.run("check", "--project", project.toString()).exitCode());
    }

    // ---- validation: the old and the new spelling agree

    @Test
    void portsAndOrIsTheOldSpellingOfAndOr() throws IOException {
        Path copy = TestProjects.copy(project, tmp.resolve("spellings"));
        String flows = Files.readString(copy.resolve("data/flows.json"));
        Files.writeString(copy.resolve("data/flows.json"), flows.replace("\"portsAndOr\": true", "\"portsAndOr\": true, \"portsJoin\": \"andOr\"")
                .replace("\"portsJoin\": \"or\",", "\"portsJoin\": \"or\", \"portsAndOr\": false,"));
        var agreeing = TestProjects.run("check", "--project", copy.toString());
        assertEquals(0, agreeing.exitCode(), agreeing.err());
        Files.writeString(copy.resolve("data/flows.json"), flows.replace("\"portsJoin\": \"or\",", "\"portsJoin\": \"or\", \"portsAndOr\": true,"));
        var contradicting = TestProjects.run("check", "--project", copy.toString());
        assertEquals(1, contradicting.exitCode(), contradicting.err());
        int line = lineOf(copy.resolve("data/flows.json"), "\"portsJoin\": \"or\"");
        assertTrue(contradicting.err().startsWith("data/flows.json:" + line + ":11: error: flow 'ldap-lookup': 'portsJoin' \"or\" contradicts 'portsAndOr' true;"),
                contradicting.err());
    }

    // ---- reading the outputs back

    static Document page(Language l) throws IOException {
        return Jsoup.parse(site.resolve(l.code() + "/index.html").toFile(), "UTF-8");
    }

    static String pdf(Language l, String name) throws IOException {
        return RealPortTablesTest.squeeze(RealPortTablesTest.pdfText(site.resolve(l.code() + "/" + name)));
    }

    static Map<String, CSVRecord> csv(Language l) throws IOException {
        Map<String, CSVRecord> records = new HashMap<>();
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csvText(l)))
                .forEach(r -> records.put(r.get(0), r));
        return records;
    }

    static List<String> csvHeader(Language l) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csvText(l))).getHeaderNames();
    }

    static String csvText(Language l) throws IOException {
        return Files.readString(site.resolve(l.code() + "/flows.csv")).substring(1);
    }

    static Map<String, JsonNode> json() throws IOException {
        Map<String, JsonNode> flows = new HashMap<>();
        new ObjectMapper().readTree(site.resolve("flows.json").toFile()).get("flows").forEach(f -> flows.put(f.get("id").asText(), f));
        return flows;
    }

    static List<String> fieldNames(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> names = new ArrayList<>();
            for (PDField f : doc.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
                if (f instanceof PDTerminalField) {
                    names.add(f.getFullyQualifiedName());
                }
            }
            return names;
        }
    }

    static int countOf(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    static String section(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "no " + start + " in\n" + text);
        return text.substring(from, text.indexOf(end, from));
    }

    static int lineOf(Path file, String part) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError(part + " not in " + file);
    }
}
