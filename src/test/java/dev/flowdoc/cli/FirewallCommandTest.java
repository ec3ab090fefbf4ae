package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.testing.Nft;
import dev.flowdoc.testing.TestProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** flowdoc firewall: rulesets from an address file or a filled checklist, the template, deltas and bad input. */
class FirewallCommandTest {
    private static final String REPO = TestProjects.REPOSITORY.toString();
    private static final Path GOLDEN = TestProjects.RESOURCES.resolve("golden");
    private static final String MINIMAL_ADDRESSES = "src/test/resources/firewall/minimal-addresses.json";

    @TempDir
    Path dir;

    private StringWriter stdout = new StringWriter();
    private StringWriter stderr = new StringWriter();

    private int run(String... args) {
        stdout = new StringWriter();
        stderr = new StringWriter();
        return Main.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }

    /** An address file giving every endpoint of the real data addresses (IPv4; the appliance IPv6 too). */
    private Path everyEndpoint() throws Exception {
        JsonNode endpoints = new ObjectMapper().readTree(TestProjects.REPOSITORY.resolve("data/endpoints.json").toFile()).get("endpoints");
        StringBuilder json = new StringBuilder("{\"endpoints\": {");
        for (int i = 0; i < endpoints.size(); i++) {
            String id = endpoints.get(i).get("id").asText();
            json.append(i == 0 ? "" : ", ").append('"').append(id).append("\": [\"10.0.").append(i).append(".1\"")
                    .append(id.equals("appliance") ? ", \"2001:db8::" + (i + 1) + "\"" : "").append(']');
        }
        Path file = dir.resolve("addresses.json");
        Files.writeString(file, json.append("}}").toString());
        return file;
    }

    @ParameterizedTest
    @CsvSource({"nftables,minimal", "nftables,full", "fortigate,minimal", "fortigate,full", "panos,minimal", "panos,full"})
    void everyFormatForTheRealProfiles(String format, String profile) throws Exception {
        int code = run("firewall", "--project", REPO, "--format", format, "--profile", profile, "--addresses", everyEndpoint().toString());
        assertEquals(0, code, stderr.toString());
        String rules = stdout.toString();
        List<String> flows = flowIdsOf(profile);
        for (String id : flows) {
            assertTrue(rules.contains(format.equals("nftables") ? "comment \"" + id + "\"" : format.equals("fortigate")
                    ? "set name \"" + id + "\"" : "set rulebase security rules " + id + " "), id + " in\n" + rules);
        }
        if (format.equals("nftables")) {
            Nft.assertAccepted(rules, dir);
        }
    }

    private static List<String> flowIdsOf(String profile) throws Exception {
        var problems = new dev.flowdoc.diag.Problems();
        var project = dev.flowdoc.site.Loader.loadAndValidate(TestProjects.REPOSITORY, problems).orElseThrow();
        var p = project.deployment().profile(profile).orElseThrow();
        return dev.flowdoc.model.ReleaseView.at(project, project.product().newest()).forProfile(p).flows()
                .map(dev.flowdoc.model.Flow::id).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nftables", "fortigate", "panos"})
    void theDeltaFrom12_1_0HoldsOnlyTheClusterBackendToFrontendFlow(String format) throws Exception {
        int code = run("firewall", "--project", REPO, "--format", format, "--addresses", everyEndpoint().toString(),
                "--upgrade-from", "12.1.0");
        assertEquals(0, code, stderr.toString());
        String rules = stdout.toString();
        assertTrue(rules.contains("cluster-backend-frontend"), rules);
        for (String other : List.of("cluster-frontend-backend", "mail-inbound-direct", "cluster-sync")) {
            if (format.equals("nftables")) {
                // every flow's chain is declared and jumped to (the jumps are written anew), but only the delta's is filled
                assertFalse(rules.contains("add rule inet flowdoc flow_" + other + " "), other + " filled in\n" + rules);
                assertFalse(rules.contains("flush chain inet flowdoc flow_" + other + "\n"), other + " flushed in\n" + rules);
            } else {
                assertFalse(rules.contains(other), other + " in\n" + rules);
            }
        }
        if (format.equals("nftables")) {
            assertFalse(rules.contains("flush table"), "a delta never flushes the whole table");
            Nft.assertAccepted(rules, dir);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nftables", "fortigate", "panos"})
    void aDowngradeRemovesTheFlowInTheFormatsOwnTerms(String format) throws Exception {
        int code = run("firewall", "--project", REPO, "--format", format, "--addresses", everyEndpoint().toString(),
                "--upgrade-from", "13.0.0", "--product-version", "12.1.0");
        assertEquals(0, code, stderr.toString());
        String rules = stdout.toString();
        switch (format) {
            case "fortigate" -> {
                assertTrue(rules.matches("(?s).*config firewall policy\n    # close cluster-backend-frontend\n    delete \\d+\n.*"), rules);
                assertTrue(rules.contains("config firewall addrgrp\n    delete \"fd-cluster-backend-frontend-src\"\n    delete \"fd-cluster-backend-frontend-dst\"\n"), rules);
            }
            case "panos" -> {
                assertTrue(rules.contains("delete rulebase security rules cluster-backend-frontend\n"), rules);
                assertTrue(rules.contains("delete address-group fd-cluster-backend-frontend-src\n"), rules);
            }
            default -> {
                assertTrue(rules.contains("delete chain inet flowdoc flow_cluster-backend-frontend\n"), rules);
                assertFalse(rules.contains("jump flow_cluster-backend-frontend"), rules);
                Nft.assertAccepted(rules, dir);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"nftables,firewall-minimal.nft", "fortigate,firewall-minimal-fortigate.txt", "panos,firewall-minimal-panos.txt"})
    void goldenFilesForTheMinimalFixture(String format, String golden) throws Exception {
        int code = run("firewall", "--project", TestProjects.MINIMAL.toString(), "--format", format, "--addresses", MINIMAL_ADDRESSES);
        assertEquals(0, code, stderr.toString());
        String expected = Files.readString(GOLDEN.resolve(golden), StandardCharsets.UTF_8);
        assertEquals(expected, stdout.toString());
        if (format.equals("nftables")) {
            Nft.assertAccepted(stdout.toString(), dir);
        }
    }

    @Test
    void theTemplateHoldsExactlyTheEndpointsTheProfileNeeds() throws Exception {
        Path out = dir.resolve("minimal.json");
        assertEquals(0, run("firewall", "--project", REPO, "--addresses-template", "--profile", "minimal", "--out", out.toString()), stderr.toString());
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        List<String> ids = new ArrayList<>();
        json.get("endpoints").fieldNames().forEachRemaining(ids::add);
        assertEquals(List.of("appliance", "mail-server", "dns-internal", "ntp-internal", "internet", "smarthost", "admin-pc",
                "update-seppmail", "support-seppmail"), ids);
        assertEquals("Email server", json.get("labels").get("mail-server").get("en").asText());
        assertEquals("E-Mail Server", json.get("labels").get("mail-server").get("de").asText());
        assertTrue(json.get("endpoints").get("appliance").isEmpty());
    }

    @Test
    void hostEndpointsAreFqdnObjectsWhereTheFormatHasThem() throws Exception {
        Path file = dir.resolve("a.json");
        Files.writeString(file, "{\"endpoints\": {\"appliance\": [\"192.0.2.10\"], \"update-host\": []}}");
        assertEquals(0, run("firewall", "--project", TestProjects.MINIMAL.toString(), "--format", "panos", "--addresses", file.toString()), stderr.toString());
        assertTrue(stdout.toString().contains("set address fd-update.example.com fqdn update.example.com\n"), stdout.toString());
        assertTrue(stderr.toString().contains("warning: endpoint 'internet' has no addresses; left out: mail-in"), stderr.toString());
        assertEquals(0, run("firewall", "--project", TestProjects.MINIMAL.toString(), "--format", "fortigate", "--addresses", file.toString()));
        assertTrue(stdout.toString().contains("        set type fqdn\n        set fqdn \"update.example.com\"\n"), stdout.toString());
    }

    @Test
    void badInputIsReportedAtItsPlaceAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, String.join("\n",
                "{",
                "  \"endpoints\": {",
                "    \"appliance\": [\"192.0.2.300\", \"10.0.0.5/24\"],",
                "    \"mail-servr\": [\"10.0.0.25\"],",
                "    \"internet\": [\"not an address\"]",
                "  },",
                "  \"zones\": { \"internett\": \"untrust\" }",
                "}", ""));
        Path out = dir.resolve("out.nft");
        int code = run("firewall", "--project", TestProjects.MINIMAL.toString(), "--format", "nftables", "--addresses", file.toString(), "--out", out.toString());
        assertEquals(ExitCodes.PROBLEMS, code);
        String shown = Shown.path(file);
        String err = stderr.toString();
        assertTrue(err.contains(shown + ":3:19: error: endpoint 'appliance': '192.0.2.300' is not an IPv4 address"), err);
        assertTrue(err.contains(shown + ":3:34: error: endpoint 'appliance': '10.0.0.5/24' has bits set beyond its prefix /24"), err);
        assertTrue(err.contains(shown + ":4:5: error: unknown endpoint 'mail-servr'; did you mean 'mail-server'?"), err);
        assertTrue(err.contains(shown + ":5:18: error: endpoint 'internet': 'not an address' is not an IPv4 or IPv6 address"), err);
        assertTrue(err.contains(shown + ":7:14: error: unknown zone 'internett'; did you mean 'internet'?"), err);
        assertFalse(Files.exists(out));
    }

    @Test
    void nftablesNeedsAddressesForHostEndpoints() throws Exception {
        Path file = dir.resolve("a.json");
        Files.writeString(file, "{\n  \"endpoints\": {\n    \"appliance\": [\"192.0.2.10\"],\n    \"update-host\": []\n  }\n}\n");
        Path out = dir.resolve("out.nft");
        assertEquals(ExitCodes.PROBLEMS, run("firewall", "--project", TestProjects.MINIMAL.toString(), "--format", "nftables",
                "--addresses", file.toString(), "--out", out.toString()));
        assertTrue(stderr.toString().contains(Shown.path(file) + ":4:5: error: endpoint 'update-host' is the host update.example.com, and nftables matches addresses only; write its addresses under \"update-host\""), stderr.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void jsonSyntaxErrorsUnknownProfilesAndVersionsAreRefused() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"endpoints\": {\"appliance\": [\"192.0.2.10\"],}}");
        assertEquals(ExitCodes.PROBLEMS, run("firewall", "--project", REPO, "--format", "panos", "--addresses", file.toString()));
        assertTrue(stderr.toString().contains(Shown.path(file) + ":1:44: error: JSON syntax error"), stderr.toString());
        assertEquals(ExitCodes.PROBLEMS, run("firewall", "--project", REPO, "--format", "panos", "--profile", "minimall", "--addresses", everyEndpoint().toString()));
        assertTrue(stderr.toString().contains("unknown profile 'minimall'; did you mean 'minimal'?"), stderr.toString());
        assertEquals(ExitCodes.USAGE, run("firewall", "--project", REPO, "--format", "panos", "--upgrade-from", "12.x", "--addresses", everyEndpoint().toString()));
        assertEquals(ExitCodes.USAGE, run("firewall", "--project", REPO, "--format", "iptables", "--addresses", everyEndpoint().toString()));
        assertEquals(ExitCodes.USAGE, run("firewall", "--project", REPO, "--format", "panos"));
    }

    @Test
    void aPdfThatIsNoChecklistOrHasNoFilledFieldIsRefused() throws Exception {
        Path notPdf = dir.resolve("x.pdf");
        Files.writeString(notPdf, "hello");
        assertEquals(ExitCodes.PROBLEMS, run("firewall", "--project", REPO, "--format", "nftables", "--from-checklist", notPdf.toString()));
        assertTrue(stderr.toString().contains(Shown.path(notPdf) + ": error: not a PDF file flowdoc can read"), stderr.toString());
        Path manual = dir.resolve("manual.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(manual.toFile());
        }
        assertEquals(ExitCodes.PROBLEMS, run("firewall", "--project", REPO, "--format", "nftables", "--from-checklist", manual.toString()));
        assertTrue(stderr.toString().contains("error: not a checklist flowdoc wrote"), stderr.toString());
        Path empty = dir.resolve("empty.pdf");
        assertEquals(0, run("checklist", "--project", REPO, "--lang", "en", "--profile", "minimal", "--out", empty.toString()));
        assertEquals(ExitCodes.PROBLEMS, run("firewall", "--project", REPO, "--format", "nftables", "--from-checklist", empty.toString()));
        assertTrue(stderr.toString().contains("error: no flow's source and destination fields are filled in"), stderr.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nftables", "fortigate", "panos"})
    void aFilledMinimalChecklistBecomesARuleset(String format) throws Exception {
        Path pdf = dir.resolve("minimal.pdf");
        assertEquals(0, run("checklist", "--project", REPO, "--lang", "de", "--profile", "minimal", "--out", pdf.toString()), stderr.toString());
        Path filled = dir.resolve("filled.pdf");
        Map<String, String> values = Map.of(
                "flow.mail-inbound-smarthost.source", "198.51.100.25",
                "flow.mail-inbound-smarthost.destination", "192.0.2.10, 2001:db8::10",
                "flow.mail-outbound-relay.source", "10.0.0.25\n10.0.0.26",
                "flow.mail-outbound-relay.destination", "192.0.2.10",
                "flow.dns-internal-servers.source", "192.0.2.10",
                "flow.dns-internal-servers.destination", "10.0.0.53 10.0.1.53");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                PDField field = doc.getDocumentCatalog().getAcroForm().getField(e.getKey());
                field.setValue(e.getValue());
            }
            doc.save(filled.toFile());
        }
        Path out = dir.resolve("rules." + (format.equals("nftables") ? "nft" : "txt"));
        assertEquals(0, run("firewall", "--project", REPO, "--format", format, "--from-checklist", filled.toString(), "--out", out.toString()), stderr.toString());
        String rules = Files.readString(out);
        assertTrue(stderr.toString().contains("warning: flows left empty, left out: license-support-ssh"), stderr.toString());
        switch (format) {
            case "nftables" -> {
                assertTrue(rules.contains("ip saddr { 198.51.100.25 } ip daddr { 192.0.2.10 } tcp dport 25 accept comment \"mail-inbound-smarthost\""), rules);
                assertTrue(rules.contains("ip saddr { 10.0.0.25, 10.0.0.26 } ip daddr { 192.0.2.10 } tcp dport 25 accept comment \"mail-outbound-relay\""), rules);
                assertTrue(rules.contains("ip saddr { 192.0.2.10 } ip daddr { 10.0.0.53, 10.0.1.53 } udp dport 53 accept comment \"dns-internal-servers\""), rules);
                Nft.assertAccepted(rules, dir);
            }
            case "fortigate" -> {
                assertTrue(rules.contains("set name \"mail-inbound-smarthost\""), rules);
                assertTrue(rules.contains("edit \"fd-10.0.0.26\"\n        set subnet 10.0.0.26 255.255.255.255"), rules);
                assertTrue(rules.contains("edit \"fd-tcp-53\"\n        set tcp-portrange 53"), rules);
            }
            default -> {
                assertTrue(rules.contains("set address-group fd-mail-outbound-relay-src static [ fd-10.0.0.25 fd-10.0.0.26 ]"), rules);
                assertTrue(rules.contains("set rulebase security rules dns-internal-servers from [ dmz ] to [ trust ] source [ fd-dns-internal-servers-src ]"
                        + " destination [ fd-dns-internal-servers-dst ] source-user any category any application any service [ fd-tcp-53 fd-udp-53 ] action allow"), rules);
            }
        }
    }

    @Test
    void aBadAddressInTheChecklistNamesTheField() throws Exception {
        Path pdf = dir.resolve("minimal.pdf");
        assertEquals(0, run("checklist", "--project", REPO, "--lang", "en", "--profile", "minimal", "--out", pdf.toString()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            doc.getDocumentCatalog().getAcroForm().getField("flow.mail-outbound-relay.source").setValue("10.0.0.256");
            doc.getDocumentCatalog().getAcroForm().getField("flow.mail-outbound-relay.destination").setValue("smtp.example.com");
            doc.save(pdf.toFile());
        }
        Path out = dir.resolve("out.nft");
        assertEquals(ExitCodes.PROBLEMS, run("firewall", "--project", REPO, "--format", "nftables", "--from-checklist", pdf.toString(), "--out", out.toString()));
        String err = stderr.toString();
        assertTrue(err.contains(Shown.path(pdf) + ": error: field 'flow.mail-outbound-relay.source': '10.0.0.256' is not an IPv4 address"), err);
        assertTrue(err.contains(Shown.path(pdf) + ": error: field 'flow.mail-outbound-relay.destination': 'smtp.example.com' is a host name, and nftables matches addresses only"), err);
        assertFalse(Files.exists(out));
    }

    /**
     * A second product (declared zones incl. a DMZ and a cloud, two appliance roles, a port range, ICMP with types,
     * ICMPv6, ESP, GRE): every format writes its rules; nftables accepts the file.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"nftables", "fortigate", "panos"})
    void aSecondProductWithRangesAndPortlessProtocols(String format) throws Exception {
        Path project = TestProjects.copy(TestProjects.RESOURCES.resolve("projects/second-product"), dir.resolve("p"));
        TestProjects.copy(TestProjects.REPOSITORY.resolve("themes"), project.resolve("themes"));
        JsonNode endpoints = new ObjectMapper().readTree(project.resolve("data/endpoints.json").toFile()).get("endpoints");
        StringBuilder json = new StringBuilder("{\"endpoints\": {");
        for (int i = 0; i < endpoints.size(); i++) {
            String id = endpoints.get(i).get("id").asText();
            json.append(i == 0 ? "" : ", ").append('"').append(id).append("\": [\"10.1.").append(i).append(".0/24\", \"2001:db8:")
                    .append(i + 1).append("::/64\"]");
        }
        Path addresses = dir.resolve("second.json");
        Files.writeString(addresses, json.append("}}").toString());
        int code = run("firewall", "--project", project.toString(), "--format", format, "--profile", "full",
                "--addresses", addresses.toString());
        assertEquals(0, code, stderr.toString());
        String rules = stdout.toString();
        switch (format) {
            case "nftables" -> {
                assertTrue(rules.contains("dport 41000-41100"), rules);
                assertTrue(rules.contains("icmp type { 0, 8 }") || rules.contains("icmp type {0, 8}")
                        || rules.contains("icmp type 0") , rules);
                Nft.assertAccepted(rules, dir);
            }
            case "fortigate" -> assertTrue(rules.contains("41000-41100"), rules);
            default -> assertTrue(rules.contains("port 41000-41100"), rules);
        }
        assertFalse(rules.contains("seppmail"), "nothing of the reference product");
    }
}
