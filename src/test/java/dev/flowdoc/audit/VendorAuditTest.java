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
     * default). IPv4 only: the FortiGate writer pairs a host name with IPv4 sources alone, and an IPv6 appliance would make such a flow partly open.
     */
    private Path addressFile(Project project, String format) throws Exception {
        StringBuilder json = new StringBuilder("{\"endpoints\": {");
        int i = 0;
        for (var e : project.history().endpoints()) {
            json.append(i == 0 ? "" : ", ").append('"').append(e.id()).append("\": [");
            if (e.host() == null) {
                json.append("\"10.").append(project.product().name().length() % 200).append('.').append(i + 1).append(".1\"");
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

        // 1. as written: every flow open, nothing beyond
        Audited a = audit(c.root(), format, addresses, release, own);
        List<String> portless = portless(format, a);
        List<String> zones = severalZones(format, project, release);
        a.states().forEach((id, state) -> {
            if (portless.contains(id)) {
                assertEquals(State.UNKNOWN, state, id);
                // its own rule, or an earlier one of App-ID that might match it too (icmp before ipv6-icmp)
                assertTrue(a.flow(id).unknownRule().name().matches("rule .*-app"), a.flow(id).toString());
                assertTrue(a.flow(id).unknownPart().text().startsWith("application "), a.flow(id).toString());
            } else if (zones.contains(id)) {
                // a flow whose sources (or destinations) stand in several zones, against rules that name zones
                assertTrue(state == State.OPEN || state == State.UNKNOWN, id + " " + state);
            } else {
                assertEquals(State.OPEN, state, id + " in " + a.states());
            }
        });
        assertTrue(a.states().values().stream().filter(s -> s == State.OPEN).count() >= a.states().size() / 2, a.states().toString());
        // FortiGate: the writer's ICMP service has no type, so every ICMP type passes where the documentation names echo (0, 8)
        String known = format.equals("panos") ? "intrazone-default" : "policy \\d+ \"health-ping\"";
        // PAN-OS allows traffic inside one zone by default: between two documented endpoints of one zone, that is beyond
        assertEquals(List.of(), a.result().extras().stream().filter(x -> !x.rule().name().matches(known)).toList(),
                "nothing open beyond the documentation");
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
        assertTrue(extra.opens().stream().allMatch(p -> p.protocol().equals("tcp") && p.ports().equals("3389")), extra.opens().toString());

        // 5. a deny placed before the accept: closed, the deny named
        Audited denied = audit(c.root(), format, addresses, release, Edits.denyBefore(format, own, c.denied()));
        assertEquals(State.CLOSED, denied.state(c.denied()));
        assertTrue(denied.flow(c.denied()).denied().stream().anyMatch(o -> o.name().contains("block-" + c.denied())),
                denied.flow(c.denied()).toString());
    }

    /** The flows whose sources or destinations stand in more than one zone (PAN-OS rules name zones). */
    private static List<String> severalZones(String format, Project project, String release) {
        if (!format.equals("panos")) {
            return List.of();
        }
        Project at = ReleaseView.at(project, Version.of(release));
        Zones zones = new Zones(at);
        return at.flows().filter(f -> zones.of(f.source()).size() > 1 || zones.of(f.destination()).size() > 1)
                .map(dev.flowdoc.model.Flow::id).toList();
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
            ids.add(m.group(1));
        }
        return ids;
    }
}
