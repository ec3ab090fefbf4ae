package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.testing.TestProjects.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code flowdoc audit --upgrade-to} on FortiGate and PAN-OS configurations (flowdoc's own 12.1.0 ruleset: what 13.0.0
 * asks to open, the gap rules, and the configuration with them loaded is ready), and {@code flowdoc audit
 * --from-checklist}: the addresses, release and profile of a filled checklist, against the ruleset written from it.
 */
class AuditUpgradeAndChecklistTest {
    private static final Path REPO = TestProjects.REPOSITORY;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Every endpoint its own address (the appliance IPv6 too); for PAN-OS every zone a name, as its rules name zones. */
    private Path addressFile(String format) throws Exception {
        Map<String, List<String>> addresses = ChecklistRoundTripTest.addresses(REPO);
        Map<String, Object> root = new java.util.LinkedHashMap<>(Map.of("endpoints", addresses));
        if (format.equals("panos")) {
            Map<String, String> zones = new java.util.LinkedHashMap<>();
            dev.flowdoc.render.firewall.Zones.keys(TestProjects.data(REPO)).forEach(z -> zones.put(z, "z-" + z));
            root.put("zones", zones);
        }
        Path file = dir.resolve(format + "-addresses.json");
        Files.writeString(file, JSON.writeValueAsString(root));
        return file;
    }

    private static String extension(String format) {
        return format.equals("panos") ? ".set" : ".conf";
    }

    @ParameterizedTest
    @ValueSource(strings = {"fortigate", "panos"})
    void upgradeTo13ListsWhatToOpenAndItsGapRulesMakeTheConfigurationReady(String format) throws Exception {
        Path addresses = addressFile(format);
        Run r12 = TestProjects.run("firewall", "--project", REPO.toString(), "--format", format, "--addresses", addresses.toString(),
                "--product-version", "12.1.0");
        assertEquals(0, r12.exitCode(), r12.err());
        // PAN-OS allows traffic inside one zone by default, and backend and frontend share the appliance's zone: the
        // admin who wants only documented flows has set the default to deny
        String own = format.equals("panos") ? "set rulebase default-security-rules rules intrazone-default action deny\n" + r12.out() : r12.out();
        Path config = dir.resolve("r12" + extension(format));
        Files.writeString(config, own);
        Path gap = dir.resolve("gap" + extension(format));

        Run audit = TestProjects.run("audit", "--project", REPO.toString(), "--format", format, "--config", config.toString(),
                "--addresses", addresses.toString(), "--product-version", "12.1.0", "--upgrade-to", "13.0.0", "--gap-rules", gap.toString());
        assertEquals(ExitCodes.GAPS, audit.exitCode(), audit.out() + audit.err());
        String upgrade = audit.out().substring(audit.out().indexOf("Upgrade from 12.1.0 to 13.0.0\n"));
        assertTrue(upgrade.startsWith("Upgrade from 12.1.0 to 13.0.0\n  To open (1)\n    cluster-backend-frontend: Backend → Frontend, TCP 22 (SSH)\n"
                + "      missing: TCP 22 from 10.9.2.1 to 10.9.1.1\n      stopped by " + Shown.path(config)), upgrade);
        assertTrue(upgrade.contains(format.equals("panos") ? " intrazone-default: PAN-OS's default rule: from z-appliance to z-appliance action deny"
                : " implicit deny (policy 0): FortiOS denies what no enabled policy accepts"), upgrade);
        assertFalse(upgrade.contains("To change") || upgrade.contains("To close") || upgrade.contains("cannot be evaluated"), upgrade);
        assertTrue(audit.err().contains("wrote " + Shown.path(gap) + " (the rules that close the gap)"), audit.err());
        String rules = Files.readString(gap);
        assertTrue(rules.contains(format.equals("panos") ? "set rulebase security rules cluster-backend-frontend from [ z-" : "        set name \"cluster-backend-frontend\"\n"), rules);
        assertEquals(1, rules.lines().filter(l -> l.startsWith("        set name \"") || l.matches("set rulebase security rules \\S+ from .*")).count(),
                "one rule, for that flow alone: " + rules);

        // the same in German and as JSON
        Run de = TestProjects.run("audit", "--project", REPO.toString(), "--format", format, "--config", config.toString(),
                "--addresses", addresses.toString(), "--product-version", "12.1.0", "--upgrade-to", "13.0.0", "--lang", "de");
        assertTrue(de.out().contains("Upgrade von 12.1.0 auf 13.0.0\n  Freizuschalten (1)\n    cluster-backend-frontend: "), de.out());
        assertTrue(de.out().contains("      fehlt: TCP 22 von 10.9.2.1 nach 10.9.1.1\n      gestoppt von "), de.out());
        assertTrue(de.out().contains(format.equals("panos") ? "intrazone-default: die Standardregel von PAN-OS: von z-appliance nach z-appliance, action deny"
                : "implicit deny (policy 0): FortiOS verwirft, was keine aktivierte Policy erlaubt"), de.out());
        Run json = TestProjects.run("audit", "--project", REPO.toString(), "--format", format, "--config", config.toString(),
                "--addresses", addresses.toString(), "--product-version", "12.1.0", "--upgrade-to", "13.0.0", "--json");
        JsonNode u = JSON.readTree(json.out()).get("upgrade");
        assertEquals("cluster-backend-frontend", u.get("open").get(0).get("id").asText());
        assertEquals(1, u.get("open").size());
        assertEquals(0, u.get("change").size() + u.get("close").size() + u.get("unknown").size(), u.toString());
        assertEquals(format.equals("panos") ? "vendor_default" : "policy", u.get("open").get(0).get("deniedBy").get(0).get("kind").asText(),
                "the vendor's default rule, or its final deny");

        // the gap rules pasted after the configuration: ready for 13.0.0, nothing beyond
        Path after = dir.resolve("r13" + extension(format));
        Files.writeString(after, own + rules);
        Run ready = TestProjects.run("audit", "--project", REPO.toString(), "--format", format, "--config", after.toString(),
                "--addresses", addresses.toString(), "--product-version", "12.1.0", "--upgrade-to", "13.0.0");
        assertEquals(ExitCodes.OK, ready.exitCode(), ready.out() + ready.err());
        assertTrue(ready.out().contains("The configuration is ready for 13.0.0: nothing to open, change or close."), ready.out());
        assertTrue(ready.out().contains(": 32 open, 0 partly open, 0 closed, 0 unknown, 0 without addresses; no rule opens more than documented."), ready.out());
    }

    /**
     * A full checklist of 12.1.0, filled: the ruleset written from it, audited with it (its release, profile and
     * addresses; no --product-version) is clean, in English and German; a flow's rule removed is closed, naming the
     * addresses the checklist gave; with --upgrade-to, the checklist's release is the configuration's. PAN-OS: the
     * checklist names no zones, so the zones flowdoc's own ruleset names by default (untrust, trust, dmz) are taken
     * where the configuration's rules name them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fortigate", "panos"})
    void aFilledChecklistGivesTheAuditItsAddressesReleaseAndProfile(String format) throws Exception {
        Path pdf = dir.resolve("checklist.pdf");
        Run written = TestProjects.run("checklist", "--project", REPO.toString(), "--lang", "de", "--profile", "full",
                "--product-version", "12.1.0", "--out", pdf.toString());
        assertEquals(0, written.exitCode(), written.err());
        Map<String, List<String>> addresses = ChecklistRoundTripTest.addresses(REPO);
        Path filled = ChecklistRoundTripTest.fill(pdf, dir.resolve("filled.pdf"),
                ChecklistRoundTripTest.values(pdf, TestProjects.data(REPO).history(), addresses), false);
        Run rules = TestProjects.run("firewall", "--project", REPO.toString(), "--format", format, "--from-checklist", filled.toString());
        assertEquals(0, rules.exitCode(), rules.err());
        Path config = dir.resolve("fw" + extension(format));
        Files.writeString(config, rules.out());

        Run audit = TestProjects.run("audit", "--project", REPO.toString(), "--format", format, "--config", config.toString(),
                "--from-checklist", filled.toString());
        assertEquals(ExitCodes.OK, audit.exitCode(), audit.out() + audit.err());
        assertTrue(audit.out().startsWith("flowdoc audit: " + format + " configuration " + Shown.path(config)
                + ", checked against SEPPmail Secure E-Mail Gateway 12.1.0, profile full, addresses from " + Shown.path(filled) + "\n"
                + "31 documented communication paths: 31 open, 0 partly open, 0 closed, 0 unknown, 0 without addresses;"), audit.out());
        Run de = TestProjects.run("audit", "--project", REPO.toString(), "--format", format, "--config", config.toString(),
                "--from-checklist", filled.toString(), "--lang", "de");
        assertEquals(ExitCodes.OK, de.exitCode(), de.out() + de.err());
        assertTrue(de.out().startsWith("flowdoc audit: " + format + "-Konfiguration " + Shown.path(config)
                + ", geprüft gegen SEPPmail Secure E-Mail Gateway 12.1.0, Profil full, Adressen aus " + Shown.path(filled) + "\n"
                + "31 dokumentierte Kommunikationswege: 31 offen, 0 teilweise offen, 0 geschlossen, 0 nicht auswertbar, 0 ohne Adressen;"), de.out());

        // gina-https's rule removed: closed, missing what the checklist typed for it
        String removed = format.equals("panos")
                ? rules.out().replaceAll("(?m)^set rulebase security rules gina-https .*\n", "")
                : rules.out().replaceAll("(?s)    edit \\d+\n        set name \"gina-https\"\n.*?    next\n", "");
        assertFalse(removed.equals(rules.out()), "the rule was there");
        Files.writeString(config, removed);
        Run closed = TestProjects.run("audit", "--project", REPO.toString(), "--format", format, "--config", config.toString(),
                "--from-checklist", filled.toString());
        assertEquals(ExitCodes.GAPS, closed.exitCode(), closed.out() + closed.err());
        assertTrue(closed.out().contains("\nClosed (1)\n  GINA\n    gina-https: Internet → Appliance, TCP 443 (HTTPS)\n"), closed.out());
        assertTrue(java.util.regex.Pattern.compile("missing: TCP 443 from 10\\.9\\.\\d+\\.1 to 10\\.9\\.0\\.1").matcher(closed.out()).find(), closed.out());

        // the checklist's release is the configuration's: --upgrade-to needs no --product-version
        Files.writeString(config, rules.out());
        Run upgrade = TestProjects.run("audit", "--project", REPO.toString(), "--format", format, "--config", config.toString(),
                "--from-checklist", filled.toString(), "--upgrade-to", "13.0.0");
        assertEquals(ExitCodes.GAPS, upgrade.exitCode(), upgrade.out() + upgrade.err());
        assertTrue(upgrade.out().contains(", checked against SEPPmail Secure E-Mail Gateway 13.0.0, profile full, addresses from "), upgrade.out());
        // the flow 13.0.0 adds has no field in a 12.1.0 checklist: not checked, and to open (its addresses come with the upgrade checklist)
        assertTrue(upgrade.out().contains("\nNot checked (no addresses given) (1)\n  Cluster communication\n    cluster-backend-frontend: "), upgrade.out());
        assertTrue(upgrade.out().endsWith("Upgrade from 12.1.0 to 13.0.0\n  To open (1)\n    cluster-backend-frontend: Backend → Frontend, TCP 22 (SSH)\n"),
                upgrade.out());
    }

    /**
     * PAN-OS rules that name zones of their own (z-…), audited with addresses that map no zone: nothing can be
     * evaluated, and the upgrade says so rather than calling the configuration ready; no gap rules are written.
     */
    @org.junit.jupiter.api.Test
    void anUpgradeWhoseFlowsCannotBeEvaluatedIsNotCalledReady() throws Exception {
        Path zoned = addressFile("panos");
        Run r12 = TestProjects.run("firewall", "--project", REPO.toString(), "--format", "panos", "--addresses", zoned.toString(),
                "--product-version", "12.1.0");
        assertEquals(0, r12.exitCode(), r12.err());
        Path config = dir.resolve("r12.set");
        Files.writeString(config, r12.out());
        Path plain = addressFile("fortigate"); // the same addresses, no "zones"
        Path gap = dir.resolve("gap.set");
        Run audit = TestProjects.run("audit", "--project", REPO.toString(), "--format", "panos", "--config", config.toString(),
                "--addresses", plain.toString(), "--product-version", "12.1.0", "--upgrade-to", "13.0.0", "--gap-rules", gap.toString());
        assertEquals(ExitCodes.GAPS, audit.exitCode(), audit.out() + audit.err());
        assertTrue(audit.out().contains("32 documented communication paths: 0 open, 0 partly open, 0 closed, 32 unknown"), audit.out());
        assertTrue(audit.out().endsWith("Upgrade from 12.1.0 to 13.0.0\n  32 communication paths of 13.0.0 cannot be evaluated (see above): "
                + "whether the configuration is ready for 13.0.0 cannot be said until they are checked by hand.\n"), audit.out());
        assertFalse(audit.out().contains("The configuration is ready for"), audit.out());
        assertTrue(audit.err().contains("nothing to write to " + Shown.path(gap) + ": the configuration has no gap to 13.0.0, as far as flowdoc can tell: "
                + "32 of its flows cannot be evaluated"), audit.err());
        assertFalse(Files.exists(gap));
        Run de = TestProjects.run("audit", "--project", REPO.toString(), "--format", "panos", "--config", config.toString(),
                "--addresses", plain.toString(), "--product-version", "12.1.0", "--upgrade-to", "13.0.0", "--lang", "de");
        assertTrue(de.out().endsWith("Upgrade von 12.1.0 auf 13.0.0\n  32 Kommunikationswege von 13.0.0 sind nicht auswertbar (siehe oben): "
                + "ob die Konfiguration für 13.0.0 bereit ist, lässt sich erst sagen, wenn sie von Hand geprüft sind.\n"), de.out());
        assertTrue(de.out().contains("(die „zones“ der Adressdatei nennen für die Zonen dieses Kommunikationswegs kein Interface und keine Zone)"), de.out());
        Run json = TestProjects.run("audit", "--project", REPO.toString(), "--format", "panos", "--config", config.toString(),
                "--addresses", plain.toString(), "--product-version", "12.1.0", "--upgrade-to", "13.0.0", "--json");
        assertEquals(32, JSON.readTree(json.out()).get("upgrade").get("unknown").size(), json.out());
    }
}
