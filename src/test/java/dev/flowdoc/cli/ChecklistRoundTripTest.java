package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Project;
import dev.flowdoc.testing.Nft;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.testing.TestProjects.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A checklist filled with PDFBox (with {@code NeedAppearances} true, as pypdf and pdf.js leave it, and false, with the
 * appearances PDFBox writes) and read back by {@code firewall --from-checklist}: the rules hold exactly the addresses
 * typed, and an upgrade checklist gives the same ruleset as the address file with the same addresses, in every format.
 */
class ChecklistRoundTripTest {
    static final Path REPO = TestProjects.REPOSITORY;
    static final Path HISTORY = TestProjects.RESOURCES.resolve("projects/history");

    @TempDir
    Path dir;

    /** Addresses per endpoint of a project: 10.9.N.1 for the N-th, the appliance an IPv6 address too. */
    static Map<String, List<String>> addresses(Path project) throws Exception {
        JsonNode endpoints = new ObjectMapper().readTree(project.resolve("data/endpoints.json").toFile()).get("endpoints");
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < endpoints.size(); i++) {
            String id = endpoints.get(i).get("id").asText();
            out.put(id, id.equals("appliance") ? List.of("10.9." + i + ".1", "2001:db8::" + (i + 1)) : List.of("10.9." + i + ".1"));
        }
        return out;
    }

    Path addressFile(Map<String, List<String>> addresses) throws Exception {
        Path file = dir.resolve("addresses-" + System.nanoTime() + ".json");
        Files.writeString(file, new ObjectMapper().writeValueAsString(Map.of("endpoints", addresses)));
        return file;
    }

    /** The field values that type, for every flow field of the checklist, the addresses of the flow's endpoints. */
    static Map<String, String> values(Path pdf, Project history, Map<String, List<String>> addresses) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : fieldNames(pdf)) {
            String[] parts = name.split("\\.");
            if ((parts[0].equals("flow") || parts[0].equals("close")) && (parts[2].equals("source") || parts[2].equals("destination"))) {
                Flow flow = history.flows().filter(f -> f.id().replace('.', '_').equals(parts[1])).findFirst().orElseThrow();
                List<String> side = parts[2].equals("source") ? flow.source() : flow.destination();
                values.put(name, side.stream().flatMap(e -> addresses.get(e).stream()).collect(Collectors.joining("\n")));
            }
        }
        return values;
    }

    static List<String> fieldNames(Path pdf) throws Exception {
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

    /** Fills the form as a viewer does; {@code needAppearances}: leave drawing the values to the viewer. */
    static Path fill(Path pdf, Path out, Map<String, String> values, boolean needAppearances) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            form.setNeedAppearances(needAppearances);
            for (Map.Entry<String, String> e : values.entrySet()) {
                PDField field = form.getField(e.getKey());
                if (field instanceof PDCheckBox box) {
                    if (Boolean.parseBoolean(e.getValue())) {
                        box.check();
                    }
                } else {
                    field.setValue(e.getValue());
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    static String withoutSource(String rules) {
        return rules.lines().filter(l -> !l.startsWith("# flowdoc firewall:")).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest(name = "{0} {1} -> newest, {2}, NeedAppearances {3}")
    @CsvSource({"repo,12.0.0,nftables,true", "repo,12.0.0,fortigate,false", "repo,12.0.0,panos,true",
            "repo,12.1.0,nftables,false", "repo,12.1.0,fortigate,true", "repo,12.1.0,panos,false",
            "history,9.2.0,nftables,false", "history,9.2.0,fortigate,true", "history,9.2.0,panos,false",
            "history,9.2.0,panos,true"})
    void aFilledUpgradeChecklistGivesTheAddressFilesDelta(String which, String from, String format, boolean needAppearances) throws Exception {
        Path project = which.equals("repo") ? REPO : HISTORY;
        Map<String, List<String>> addresses = addresses(project);
        Path file = addressFile(addresses);
        Path pdf = dir.resolve("upgrade.pdf");
        Run written = TestProjects.run("checklist", "--project", project.toString(), "--lang", "de", "--upgrade-from", from,
                "--out", pdf.toString());
        assertEquals(0, written.exitCode(), written.err());
        Path filled = fill(pdf, dir.resolve("filled.pdf"), values(pdf, TestProjects.data(project).history(), addresses), needAppearances);

        Run fromFile = TestProjects.run("firewall", "--project", project.toString(), "--format", format, "--lang", "de",
                "--addresses", file.toString(), "--upgrade-from", from);
        assertEquals(0, fromFile.exitCode(), fromFile.err());
        // no --upgrade-from, --product-version or --lang: the checklist says them
        Run fromChecklist = TestProjects.run("firewall", "--project", project.toString(), "--format", format,
                "--from-checklist", filled.toString());
        assertEquals(0, fromChecklist.exitCode(), fromChecklist.err());
        assertEquals(withoutSource(fromFile.out()), withoutSource(fromChecklist.out()));
        assertTrue(fromChecklist.out().contains("from upgrade checklist "), fromChecklist.out());
        if (which.equals("history")) {
            String rules = fromChecklist.out();
            switch (format) {
                case "nftables" -> {
                    assertTrue(rules.contains("# change updates-ssh"), rules);
                    assertTrue(rules.contains("# open mail-out"), rules);
                    assertTrue(rules.contains("delete chain inet flowdoc flow_updates-legacy"), rules);
                    Nft.assertAccepted(rules, dir);
                }
                case "panos" -> {
                    assertTrue(rules.contains("delete rulebase security rules updates-ssh service\n"), "a change: " + rules);
                    assertTrue(rules.contains("delete rulebase security rules updates-legacy\n"), rules);
                }
                default -> assertTrue(rules.contains("delete \"fd-updates-legacy-src\""), rules);
            }
        }
    }

    @ParameterizedTest(name = "NeedAppearances {0}")
    @CsvSource({"true", "false"})
    void aFilledProfileChecklistGivesRulesWithExactlyTheValuesTyped(boolean needAppearances) throws Exception {
        Path pdf = dir.resolve("minimal.pdf");
        assertEquals(0, TestProjects.run("checklist", "--project", REPO.toString(), "--lang", "en", "--profile", "minimal",
                "--out", pdf.toString()).exitCode());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("endpoint.appliance.address", "192.0.2.10\n2001:db8::10");
        values.put("flow.mail-outbound-relay.source", "10.0.0.25\n10.0.0.26, 10.0.0.30 - 10.0.0.39");
        values.put("flow.dns-internal-servers.destination", "::ffff:10.0.0.53 10.0.1.53");
        values.put("flow.gina-https.source", "any");
        values.put("flow.gina-https.opened", "true");
        Path filled = fill(pdf, dir.resolve("filled.pdf"), values, needAppearances);
        Run run = TestProjects.run("firewall", "--project", REPO.toString(), "--format", "nftables", "--from-checklist", filled.toString());
        assertEquals(0, run.exitCode(), run.err());
        String rules = run.out();
        // the appliance's side comes from endpoint.appliance.address; a range, a mapped address and "any" as typed
        assertTrue(rules.contains("ip saddr { 10.0.0.25, 10.0.0.26, 10.0.0.30-10.0.0.39 } ip daddr { 192.0.2.10 } tcp dport 25 accept comment \"mail-outbound-relay\""), rules);
        assertTrue(rules.contains("ip saddr { 192.0.2.10 } ip daddr { 10.0.0.53, 10.0.1.53 } udp dport 53 accept comment \"dns-internal-servers\""), rules);
        assertTrue(rules.contains("ip saddr { 0.0.0.0/0 } ip daddr { 192.0.2.10 } tcp dport 443 accept comment \"gina-https\""), rules);
        assertTrue(rules.contains("ip6 saddr { ::/0 } ip6 daddr { 2001:db8::10 } tcp dport 443 accept comment \"gina-https\""), rules);
        assertTrue(run.err().contains("warning: flows left empty, left out: license-support-ssh, mail-inbound-delivery"), run.err());
        Nft.assertAccepted(rules, dir);
        Run panos = TestProjects.run("firewall", "--project", REPO.toString(), "--format", "panos", "--from-checklist", filled.toString());
        assertTrue(panos.out().contains("set address fd-10.0.0.30-10.0.0.39 ip-range 10.0.0.30-10.0.0.39\n"), panos.out());
        Run forti = TestProjects.run("firewall", "--project", REPO.toString(), "--format", "fortigate", "--from-checklist", filled.toString());
        assertTrue(forti.out().contains("edit \"fd-10.0.0.30-10.0.0.39\"\n        set type iprange\n        set start-ip 10.0.0.30\n        set end-ip 10.0.0.39\n"), forti.out());
    }

    /** Base ruleset of the release left, plus the delta loaded twice, is the fresh ruleset of the release reached. */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({"repo,12.0.0,13.0.0", "repo,13.0.0,12.1.0", "history,9.2.0,10.0.0", "history,10.0.0,9.2.0"})
    void nftablesBasePlusDeltaTwiceIsAFreshRuleset(String which, String from, String to) throws Exception {
        Path project = which.equals("repo") ? REPO : HISTORY;
        Path file = addressFile(addresses(project));
        Run base = TestProjects.run("firewall", "--project", project.toString(), "--format", "nftables", "--addresses",
                file.toString(), "--product-version", from);
        Run delta = TestProjects.run("firewall", "--project", project.toString(), "--format", "nftables", "--addresses",
                file.toString(), "--upgrade-from", from, "--product-version", to);
        Run fresh = TestProjects.run("firewall", "--project", project.toString(), "--format", "nftables", "--addresses",
                file.toString(), "--product-version", to);
        for (Run r : List.of(base, delta, fresh)) {
            assertEquals(0, r.exitCode(), r.err());
        }
        var once = Nft.applied(dir, base.out(), delta.out());
        var twice = Nft.applied(dir, base.out(), delta.out(), delta.out());
        var expected = Nft.applied(dir, fresh.out());
        assertTrue(!expected.equals(Nft.applied(dir, base.out())), "the delta changes something");
        assertEquals(expected, once);
        assertEquals(expected, twice);
    }

    @Test
    void aHalfFilledFlowIsAnErrorNamingTheEmptyFieldAndNothingIsWritten() throws Exception {
        Path pdf = dir.resolve("minimal.pdf");
        assertEquals(0, TestProjects.run("checklist", "--project", REPO.toString(), "--lang", "en", "--profile", "minimal",
                "--out", pdf.toString()).exitCode());
        Path filled = fill(pdf, dir.resolve("filled.pdf"), Map.of("flow.mail-outbound-relay.source", "10.0.0.25",
                "flow.gina-https.destination", "192.0.2.10", "flow.dns-internal-servers.source", "192.0.2.10",
                "flow.dns-internal-servers.destination", "10.0.0.53"), false);
        Path out = dir.resolve("rules.nft");
        Run run = TestProjects.run("firewall", "--project", REPO.toString(), "--format", "nftables", "--from-checklist",
                filled.toString(), "--out", out.toString());
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("error: field 'flow.mail-outbound-relay.destination' is empty, while 'flow.mail-outbound-relay.source' is filled in; "
                + "write its addresses (or those of 'endpoint.appliance.address'), or empty both fields of the flow to leave it out"), run.err());
        assertTrue(run.err().contains("error: field 'flow.gina-https.source' is empty, while 'flow.gina-https.destination' is filled in"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFlattenedChecklistIsAnsweredInWords() throws Exception {
        Path pdf = dir.resolve("minimal.pdf");
        assertEquals(0, TestProjects.run("checklist", "--project", REPO.toString(), "--lang", "de", "--profile", "minimal",
                "--out", pdf.toString()).exitCode());
        Path printed = dir.resolve("printed.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            form.getField("flow.mail-outbound-relay.source").setValue("10.0.0.25");
            form.flatten();
            doc.save(printed.toFile());
        }
        Run run = TestProjects.run("firewall", "--project", REPO.toString(), "--format", "panos", "--from-checklist", printed.toString());
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("error: this is a checklist flowdoc wrote, but its form fields were removed when it was printed to PDF"
                + " (or flattened), so the addresses typed into it cannot be read; fill the original file"), run.err());
    }

    @Test
    void theChecklistSaysItsReleaseProfileAndLanguageAndADisagreeingOptionIsAnError() throws Exception {
        Path pdf = dir.resolve("upgrade.pdf");
        assertEquals(0, TestProjects.run("checklist", "--project", HISTORY.toString(), "--lang", "de", "--upgrade-from", "9.2.0",
                "--product-version", "10.0.0", "--out", pdf.toString()).exitCode());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var info = doc.getDocumentInformation();
            assertEquals("10.0.0", info.getCustomMetadataValue("FlowdocRelease"));
            assertEquals("9.2.0", info.getCustomMetadataValue("FlowdocUpgradeFrom"));
            assertEquals("de", info.getCustomMetadataValue("FlowdocLanguage"));
            assertTrue(info.getCustomMetadataValue("FlowdocZones").contains("appliance="), info.getCustomMetadataValue("FlowdocZones"));
        }
        Map<String, List<String>> addresses = addresses(HISTORY);
        Path filled = fill(pdf, dir.resolve("filled.pdf"), values(pdf, TestProjects.data(HISTORY).history(), addresses), true);
        Run agreeing = TestProjects.run("firewall", "--project", HISTORY.toString(), "--format", "panos", "--from-checklist",
                filled.toString(), "--upgrade-from", "9.2.0", "--product-version", "10.0.0");
        assertEquals(0, agreeing.exitCode(), agreeing.err());
        // the descriptions in the checklist's language
        assertTrue(agreeing.out().contains("description \""), agreeing.out());
        Run other = TestProjects.run("firewall", "--project", HISTORY.toString(), "--format", "panos", "--from-checklist",
                filled.toString(), "--upgrade-from", "9.10.0");
        assertEquals(ExitCodes.PROBLEMS, other.exitCode());
        assertTrue(other.err().contains("error: --upgrade-from 9.10.0 disagrees with the checklist, which was written for upgrade from release 9.2.0; leave --upgrade-from out"), other.err());
        Run release = TestProjects.run("firewall", "--project", HISTORY.toString(), "--format", "panos", "--from-checklist",
                filled.toString(), "--product-version", "9.10.0");
        assertEquals(ExitCodes.PROBLEMS, release.exitCode());
        assertTrue(release.err().contains("--product-version 9.10.0 disagrees with the checklist, which was written for release 10.0.0"), release.err());
        Path minimal = dir.resolve("minimal.pdf");
        assertEquals(0, TestProjects.run("checklist", "--project", REPO.toString(), "--lang", "en", "--profile", "minimal",
                "--product-version", "12.1.0", "--out", minimal.toString()).exitCode());
        Path one = fill(minimal, dir.resolve("one.pdf"), Map.of("flow.gina-https.source", "any", "flow.gina-https.destination", "192.0.2.10"), false);
        Run profile = TestProjects.run("firewall", "--project", REPO.toString(), "--format", "panos", "--from-checklist",
                one.toString(), "--profile", "full");
        assertTrue(profile.err().contains("--profile full disagrees with the checklist, which was written for profile minimal"), profile.err());
        Run plain = TestProjects.run("firewall", "--project", REPO.toString(), "--format", "panos", "--from-checklist", one.toString());
        assertEquals(0, plain.exitCode(), plain.err());
        assertTrue(plain.out().contains("SEPPmail Secure E-Mail Gateway 12.1.0, profile minimal, from checklist"), plain.out());
    }

    @Test
    void aChecklistWrittenWithOtherZonesIsRefused() throws Exception {
        Path project = TestProjects.copy(REPO.resolve("data"), dir.resolve("p/data")).getParent();
        TestProjects.copy(REPO.resolve("themes"), project.resolve("themes"));
        TestProjects.copy(REPO.resolve("content"), project.resolve("content"));
        Path pdf = dir.resolve("minimal.pdf");
        assertEquals(0, TestProjects.run("checklist", "--project", project.toString(), "--lang", "en", "--profile", "minimal",
                "--out", pdf.toString()).exitCode());
        Path filled = fill(pdf, dir.resolve("filled.pdf"), Map.of("flow.gina-https.source", "any", "flow.gina-https.destination", "192.0.2.10"), false);
        TestProjects.replace(project, "data/endpoints.json", "\"zone\": \"internal\"", "\"zone\": \"perimeter\"");
        Run run = TestProjects.run("firewall", "--project", project.toString(), "--format", "panos", "--from-checklist", filled.toString());
        assertEquals(ExitCodes.PROBLEMS, run.exitCode(), run.out());
        assertTrue(run.err().matches("(?s).*error: the checklist was written with endpoint '[^']+' in zone 'internal'; data/endpoints.json now puts it in 'perimeter'.*"), run.err());
    }

    @Test
    void policyNumbersStayInTheAddressFilesRangeAndAreListed() throws Exception {
        Map<String, List<String>> addresses = addresses(REPO);
        Path file = dir.resolve("a.json");
        Files.writeString(file, new ObjectMapper().writeValueAsString(Map.of("endpoints", addresses,
                "fortigate", Map.of("policyIds", "10000-19999"))));
        Run run = TestProjects.run("firewall", "--project", REPO.toString(), "--format", "fortigate", "--addresses", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<Long> numbers = run.out().lines().filter(l -> l.matches("    edit \\d+")).map(l -> Long.parseLong(l.strip().substring(5))).toList();
        assertEquals(32, numbers.size());
        assertTrue(numbers.stream().allMatch(n -> n >= 10000 && n <= 19999), numbers.toString());
        assertEquals(numbers.size(), numbers.stream().distinct().count());
        assertTrue(run.out().contains("# Policy numbers: 10000-19999 (fortigate.policyIds of " + Shown.path(file) + "); this file uses "
                + numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".\n"), run.out());
        Files.writeString(file, "{\n  \"endpoints\": {},\n  \"fortigate\": {\"policyIds\": \"10000-10009\"}\n}\n");
        Run small = TestProjects.run("firewall", "--project", REPO.toString(), "--format", "fortigate", "--addresses", file.toString());
        assertEquals(ExitCodes.PROBLEMS, small.exitCode());
        assertTrue(small.err().matches("(?s).*" + java.util.regex.Pattern.quote(Shown.path(file))
                + ":3:\\d+: error: fortigate.policyIds '10000-10009' holds 10 numbers, and the data needs \\d+ over all releases.*"), small.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.0.0.1 - 10.0.0.20|",
            "10.0.0.20-10.0.0.1|'10.0.0.20-10.0.0.1' is a range whose start lies after its end; write the lower address first (10.0.0.1-10.0.0.20)",
            "10.0.0.1-20|'10.0.0.1-20' is no address range; write both ends in full, of one family, lower first (10.0.0.1-10.0.0.20)",
            "10.0.0.0/255.255.255.0|'10.0.0.0/255.255.255.0' gives a netmask; write the prefix length instead (10.0.0.0/24)",
            "mail server|'mail server' is not an IPv4 or IPv6 address, a network in CIDR form or a host name; write an address",
            "any|",
            "::ffff:10.0.0.1|"})
    void commonInputIsUnderstoodOrAnsweredWithWhatToWrite(String value, String expected) throws Exception {
        Path file = dir.resolve("a.json");
        Files.writeString(file, new ObjectMapper().writeValueAsString(Map.of("endpoints", Map.of("appliance", List.of("192.0.2.10"),
                "mail-server", List.of(value)))));
        Run run = TestProjects.run("firewall", "--project", REPO.toString(), "--format", "panos", "--profile", "minimal",
                "--addresses", file.toString());
        if (expected == null) {
            assertEquals(0, run.exitCode(), run.err());
        } else {
            assertEquals(ExitCodes.PROBLEMS, run.exitCode());
            assertTrue(run.err().contains("error: endpoint 'mail-server': " + expected), run.err());
        }
    }
}
