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
}
