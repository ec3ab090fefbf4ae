package dev.flowdoc.render.firewall;

import dev.flowdoc.model.NetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * FortiOS CLI (7.0 or later: IPv4 and IPv6 in one policy): address objects ({@code config firewall address},
 * {@code address6}, host names as {@code type fqdn}), one address group per flow and side ({@code addrgrp},
 * {@code addrgrp6}), custom services and one policy per flow with the flow id as its name, its description as comment,
 * and a stable policy number ({@code edit N}), so that a delta can {@code delete N}. Interfaces come from the address
 * file's zone map (default {@code "any"}).
 */
final class FortiGateWriter {
    private static final int NAME = 79;
    private static final int POLICY_NAME = 35;
    private static final String INDENT = "    ";
    /** FortiOS's predefined address (and address6) object for every address. */
    static final String ALL = "all";

    private FortiGateWriter() {}

    static String write(RuleSet set) {
        StringBuilder out = new StringBuilder();
        set.header().forEach(line -> out.append("# ").append(line).append('\n'));
        out.append("# FortiOS 7.0 or later. Paste into the CLI; object names start with \"").append(Names.PREFIX)
                .append("\", policies are named after the flow ids.\n");
        if (set.delta()) {
            out.append("# A delta: it adds or changes the policies of these flows and deletes the closed ones with their address groups.\n");
        }
        out.append("# Policy numbers: ").append(set.policyIds()).append("; this file uses ")
                .append(numbers(set.rules())).append(set.removals().isEmpty() ? "" : " and deletes " + numbers(set.removals()))
                .append(".\n# Check that none of them is a policy of your own before loading.\n");
        List<Rule> rules = set.rules();
        Map<String, NetAddress> v4 = new LinkedHashMap<>();
        Map<String, NetAddress> v6 = new LinkedHashMap<>();
        for (Rule rule : rules) {
            // a side for any address uses FortiOS's own "all" objects
            if (hasV4(rule)) {
                for (NetAddress a : concat(rule.anySource() ? List.of() : v4(rule.sources()), rule.anyDestination() ? List.of() : v4(rule.destinations()))) {
                    v4.putIfAbsent(Names.address(a, NAME), a);
                }
            }
            if (hasV6(rule)) {
                for (NetAddress a : concat(rule.anySource() ? List.of() : v6Sources(rule), rule.anyDestination() ? List.of() : v6Destinations(rule))) {
                    v6.putIfAbsent(address6(a), a);
                }
            }
        }
        section(out, "firewall address", v4, (name, a) -> a.kind() == NetAddress.Kind.HOST
                ? List.of("set type fqdn", "set fqdn " + quote(a.text()))
                : a.isRange() ? List.of("set type iprange", "set start-ip " + a.rangeStart(), "set end-ip " + a.rangeEnd())
                : List.of("set subnet " + a.ip() + " " + mask(a.prefixLength())));
        section(out, "firewall address6", v6, (name, a) -> a.kind() == NetAddress.Kind.HOST
                ? List.of("set type fqdn", "set fqdn " + quote(a.text()))
                : a.isRange()
                ? List.of("set type iprange", "set start-ip " + a.rangeStart(), "set end-ip " + a.rangeEnd())
                : List.of("set ip6 " + a.ip() + "/" + a.prefixLength()));
        Map<String, Rule> groups4 = new LinkedHashMap<>();
        Map<String, Rule> groups6 = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (hasV4(rule)) {
                if (!rule.anySource()) {
                    groups4.put(group(rule, "src"), rule);
                }
                if (!rule.anyDestination()) {
                    groups4.put(group(rule, "dst"), rule);
                }
            }
            if (hasV6(rule)) {
                if (!rule.anySource()) {
                    groups6.put(group(rule, "src6"), rule);
                }
                if (!rule.anyDestination()) {
                    groups6.put(group(rule, "dst6"), rule);
                }
            }
        }
        section(out, "firewall addrgrp", groups4, (name, rule) -> List.of(
                "set member " + members(name.endsWith("-src") ? v4(rule.sources()) : v4(rule.destinations())),
                "set comment " + quote(Names.comment(rule.flowId(), 255))));
        section(out, "firewall addrgrp6", groups6, (name, rule) -> List.of(
                "set member " + (name.endsWith("-src6") ? v6Sources(rule) : v6Destinations(rule)).stream()
                        .map(a -> quote(address6(a))).collect(Collectors.joining(" ")),
                "set comment " + quote(Names.comment(rule.flowId(), 255))));
        Map<String, Service> services = new LinkedHashMap<>();
        rules.forEach(r -> r.services().forEach(x -> objects(x).forEach(s -> services.putIfAbsent(Names.service(s, NAME), s))));
        section(out, "firewall service custom", services, (name, s) -> service(s));
        if (!rules.isEmpty()) {
            out.append("config firewall policy\n");
            for (Rule rule : rules) {
                out.append(INDENT).append("edit ").append(rule.number()).append('\n');
                for (String line : policy(rule, set.zones())) {
                    out.append(INDENT).append(INDENT).append(line).append('\n');
                }
                out.append(INDENT).append("next\n");
            }
            out.append("end\n");
        }
        if (!set.removals().isEmpty()) {
            out.append("config firewall policy\n");
            for (Rule rule : set.removals()) {
                out.append(INDENT).append("# close ").append(rule.flowId()).append('\n')
                        .append(INDENT).append("delete ").append(rule.number()).append('\n');
            }
            out.append("end\n");
            // the groups only the closed policy used; a family the flow never had answers "entry not found": harmless
            out.append("# the closed flows' address groups\n");
            for (String[] config : new String[][] {{"firewall addrgrp", "src", "dst"}, {"firewall addrgrp6", "src6", "dst6"}}) {
                out.append("config ").append(config[0]).append('\n');
                for (Rule rule : set.removals()) {
                    out.append(INDENT).append("delete ").append(quote(group(rule, config[1]))).append('\n')
                            .append(INDENT).append("delete ").append(quote(group(rule, config[2]))).append('\n');
                }
                out.append("end\n");
            }
        }
        return out.toString();
    }

    private static String numbers(List<Rule> rules) {
        return rules.isEmpty() ? "none" : rules.stream().map(r -> String.valueOf(r.number())).collect(Collectors.joining(", "));
    }

    private static List<String> policy(Rule rule, Map<String, String> zones) {
        List<String> lines = new ArrayList<>();
        lines.add("set name " + quote(Names.limit(rule.flowId(), POLICY_NAME)));
        lines.add("set srcintf " + interfaces(rule.fromZones(), zones));
        lines.add("set dstintf " + interfaces(rule.toZones(), zones));
        if (hasV4(rule)) {
            lines.add("set srcaddr " + quote(rule.anySource() ? ALL : group(rule, "src")));
            lines.add("set dstaddr " + quote(rule.anyDestination() ? ALL : group(rule, "dst")));
        }
        if (hasV6(rule)) {
            lines.add("set srcaddr6 " + quote(rule.anySource() ? ALL : group(rule, "src6")));
            lines.add("set dstaddr6 " + quote(rule.anyDestination() ? ALL : group(rule, "dst6")));
        }
        lines.add("set action accept");
        lines.add("set schedule \"always\"");
        lines.add("set service " + rule.services().stream().flatMap(s -> objects(s).stream()).map(s -> quote(Names.service(s, NAME)))
                .distinct().collect(Collectors.joining(" ")));
        lines.add("set logtraffic all");
        lines.add("set comments " + quote(Names.comment(rule.flowId() + ": " + rule.description(), 1023)));
        return lines;
    }

    /**
     * The custom service objects of a service: itself, or for ICMP with documented types one object per type (a FortiOS
     * ICMP service matches one {@code icmptype}, or every type without one), listed side by side in the policy.
     */
    static List<Service> objects(Service s) {
        if ((s.protocol().equals("icmp") || s.protocol().equals("icmpv6")) && s.icmpTypes().size() > 1) {
            return s.icmpTypes().stream().map(t -> new Service(s.protocol(), List.of(), List.of(t))).toList();
        }
        return List.of(s);
    }

    private static List<String> service(Service s) {
        if (s.hasPorts() && (s.protocol().equals("tcp") || s.protocol().equals("udp") || s.protocol().equals("sctp"))) {
            return List.of("set " + s.protocol() + "-portrange " + s.ports(" "));
        }
        if (s.protocol().equals("icmp") || s.protocol().equals("icmpv6")) {
            String protocol = "set protocol " + (s.protocol().equals("icmp") ? "ICMP" : "ICMP6");
            // one type per object (objects() splits a list); without types: every type, as documented
            return s.icmpTypes().isEmpty() ? List.of(protocol) : List.of(protocol, "set icmptype " + s.icmpTypes().get(0));
        }
        return List.of("set protocol IP", "set protocol-number " + Services.protocolNumber(s.protocol()));
    }

    private static String interfaces(List<String> zoneKeys, Map<String, String> zones) {
        return zoneKeys.stream().map(k -> Zones.name(k, Format.FORTIGATE, zones)).distinct().map(FortiGateWriter::quote)
                .collect(Collectors.joining(" "));
    }

    private static boolean hasV4(Rule rule) {
        return !v4(rule.sources()).isEmpty() && !v4(rule.destinations()).isEmpty();
    }

    private static boolean hasV6(Rule rule) {
        return !v6Sources(rule).isEmpty() && !v6Destinations(rule).isEmpty();
    }

    /**
     * The IPv6 side of a rule: its IPv6 addresses, and its host names when the other side has IPv6 addresses (a name
     * resolves to IPv4 and IPv6 addresses alike; FortiOS keeps IPv6 FQDN objects in {@code address6}).
     */
    private static List<NetAddress> v6Sources(Rule rule) {
        return v6Side(rule.sources(), rule.destinations());
    }

    private static List<NetAddress> v6Destinations(Rule rule) {
        return v6Side(rule.destinations(), rule.sources());
    }

    private static List<NetAddress> v6Side(List<NetAddress> side, List<NetAddress> other) {
        boolean otherV6 = other.stream().anyMatch(a -> a.kind() == NetAddress.Kind.IPV6);
        return side.stream().filter(a -> a.kind() == NetAddress.Kind.IPV6 || (otherV6 && a.kind() == NetAddress.Kind.HOST)).toList();
    }

    /** An address6 object's name: a host name's gets "-6", as its IPv4 FQDN object of the same name may exist. */
    private static String address6(NetAddress a) {
        return a.kind() == NetAddress.Kind.HOST ? Names.limit(Names.PREFIX + a.text() + "-6", NAME) : Names.address(a, NAME);
    }

    /** IPv4 addresses and host names (FortiOS's {@code address} holds IPv4 FQDN objects; {@code address6} the IPv6 ones). */
    private static List<NetAddress> v4(List<NetAddress> addresses) {
        return addresses.stream().filter(a -> a.kind() != NetAddress.Kind.IPV6).toList();
    }

    private static String group(Rule rule, String side) {
        return Names.limit(Names.PREFIX + rule.flowId(), NAME - side.length() - 1) + "-" + side;
    }

    private static String members(List<NetAddress> addresses) {
        return addresses.stream().map(a -> quote(Names.address(a, NAME))).collect(Collectors.joining(" "));
    }

    private static String mask(int prefix) {
        long bits = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        return (bits >> 24) + "." + ((bits >> 16) & 0xff) + "." + ((bits >> 8) & 0xff) + "." + (bits & 0xff);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "'") + "\"";
    }

    private interface Lines<T> {
        List<String> of(String name, T item);
    }

    private static <T> void section(StringBuilder out, String config, Map<String, T> items, Lines<T> lines) {
        if (items.isEmpty()) {
            return;
        }
        out.append("config ").append(config).append('\n');
        items.forEach((name, item) -> {
            out.append(INDENT).append("edit ").append(quote(name)).append('\n');
            lines.of(name, item).forEach(l -> out.append(INDENT).append(INDENT).append(l).append('\n'));
            out.append(INDENT).append("next\n");
        });
        out.append("end\n");
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
