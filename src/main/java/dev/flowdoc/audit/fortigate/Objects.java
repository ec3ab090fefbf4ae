package dev.flowdoc.audit.fortigate;

import dev.flowdoc.audit.policy.Addresses;
import dev.flowdoc.audit.policy.PortRange;
import dev.flowdoc.audit.policy.Service;
import dev.flowdoc.audit.policy.UnreadablePolicy;
import dev.flowdoc.audit.policy.Unresolved;
import dev.flowdoc.audit.vendor.Networks;
import dev.flowdoc.audit.vendor.WordScanner.Word;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.NetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * FortiOS's named objects resolved to addresses and services: {@code firewall address}/{@code address6} (subnet,
 * iprange, fqdn; "all" and "none" built in), {@code addrgrp}/{@code addrgrp6} (nested, without exclusions),
 * {@code service custom} ({@code tcp-portrange} with ranges and {@code dst:src}, {@code udp-}, {@code sctp-portrange},
 * ICMP, ICMP6, IP with {@code protocol-number}), {@code service group} and the predefined services of
 * {@link Predefined}. A name that resolves to something flowdoc cannot evaluate is an {@link Unresolved}.
 */
final class Objects {
    /** Source ports a client may use: a service that allows at least these restricts no flow (see the docs). */
    private static final PortRange CLIENT_PORTS = new PortRange(1024, 65535);

    /** Addresses found and parts that are not understood. */
    record Resolved(List<NetAddress> found, List<Unresolved> unresolved) {
        Addresses addresses(boolean negated) {
            return negated ? Addresses.not(found) : Addresses.of(found);
        }
    }

    record Services(List<Service> services, List<Unresolved> unresolved) {}

    private final String file;
    private final Map<String, Cli.Table> tables;

    Objects(String file, Map<String, Cli.Table> tables) {
        this.file = file;
        this.tables = tables;
    }

    /** The addresses of a policy's side: the IPv4 names of {@code key}, the IPv6 names of {@code key6}. */
    Resolved addresses(Cli.Entry policy, String key, String key6) {
        List<NetAddress> found = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>();
        for (String name : policy.values(key)) {
            address(name, false, new HashSet<>(), found, unresolved);
        }
        for (String name : policy.values(key6)) {
            address(name, true, new HashSet<>(), found, unresolved);
        }
        return new Resolved(found, unresolved);
    }

    private void address(String name, boolean v6, Set<String> seen, List<NetAddress> found, List<Unresolved> unresolved) {
        String family = v6 ? "6" : "";
        if (!seen.add(name)) {
            unresolved.add(new Unresolved(name, "addressGroupLoop", name));
            return;
        }
        Cli.Entry address = entry("firewall address" + family, name);
        if (address != null) {
            addressEntry(address, v6, found, unresolved);
            return;
        }
        Cli.Entry group = entry("firewall addrgrp" + family, name);
        if (group != null) {
            if (group.value("exclude", "disable").equals("enable")) {
                unresolved.add(new Unresolved(name, "addressGroupExclude", name));
                return;
            }
            for (String member : group.values("member")) {
                address(member, v6, seen, found, unresolved);
            }
            return;
        }
        if (Predefined.isAll(name)) {
            found.add(NetAddress.parse(v6 ? "::/0" : "0.0.0.0/0").orElseThrow());
        } else if (Predefined.isNone(name)) {
            return;
        } else if (entry("firewall vip" + family, name) != null || entry("firewall vipgrp" + family, name) != null) {
            unresolved.add(new Unresolved(name, "vip", name));
        } else {
            unresolved.add(new Unresolved(name, v6 ? "noAddress6" : "noAddress", name));
        }
    }

    private void addressEntry(Cli.Entry a, boolean v6, List<NetAddress> found, List<Unresolved> unresolved) {
        String type = a.value("type", v6 ? "ipprefix" : "ipmask");
        String address = switch (type) {
            case "ipmask" -> Networks.v4(a.values("subnet"));
            case "ipprefix" -> Networks.v6(a.value("ip6", "::/0"));
            case "iprange" -> {
                String start = a.value("start-ip", v6 ? "::" : "0.0.0.0");
                String end = a.value("end-ip", v6 ? "::" : "0.0.0.0");
                yield start.equals(end) ? start : start + "-" + end;
            }
            case "fqdn" -> a.value("fqdn", "").toLowerCase(Locale.ROOT);
            default -> null;
        };
        java.util.Optional<NetAddress> parsed = address == null ? java.util.Optional.empty() : NetAddress.parse(address);
        if (parsed.isPresent()) {
            found.add(parsed.get());
        } else {
            unresolved.add(address == null ? new Unresolved(a.name, "addressType", type)
                    : new Unresolved(a.name, "addressValue", address, a.name));
        }
    }

    /** The services of a policy's {@code set service} names; {@code at}: the setting, for errors. */
    Services services(List<String> names, Cli.Setting at) throws UnreadablePolicy {
        List<Service> found = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>();
        if (names.isEmpty()) {
            unresolved.add(new Unresolved("service", "policyNoService"));
        }
        for (String name : names) {
            service(name, new HashSet<>(), found, unresolved);
        }
        // ALL among others: every protocol, which the model says with no service at all
        return new Services(found.contains(Service.ANY) ? List.of() : found, unresolved);
    }

    private void service(String name, Set<String> seen, List<Service> found, List<Unresolved> unresolved) throws UnreadablePolicy {
        if (!seen.add(name)) {
            unresolved.add(new Unresolved(name, "serviceGroupLoop", name));
            return;
        }
        Cli.Entry custom = entry("firewall service custom", name);
        if (custom != null) {
            Map<String, List<Word>> settings = new LinkedHashMap<>();
            custom.settings.forEach((k, s) -> settings.put(k, s.values()));
            custom(name, settings, found, unresolved);
            return;
        }
        Cli.Entry group = entry("firewall service group", name);
        if (group != null) {
            for (String member : group.values("member")) {
                service(member, seen, found, unresolved);
            }
            return;
        }
        Map<String, String> predefined = Predefined.SERVICES.get(name);
        if (predefined != null) {
            Map<String, List<Word>> settings = new LinkedHashMap<>();
            predefined.forEach((k, v) -> settings.put(k, java.util.Arrays.stream(v.split(" ")).map(t -> new Word(t, false, 0, 0)).toList()));
            custom(name, settings, found, unresolved);
            return;
        }
        unresolved.add(new Unresolved(name, "noServiceFortigate", name));
    }

    private void custom(String name, Map<String, List<Word>> s, List<Service> found, List<Unresolved> unresolved) throws UnreadablePolicy {
        String protocol = first(s, "protocol", "TCP/UDP/SCTP").toUpperCase(Locale.ROOT);
        switch (protocol) {
            case "TCP/UDP/SCTP", "TCP/UDP/UDP-LITE/SCTP" -> {
                String iprange = first(s, "iprange", "0.0.0.0");
                String fqdn = first(s, "fqdn", "");
                if (!iprange.equals("0.0.0.0") || !fqdn.isEmpty()) {
                    unresolved.add(new Unresolved(name, "serviceDestination", name, fqdn.isEmpty() ? iprange : fqdn));
                    return;
                }
                int before = found.size();
                for (String[] p : new String[][] {{"tcp-portrange", "tcp"}, {"udp-portrange", "udp"}, {"sctp-portrange", "sctp"},
                        {"udplite-portrange", "136"}}) {
                    List<Word> ranges = s.get(p[0]);
                    if (ranges != null && !ranges.isEmpty()) {
                        List<PortRange> ports = new ArrayList<>();
                        for (Word range : ranges) {
                            PortRange dst = portRange(name, range, ports, unresolved);
                            if (dst != null) {
                                ports.add(dst);
                            }
                        }
                        if (!ports.isEmpty()) {
                            found.add(new Service(p[1], ports, List.of()));
                        }
                    }
                }
                if (found.size() == before && unresolved.stream().noneMatch(u -> u.text().startsWith(name))) {
                    unresolved.add(new Unresolved(name, "serviceNoPorts", name));
                }
            }
            case "ICMP", "ICMP6" -> {
                String type = first(s, "icmptype", null);
                if (s.containsKey("icmpcode")) {
                    unresolved.add(new Unresolved(name, "serviceIcmpCode", name));
                    return;
                }
                Integer t = type == null ? null : parseInt(type);
                if (type != null && t == null) {
                    unresolved.add(new Unresolved(name, "serviceIcmpType", name, type));
                    return;
                }
                found.add(new Service(protocol.equals("ICMP") ? "icmp" : "icmpv6", List.of(), t == null ? List.of() : List.of(t)));
            }
            case "IP" -> {
                String number = first(s, "protocol-number", "0");
                Integer n = parseInt(number);
                if (n == null || n > 255) {
                    unresolved.add(new Unresolved(name, "serviceProtocolNumber", name, number));
                } else if (n == 0) {
                    found.add(Service.ANY);
                } else {
                    found.add(new Service(protocolName(n), List.of(), List.of()));
                }
            }
            default -> unresolved.add(new Unresolved(name, "serviceProxy", name, protocol));
        }
    }

    /**
     * One {@code tcp-portrange} value: {@code low[-high][:srclow[-srchigh]]}. A source range that leaves out client
     * ports makes the service unresolved; a value that is no range at all is an error at its place.
     */
    private PortRange portRange(String name, Word word, List<PortRange> ports, List<Unresolved> unresolved) throws UnreadablePolicy {
        String[] parts = word.text().split(":", -1);
        PortRange dst = parts.length <= 2 ? range(parts[0]) : null;
        PortRange src = parts.length == 2 ? range(parts[1]) : null;
        if (dst == null || (parts.length == 2 && src == null)) {
            throw new UnreadablePolicy(new Location(file, word.line(), word.column()), "service '" + name + "': expected a port range "
                    + "(443, 8000-8080 or 443:1024-65535, destination:source), found '" + word.text() + "'", "write the ports as FortiOS does");
        }
        if (src != null && !src.covers(CLIENT_PORTS)) {
            unresolved.add(new Unresolved(name + " " + word.text(), "sourcePortsOnly", name, src));
            return null;
        }
        return dst;
    }

    private static PortRange range(String text) {
        String[] ends = text.split("-", -1);
        if (ends.length > 2) {
            return null;
        }
        Integer low = parseInt(ends[0]);
        Integer high = ends.length == 2 ? parseInt(ends[1]) : low;
        if (low == null || high == null || low > high || high > 65535) {
            return null;
        }
        return new PortRange(low, high);
    }

    private static String protocolName(int number) {
        return switch (number) {
            case 1 -> "icmp";
            case 6 -> "tcp";
            case 17 -> "udp";
            case 47 -> "gre";
            case 50 -> "esp";
            case 58 -> "icmpv6";
            case 132 -> "sctp";
            default -> String.valueOf(number);
        };
    }

    private static String first(Map<String, List<Word>> s, String key, String otherwise) {
        List<Word> w = s.get(key);
        return w == null || w.isEmpty() ? otherwise : w.get(0).text();
    }

    private static Integer parseInt(String s) {
        return s.matches("\\d{1,9}") ? Integer.valueOf(s) : null;
    }

    private Cli.Entry entry(String table, String name) {
        Cli.Table t = tables.get(table);
        return t == null ? null : t.entries.get(name);
    }
}
