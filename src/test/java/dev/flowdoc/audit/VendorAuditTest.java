package dev.flowdoc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.audit.AuditResult.FlowFinding;
import dev.flowdoc.audit.AuditResult.State;
import dev.flowdoc.audit.fortigate.FortiGateReader;
import dev.flowdoc.audit.panos.PanOsReader;
import dev.flowdoc.audit.policy.Policy;
import dev.flowdoc.audit.policy.PolicyReader;
import dev.flowdoc.cli.Main;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.load.AddressFile;
import dev.flowdoc.load.ThemeLoader;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.firewall.Format;
import dev.flowdoc.render.firewall.Zones;
import dev.flowdoc.site.Loader;
import dev.flowdoc.testing.TestProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The FortiGate and PAN-OS readers with the evaluator, on the rulesets flowdoc's own {@code firewall} command writes
 * for the real project (12.1.0 and 13.0.0) and the second fixture: the ruleset as written (every flow open, nothing
 * beyond), one flow's rule removed (closed), one port narrowed (partly open), an extra accept for TCP 3389 to the
 * appliance (open beyond the documentation) and a deny placed before an accept (closed: order matters).
 */
class VendorAuditTest {
    /** A project, the flows the five cases edit, and the address the extra RDP rule opens. */
    private record Case(Path root, String removed, String narrowed, String narrowedFrom, String narrowedTo, String missing,
                        String denied) {}

    private static final Case REAL = new Case(TestProjects.REPOSITORY,
            "admin-restapi", "protection-pack-updates", "80 443 873 2703", "80 443", "873, 2703", "gina-https");
    private static final Case SECOND = new Case(TestProjects.RESOURCES.resolve("projects/second-product"),
            "policy-push", "quarantine-sync", "41000-41100", "41000-41050", "41051-41100", "mail-deliver");

    @TempDir
    Path dir;

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

    /** The address {@link #addressFile} gives the project's first endpoint (an appliance in both projects). */
    private static String firstAddress(Project project) {
        return "10." + project.product().name().length() % 200 + ".1.1";
    }

    /**
     * Every endpoint of the project an IPv4 address of its own (10.K.I.1), host endpoints their host name. PAN-OS: every
     * zone a name, as its rules name zones; FortiGate: no zone map, so the policies name interface "any" (flowdoc's
     * default). Every address endpoint an IPv6 address too (2001:db8:K:I::1), so a flow from the appliance to a host
     * name needs the host name on the IPv6 side as well (FortiGate: an address6 FQDN object).
     */
    private Path addressFile(Project project, String format) throws Exception {
        StringBuilder json = new StringBuilder("{\"endpoints\": {");
        int i = 0;
        for (var e : project.history().endpoints()) {
            json.append(i == 0 ? "" : ", ").append('"').append(e.id()).append("\": [");
            if (e.host() == null) {
                json.append("\"10.").append(project.product().name().length() % 200).append('.').append(i + 1).append(".1\", ")
                        .append("\"2001:db8:").append(project.product().name().length() % 200).append(':').append(i + 1).append("::1\"");
            }
            json.append(']');
            i++;
        }
        json.append('}');
        if (format.equals("panos")) {
            json.append(", \"zones\": {");
            List<String> keys = Zones.keys(project);
            for (int k = 0; k < keys.size(); k++) {
                json.append(k == 0 ? "" : ", ").append('"').append(keys.get(k)).append("\": \"z-").append(keys.get(k)).append('"');
            }
            json.append('}');
        }
        Path file = dir.resolve(format + "-addresses.json");
        Files.writeString(file, json.append('}').toString());
        return file;
    }

    private record Audited(AuditResult result, String config) {
        State state(String id) {
            return flow(id).state();
        }

        FlowFinding flow(String id) {
            return result.flows().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not audited"));
        }

        Map<String, State> states() {
            Map<String, State> all = new LinkedHashMap<>();
            result.flows().forEach(f -> all.put(f.id(), f.state()));
            return all;
        }
    }

    private Audited audit(Path root, String format, Path addresses, String release, String config) throws Exception {
        Problems problems = new Problems();
        Project project = Loader.loadAndValidate(root, problems).orElseThrow(() -> new AssertionError(problems.all().toString()));
        PolicyReader reader = format.equals("fortigate") ? new FortiGateReader() : new PanOsReader();
        Policy policy = reader.read("config.txt", config);
        Project at = ReleaseView.at(project, Version.of(release));
        AddressFile file = AddressFile.read(addresses, addresses.toString(), at, Zones.keys(at), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        var outcome = Audit.run(project, policy, AddressSource.of(file),
                new Audit.Request(Format.parse(format).orElseThrow(), Version.of(release), null, null),
                new ThemeLoader(root).messages(Language.EN), problems);
        assertTrue(outcome.isPresent(), problems.all().toString());
        return new Audited(outcome.get().result(), config);
    }

    private String ruleset(Path root, String format, Path addresses, String release) {
        assertEquals(0, flowdoc("firewall", "--project", root.toString(), "--format", format, "--addresses", addresses.toString(),
                "--product-version", release), err);
        return out;
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"real,fortigate,13.0.0,true", "real,fortigate,12.1.0,false", "real,panos,13.0.0,true", "real,panos,12.1.0,false",
            "second,fortigate,4.1.0,true", "second,panos,4.1.0,true"})
    void flowdocsOwnRulesetAndFiveEditsOfIt(String which, String format, String release, boolean edits) throws Exception {
        Case c = which.equals("real") ? REAL : SECOND;
        Problems problems = new Problems();
        Project project = Loader.loadAndValidate(c.root(), problems).orElseThrow();
        Path addresses = addressFile(project, format);
        String own = ruleset(c.root(), format, addresses, release);
        if (format.equals("fortigate") && c == SECOND) {
            // ICMP as documented (health-ping: echo reply 0, echo request 8): one service object per type
            assertTrue(own.contains("    edit \"fd-icmp-0\"\n        set protocol ICMP\n        set icmptype 0\n    next\n"), own);
            assertTrue(own.contains("    edit \"fd-icmp-8\"\n        set protocol ICMP\n        set icmptype 8\n    next\n"), own);
            assertTrue(own.contains("set service \"fd-icmp-0\" \"fd-icmp-8\"\n"), own);
        }
        if (format.equals("fortigate") && c == REAL) {
            // a host name beside an IPv6 appliance: also an IPv6 FQDN object
            assertTrue(own.contains("config firewall address6\n"), own);
            assertTrue(own.contains("    edit \"fd-update.seppmail.ch-6\"\n        set type fqdn\n        set fqdn \"update.seppmail.ch\"\n"), own);
        }

        // 1. as written: every flow open, nothing beyond
        Audited a = audit(c.root(), format, addresses, release, own);
        List<String> portless = portless(format, a);
        a.states().forEach((id, state) -> {
            if (portless.contains(id)) {
                assertEquals(State.UNKNOWN, state, id);
                // its own rule, or an earlier one of App-ID that might match it too (icmp before ipv6-icmp)
                assertTrue(a.flow(id).unknownRule().name().matches("rule .*-app"), a.flow(id).toString());
                assertTrue(a.flow(id).unknownPart().text().startsWith("application "), a.flow(id).toString());
            } else {
                assertEquals(State.OPEN, state, id + " in " + a.states());
            }
        });
        assertTrue(a.states().values().stream().filter(s -> s == State.OPEN).count() >= a.states().size() / 2, a.states().toString());
        // nothing open beyond the documentation that counts; PAN-OS allows traffic inside one zone by default: between
        // two different endpoints of one zone that is reported, as the vendor's default rule, and does not count
        assertEquals(List.of(), a.result().counted(), "nothing open beyond the documentation");
        a.result().extras().forEach(x -> {
            assertTrue(format.equals("panos") && x.vendorDefault() && x.rule().name().equals("intrazone-default"), x.toString());
            assertTrue(x.opens().stream().noneMatch(p -> p.source().equals(p.destination())),
                    "from an address to itself never crosses a firewall: " + x.opens());
        });
        // the command: exit 0, unless PAN-OS's App-ID rules leave port-less flows unknown (the second fixture's ping, ESP, GRE)
        Path config = dir.resolve(format + "-own.txt");
        Files.writeString(config, own);
        int code = flowdoc("audit", "--project", c.root().toString(), "--format", format, "--config", config.toString(),
                "--addresses", addresses.toString(), "--product-version", release);
        assertEquals(portless.isEmpty() ? 0 : 4, code, out + err);
        assertEquals(portless.isEmpty(), a.result().clean());
        assertTrue(out.contains("no rule opens more than documented."), out);
        assertTrue(out.contains(a.states().size() + " documented communication paths: " + (a.states().size() - portless.size())
                + " open, 0 partly open, 0 closed, " + portless.size() + " unknown"), out);
        if (format.equals("panos") && c == REAL) {
            // the appliance's nodes share one zone: PAN-OS lets them talk on every port, said as the vendor's default
            assertTrue(out.contains(" intrazone-default: PAN-OS's default rule: from z-appliance to z-appliance action allow – the vendor's own"
                    + " default rule, not one the configuration writes; it does not change the exit status. It opens:\n"), out);
            assertEquals(0, flowdoc("audit", "--project", c.root().toString(), "--format", format, "--config", config.toString(),
                    "--addresses", addresses.toString(), "--product-version", release, "--lang", "de"), err);
            assertTrue(out.contains("keine Regel öffnet mehr als dokumentiert."), out);
            assertTrue(out.contains(" – die eingebaute Standardregel des Herstellers, keine Regel der Konfiguration; sie ändert den Exit-Status nicht."), out);
            assertEquals(0, flowdoc("audit", "--project", c.root().toString(), "--format", format, "--config", config.toString(),
                    "--addresses", addresses.toString(), "--product-version", release, "--json"), err);
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
            assertEquals(0, json.get("counts").get("extra").asInt());
            assertTrue(json.get("counts").get("vendorDefault").asInt() > 0, out);
            assertTrue(json.get("clean").asBoolean());
            json.get("extras").forEach(x -> assertTrue(x.get("vendorDefault").asBoolean(), x.toString()));
        }
        if (!edits) {
            return;
        }

        // 2. one flow's rule removed: that flow closed, the others as before
        Audited removed = audit(c.root(), format, addresses, release, Edits.remove(format, own, c.removed()));
        assertEquals(State.CLOSED, removed.state(c.removed()));
        assertEquals(a.states().size(), removed.states().size());
        removed.states().forEach((id, state) -> {
            if (!id.equals(c.removed())) {
                assertEquals(a.states().get(id), state, id);
            }
        });

        // 3. one port narrowed: partly open, naming what is missing
        Audited narrowed = audit(c.root(), format, addresses, release, Edits.narrow(format, own, c.narrowedFrom(), c.narrowedTo()));
        assertEquals(State.PARTLY, narrowed.state(c.narrowed()), narrowed.flow(c.narrowed()).toString());
        assertTrue(narrowed.flow(c.narrowed()).missing().stream().anyMatch(p -> p.ports().contains(c.missing())),
                narrowed.flow(c.narrowed()).missing().toString());

        // 4. an extra accept for TCP 3389 to the appliance: open beyond the documentation, naming the rule
        Audited rdp = audit(c.root(), format, addresses, release, Edits.rdp(format, own, firstAddress(project)));
        assertEquals(a.states(), rdp.states());
        var extras = rdp.result().extras().stream().filter(x -> !a.result().extras().stream().map(y -> y.rule().name()).toList()
                .contains(x.rule().name())).toList();
        assertEquals(1, extras.size(), extras.toString());
        var extra = extras.get(0);
        assertTrue(extra.rule().name().contains("rdp"), extra.rule().toString());
        // a rule, not a chain's policy: what it opens is listed (a FortiGate "policy 7" was once taken for a chain policy)
        assertTrue(!extra.everything() && !extra.opens().isEmpty(), extra.toString());
        assertTrue(extra.opens().stream().allMatch(p -> p.protocol().equals("tcp") && p.ports().equals("3389")), extra.opens().toString());

        // 5. a deny placed before the accept: closed, the deny named
        Audited denied = audit(c.root(), format, addresses, release, Edits.denyBefore(format, own, c.denied()));
        assertEquals(State.CLOSED, denied.state(c.denied()));
        assertTrue(denied.flow(c.denied()).denied().stream().anyMatch(o -> o.name().contains("block-" + c.denied())),
                denied.flow(c.denied()).toString());
    }

    /** PAN-OS matches port-less protocols by App-ID (flowdoc writes application icmp, gre, ipsec-esp): those flows are unknown. */
    private static List<String> portless(String format, Audited a) {
        if (!format.equals("panos")) {
            return List.of();
        }
        Pattern app = Pattern.compile("(?m)^set rulebase security rules (\\S+)-app ");
        Matcher m = app.matcher(a.config());
        java.util.ArrayList<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            if (!ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }
}
