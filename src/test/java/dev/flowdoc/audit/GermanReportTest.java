package dev.flowdoc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.cli.Main;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.testing.TestProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flowdoc audit --lang de}: every word the report writes around the configuration's own words (states, why a
 * rule cannot be evaluated, a chain's policy, the vendors' implicit rules, what is open beyond) is German, and no
 * English sentence of the audit's words slips in; with {@code --json}, the sentences in the language asked for and the
 * reasons as keys. On the minimal project, for nftables, FortiGate and PAN-OS.
 */
class GermanReportTest {
    private static final String MINIMAL = TestProjects.MINIMAL.toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path addresses;
    private String out;
    private String err;

    private int flowdoc(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @BeforeEach
    void addresses() throws Exception {
        addresses = dir.resolve("addresses.json");
        Files.writeString(addresses, "{\"endpoints\": {\"appliance\": [\"192.0.2.10\"], \"mail-server\": [\"10.0.0.25\"], "
                + "\"internet\": [\"0.0.0.0/0\"], \"update-host\": [\"198.51.100.7\"]}, "
                + "\"zones\": {\"internet\": \"untrust\", \"internal\": \"trust\", \"appliance\": \"dmz\"}}");
    }

    private String ruleset(String format) {
        assertEquals(0, flowdoc("firewall", "--project", MINIMAL, "--format", format, "--addresses", addresses.toString()), err);
        return out;
    }

    private int audit(String format, String config, String... more) throws Exception {
        Path file = dir.resolve("config-" + format + ".txt");
        Files.writeString(file, config);
        List<String> args = new ArrayList<>(List.of("audit", "--project", MINIMAL, "--format", format, "--config", file.toString(),
                "--addresses", addresses.toString()));
        args.addAll(List.of(more));
        return flowdoc(args.toArray(String[]::new));
    }

    /**
     * The English sentences of the audit's words (every {@code audit.*} text whose German differs, cut at its
     * placeholders; pieces of two words or more that the German text does not share, such as a vendor's rule name).
     */
    private static List<String> englishSentences() {
        Messages en = Words.of(Language.EN);
        Messages de = Words.of(Language.DE);
        List<String> pieces = new ArrayList<>();
        for (Map.Entry<String, String> e : en.all().entrySet()) {
            String german = de.get(e.getKey());
            if (!e.getKey().startsWith("audit.") || e.getValue().equals(german)) {
                continue;
            }
            for (String piece : e.getValue().replaceAll("\\{\\d+,choice,[^}]*(\\{[^}]*\\}[^}]*)*\\}", "\u0000")
                    .split("\\{\\d+\\}|\u0000")) {
                String p = piece.strip();
                if (p.length() >= 8 && p.contains(" ") && !german.contains(p)) {
                    pieces.add(p);
                }
            }
        }
        assertTrue(pieces.size() > 60, "the audit has its words in the theme: " + pieces);
        return pieces;
    }

    private static void assertNoEnglish(String report) {
        for (String english : englishSentences()) {
            assertFalse(report.contains(english), "English '" + english + "' in the German report:\n" + report);
        }
    }

    @Test
    void fortigateAScheduleIsUnknownAndAnExtraPolicyIsListedInGerman() throws Exception {
        String own = ruleset("fortigate");
        int at = own.indexOf("    edit 495315\n");
        String scheduled = own.substring(0, at) + "    edit 5\n        set name \"office-smtp\"\n        set srcintf \"any\"\n"
                + "        set dstintf \"any\"\n        set srcaddr \"all\"\n        set dstaddr \"all\"\n        set action accept\n"
                + "        set schedule \"office-hours\"\n        set service \"SMTP\"\n    next\n" + own.substring(at);
        String config = Edits.rdp("fortigate", scheduled, "192.0.2.10");

        assertEquals(4, audit("fortigate", config, "--lang", "de"), err);
        assertTrue(out.contains("3 dokumentierte Kommunikationswege: 1 offen, 0 teilweise offen, 0 geschlossen, 2 nicht auswertbar, "
                + "0 ohne Adressen; 1 Regel öffnet mehr als dokumentiert."), out);
        assertTrue(out.contains("\nNicht auswertbar (2)\n  E-Mail Kommunikation\n    mail-in: "), out);
        assertTrue(out.contains("      nicht auswertbar: set schedule \"office-hours\" (die Policy gilt nur zu den Zeiten ihres Zeitplans) — "), out);
        assertTrue(out.contains("\nOffen über die Dokumentation hinaus\n  "), out);
        // a policy that opens more is listed with what it opens, not taken for the chain's policy
        assertTrue(out.matches("(?s).* policy 7 \"rdp\": [^\n]* öffnet:\n    TCP 3389 von 0\\.0\\.0\\.0/0 nach 192\\.0\\.2\\.10\n.*"), out);
        assertFalse(out.contains("lässt alles durch"), out);
        assertNoEnglish(out);

        assertEquals(4, audit("fortigate", config, "--lang", "de", "--json"), err);
        JsonNode json = JSON.readTree(out);
        assertEquals("de", json.get("lang").asText());
        JsonNode unknown = flow(json, "mail-in").get("unknown");
        assertEquals("audit.why.policySchedule", unknown.get("reason").asText());
        assertEquals("die Policy gilt nur zu den Zeiten ihres Zeitplans", unknown.get("why").asText());
        assertEquals("set schedule \"office-hours\"", unknown.get("part").asText());
        assertEquals("policy 5 \"office-smtp\"", unknown.get("rule").get("name").asText());
        assertEquals("rule", unknown.get("rule").get("kind").asText());
        assertEquals("unknown", flow(json, "mail-in").get("state").asText(), "states stay English keys");
        assertNoEnglish(out);

        assertEquals(4, audit("fortigate", config, "--json"), err);
        assertEquals("the policy applies only at the schedule's times", flow(JSON.readTree(out), "mail-in").get("unknown").get("why").asText());
    }

    @Test
    void panosAnApplicationAndTheVendorsDefaultRuleInGerman() throws Exception {
        String own = ruleset("panos");
        String rule = "set rulebase security rules mail-in from [ untrust ] to [ dmz ] source [ fd-mail-in-src ] destination [ fd-mail-in-dst ] "
                + "source-user any category any application any service [ fd-tcp-25 ] action allow";
        assertTrue(own.contains(rule), own);
        // a second address in the appliance's zone: PAN-OS's intrazone-default lets the two talk
        Files.writeString(addresses, Files.readString(addresses).replace("[\"192.0.2.10\"]", "[\"192.0.2.10\", \"192.0.2.11\"]"));
        String config = ruleset("panos").replace(rule, rule.replace("application any service [ fd-tcp-25 ]", "application smtp service application-default"));

        assertEquals(4, audit("panos", config, "--lang", "de"), err);
        assertTrue(out.contains("nicht auswertbar: application smtp (App-ID entscheidet, was eine Anwendung ist, nicht die Ports: "
                + "flowdoc kann nicht sagen, ob ein Kommunikationsweg dazugehört) — "), out);
        assertTrue(out.contains(" intrazone-default: die Standardregel von PAN-OS: von dmz nach dmz, action allow – die eingebaute Standardregel"
                + " des Herstellers, keine Regel der Konfiguration; sie ändert den Exit-Status nicht. Sie öffnet:\n"), out);
        assertNoEnglish(out);

        assertEquals(4, audit("panos", config, "--lang", "de", "--json"), err);
        JsonNode json = JSON.readTree(out);
        JsonNode vendor = json.get("extras").get(0).get("rule");
        assertEquals("intrazone-default", vendor.get("name").asText());
        assertEquals("vendor_default", vendor.get("kind").asText());
        assertEquals("intrazone-default: die Standardregel von PAN-OS: von dmz nach dmz, action allow", vendor.get("label").asText());
        assertEquals("audit.why.appId", flow(json, "mail-in").get("unknown").get("reason").asText());
        assertNoEnglish(out);

        assertEquals(4, audit("panos", config, "--lang", "en"), err);
        assertTrue(out.contains(" intrazone-default: PAN-OS's default rule: from dmz to dmz action allow – the vendor's own default rule"), out);
        assertTrue(out.contains("cannot be evaluated: application smtp (App-ID decides what an application is, not the ports"), out);
    }

    @Test
    void nftablesAnUnknownMatchAndAChainPolicyThatAcceptsInGerman() throws Exception {
        String config = "table inet t {\n\tchain forward {\n\t\ttype filter hook forward priority filter; policy accept;\n"
                + "\t\tmeta mark 0x00000001 tcp dport 25 drop comment \"marked\"\n"
                + "\t\tip saddr 192.0.2.10 ip daddr 198.51.100.7 tcp dport 22 accept\n\t}\n}\n";

        assertEquals(4, audit("nftables", config, "--lang", "de"), err);
        assertTrue(out.contains("      nicht auswertbar: meta mark 0x00000001 (flowdoc wertet die Bedingung „meta mark“ nicht aus) — "
                + dir.resolve("config-nftables.txt") + ":4:3 chain inet t forward \"marked\": "), out);
        assertTrue(out.contains(":2:8 Policy accept von chain inet t forward: chain inet t forward { type filter hook forward priority 0; policy accept; }: "
                + "lässt alles durch, was keine Regel stoppt"), out);
        assertTrue(out.contains("durchgelassen von " + dir.resolve("config-nftables.txt") + ":5:3 chain inet t forward: ip saddr"), out);
        assertNoEnglish(out);

        assertEquals(4, audit("nftables", config, "--lang", "de", "--json"), err);
        JsonNode json = JSON.readTree(out);
        JsonNode policy = json.get("extras").get(0);
        assertTrue(policy.get("everything").asBoolean(), out);
        assertEquals("policy", policy.get("rule").get("kind").asText());
        assertEquals("Policy accept von chain inet t forward", policy.get("rule").get("label").asText());
        assertEquals("flowdoc wertet die Bedingung „meta mark“ nicht aus", flow(json, "mail-in").get("unknown").get("why").asText());
        assertNoEnglish(out);
    }

    @Test
    void nftablesNoChainOnAHookInGerman() throws Exception {
        // a host firewall with an input chain alone: nothing looks at what the appliance sends
        String config = "table inet h {\n\tchain input {\n\t\ttype filter hook input priority filter; policy drop;\n\t\ttcp dport 25 accept\n\t}\n}\n";
        assertEquals(4, audit("nftables", config, "--lang", "de"), err);
        assertTrue(out.contains("\n  " + dir.resolve("config-nftables.txt") + " keine Kette am Hook output (der Kernel lässt durch, was keine Kette prüft): "
                + "lässt alles durch, was keine Regel stoppt"), out);
        assertNoEnglish(out);
        assertEquals(4, audit("nftables", config), err);
        assertTrue(out.contains(" no chain on hook output (the kernel lets through what no chain looks at): lets through whatever no rule stops"), out);
    }

    /**
     * Every reason the readers and the evaluator give ({@code new Unresolved(text, "reason", …)}, {@code b.unresolved(…)},
     * {@code new UnresolvedValue("reason", …)}) and every origin they name ({@code Said.of("audit.origin.…")}) has its
     * words in both bundles, with the same placeholders.
     */
    @Test
    void everyReasonAndOriginHasItsWordsInBothLanguages() throws Exception {
        Messages en = Words.of(Language.EN);
        Messages de = Words.of(Language.DE);
        java.util.Set<String> used = new java.util.TreeSet<>();
        java.util.regex.Pattern reason = java.util.regex.Pattern.compile("(?<!equals\\()(?<!value\\()(?<!values\\()(?<!list\\()\"([a-z][A-Za-z0-9]*)\"");
        java.util.regex.Pattern said = java.util.regex.Pattern.compile("\"(audit\\.[a-z]+\\.[A-Za-z0-9]+)\"");
        try (var files = Files.walk(TestProjects.REPOSITORY.resolve("src/main/java/dev/flowdoc/audit"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    java.util.regex.Matcher s = said.matcher(line);
                    while (s.find()) {
                        used.add(s.group(1));
                    }
                    int call = Math.max(Math.max(line.indexOf("Unresolved("), line.indexOf("UnresolvedValue(")), line.indexOf(".unresolved("));
                    if (call < 0) {
                        continue;
                    }
                    java.util.regex.Matcher r = reason.matcher(line.substring(call));
                    while (r.find()) {
                        // a configuration's keyword as the text ("service", "action") is no reason
                        if (!List.of("service", "action", "jump").contains(r.group(1))) {
                            used.add("audit.why." + r.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(used.size() > 50, "reasons found in the sources: " + used);
        for (String key : used) {
            assertTrue(en.all().containsKey(key) && de.all().containsKey(key), key + " is in both bundles");
        }
        en.all().keySet().stream().filter(k -> k.startsWith("audit.")).forEach(k -> {
            assertFalse(de.get(k).isBlank(), k);
            // the configuration's words ({0}, {1}) are the same in both languages: every placeholder in both
            for (int i = 0; i < 8; i++) {
                assertEquals(en.get(k).contains("{" + i), de.get(k).contains("{" + i), k + " {" + i + "}");
            }
        });
    }

    private static JsonNode flow(JsonNode json, String id) {
        for (JsonNode f : json.get("flows")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError(id + " not in " + json);
    }
}
