package dev.flowdoc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.audit.fortigate.FortiGateReader;
import dev.flowdoc.audit.panos.PanOsReader;
import dev.flowdoc.audit.policy.Policy;
import dev.flowdoc.audit.policy.PolicyReader;
import dev.flowdoc.audit.policy.PortRange;
import dev.flowdoc.audit.policy.Verdict;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.load.AddressFile;
import dev.flowdoc.load.ThemeLoader;
import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.NetAddress;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.firewall.Firewall;
import dev.flowdoc.render.firewall.Format;
import dev.flowdoc.render.firewall.Rule;
import dev.flowdoc.render.firewall.RuleSet;
import dev.flowdoc.render.firewall.Service;
import dev.flowdoc.render.firewall.Zones;
import dev.flowdoc.site.Loader;
import dev.flowdoc.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What flowdoc's FortiGate and PAN-OS writers write, the readers read back rule for rule: the same flows in the same
 * order, each rule's addresses, services and zones as the neutral {@link RuleSet} had them, every rule understood
 * (PAN-OS's rules for port-less protocols excepted: they match by App-ID), and the vendor's implicit deny at the end.
 * Real project (12.1.0, 13.0.0) and the second fixture, IPv4, IPv6 and host names.
 */
class VendorRoundTripTest {
    @TempDir
    Path dir;

    /** Every endpoint an address (the appliance one of each family, every third endpoint a network), hosts by name. */
    private Path addresses(Project project, String format) throws Exception {
        StringBuilder json = new StringBuilder("{\"endpoints\": {");
        int i = 0;
        for (Endpoint e : project.history().endpoints()) {
            json.append(i == 0 ? "" : ", ").append('"').append(e.id()).append("\": [");
            if (e.host() == null) {
                json.append(i % 3 == 2 ? "\"10.20." + i + ".0/24\"" : "\"10.20." + i + ".1\"");
                if (i % 2 == 0) {
                    json.append(", \"2001:db8::").append(Integer.toHexString(i + 1)).append('"');
                }
            }
            json.append(']');
            i++;
        }
        json.append("}, \"zones\": {");
        List<String> keys = Zones.keys(project);
        for (int k = 0; k < keys.size(); k++) {
            json.append(k == 0 ? "" : ", ").append('"').append(keys.get(k)).append("\": \"").append(format.equals("panos") ? "zone-" : "port")
                    .append(k + 1).append('"');
        }
        Path file = dir.resolve("addresses.json");
        Files.writeString(file, json.append("}}").toString());
        return file;
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"., fortigate, 13.0.0", "., fortigate, 12.1.0", "., panos, 13.0.0", "., panos, 12.1.0",
            "src/test/resources/projects/second-product, fortigate, 4.1.0", "src/test/resources/projects/second-product, panos, 4.0.0"})
    void everyRuleTheWriterWritesIsReadBack(String project, String format, String release) throws Exception {
        Path root = TestProjects.REPOSITORY.resolve(project).normalize();
        Problems problems = new Problems();
        Project loaded = Loader.loadAndValidate(root, problems).orElseThrow(() -> new AssertionError(problems.all().toString()));
        Project at = ReleaseView.at(loaded, Version.of(release));
        Path file = addresses(loaded, format);
        AddressFile addresses = AddressFile.read(file, file.toString(), at, Zones.keys(at), problems).orElseThrow();
        Format chosen = Format.parse(format).orElseThrow();
        RuleSet set = Firewall.fromFile(loaded, addresses, new Firewall.Request(chosen, null, null, Version.of(release), null),
                new ThemeLoader(root).load(problems, false).orElseThrow(), problems).orElseThrow(() -> new AssertionError(problems.all().toString()));
        String text = chosen.write(set);
        PolicyReader reader = format.equals("fortigate") ? new FortiGateReader() : new PanOsReader();
        assertTrue(reader.recognises(text));
        Policy policy = reader.read("rules.txt", text);
        assertEquals(1, policy.chains().size());
        assertEquals(Verdict.DROP, policy.chains().get(0).policy(), "the implicit deny");

        List<dev.flowdoc.audit.policy.Rule> read = policy.chains().get(0).rules().stream()
                .filter(r -> !r.origin().name().equals("intrazone-default")).toList();
        List<String> expectedNames = new ArrayList<>();
        for (Rule rule : set.rules()) {
            if (format.equals("fortigate")) {
                expectedNames.add("policy " + rule.number() + " \"" + rule.flowId() + "\"");
            } else {
                if (rule.services().stream().anyMatch(Service::hasPorts)) {
                    expectedNames.add("rule " + rule.flowId());
                }
                if (rule.services().stream().anyMatch(s -> !s.hasPorts())) {
                    expectedNames.add("rule " + rule.flowId() + "-app");
                }
            }
        }
        assertEquals(expectedNames, read.stream().map(r -> r.origin().name()).toList());
        assertTrue(set.rules().size() > 10 || !project.equals("."), "the real project writes every flow: " + set.rules().size());

        int i = 0;
        for (Rule rule : set.rules()) {
            boolean ports = rule.services().stream().anyMatch(Service::hasPorts);
            boolean portless = rule.services().stream().anyMatch(s -> !s.hasPorts());
            if (format.equals("panos")) {
                if (ports) {
                    check(rule, read.get(i++), format, true, addresses.zones());
                }
                if (portless) {
                    var app = read.get(i++);
                    assertEquals(List.of("application"), app.match().unresolved().stream().map(u -> u.text().split(" ")[0]).distinct().toList()
                            .subList(0, 1), app.match().unresolved().toString());
                }
            } else {
                check(rule, read.get(i++), format, false, addresses.zones());
            }
        }
        if (format.equals("panos")) {
            Set<String> zones = new HashSet<>();
            set.rules().forEach(r -> {
                r.fromZones().forEach(z -> zones.add(addresses.zones().get(z)));
                r.toZones().forEach(z -> zones.add(addresses.zones().get(z)));
            });
            assertEquals(zones.size(), policy.chains().get(0).rules().size() - read.size(), "one intrazone-default per zone");
        }
    }

    private static void check(Rule written, dev.flowdoc.audit.policy.Rule read, String format, boolean portsOnly,
                              java.util.Map<String, String> zones) {
        String what = written.flowId() + ": " + read.origin().text();
        assertEquals(written.fromZones().stream().map(zones::get).distinct().toList(), read.match().in().names(), what);
        assertEquals(written.toZones().stream().map(zones::get).distinct().toList(), read.match().out().names(), what);
        assertTrue(read.match().understood(), what + " " + read.match().unresolved());
        assertEquals(Verdict.ACCEPT, read.verdict(), what);
        List<NetAddress> sources = written.sources();
        List<NetAddress> destinations = written.destinations();
        if (format.equals("fortigate")) {
            // FortiOS pairs the families: a family with addresses on one side only is not written; a host name stands on
            // the IPv4 side, and on the IPv6 side too where the other side has IPv6 addresses (address6 FQDN objects)
            boolean v4 = !nonV6(sources).isEmpty() && !nonV6(destinations).isEmpty();
            List<NetAddress> v6Sources = v6Side(sources, destinations);
            List<NetAddress> v6Destinations = v6Side(destinations, sources);
            boolean v6 = !v6Sources.isEmpty() && !v6Destinations.isEmpty();
            sources = union(v4 ? nonV6(sources) : List.of(), v6 ? v6Sources : List.of());
            destinations = union(v4 ? nonV6(destinations) : List.of(), v6 ? v6Destinations : List.of());
        }
        assertEquals(Set.copyOf(sources), Set.copyOf(read.match().source().addresses()), what);
        assertEquals(Set.copyOf(destinations), Set.copyOf(read.match().destination().addresses()), what);
        Set<String> expected = new HashSet<>();
        for (Service s : written.services()) {
            if (portsOnly && !s.hasPorts()) {
                continue;
            }
            expected.add(s.protocol() + (s.hasPorts() ? "/" + s.ports(",") : ""));
        }
        Set<String> got = new HashSet<>();
        read.match().services().forEach(s -> got.add(s.protocol() + (s.ports().isEmpty() ? ""
                : "/" + String.join(",", s.ports().stream().map(PortRange::toString).toList()))));
        assertEquals(expected, got, what);
    }

    private static List<NetAddress> nonV6(List<NetAddress> addresses) {
        return addresses.stream().filter(a -> a.kind() != NetAddress.Kind.IPV6).toList();
    }

    private static List<NetAddress> v6Side(List<NetAddress> side, List<NetAddress> other) {
        boolean otherV6 = other.stream().anyMatch(a -> a.kind() == NetAddress.Kind.IPV6);
        return side.stream().filter(a -> a.kind() == NetAddress.Kind.IPV6 || (otherV6 && a.kind() == NetAddress.Kind.HOST)).toList();
    }

    private static List<NetAddress> union(List<NetAddress> a, List<NetAddress> b) {
        List<NetAddress> all = new java.util.ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all;
    }
}
