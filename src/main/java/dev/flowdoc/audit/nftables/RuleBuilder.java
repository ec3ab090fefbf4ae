package dev.flowdoc.audit.nftables;

import dev.flowdoc.audit.policy.Addresses;
import dev.flowdoc.audit.policy.ConnState;
import dev.flowdoc.audit.policy.Interfaces;
import dev.flowdoc.audit.policy.Match;
import dev.flowdoc.audit.policy.PortRange;
import dev.flowdoc.audit.policy.Said;
import dev.flowdoc.audit.policy.Service;
import dev.flowdoc.audit.policy.Unresolved;
import dev.flowdoc.audit.policy.Verdict;
import dev.flowdoc.model.NetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The statements of one nftables rule, as either reader (JSON or text) meets them, folded into one {@link Match} and
 * {@link Verdict}: both readers give the same rule the same meaning. Address family: {@code ip …} and {@code icmp}
 * restrict a rule to IPv4, {@code ip6 …} and {@code icmpv6} to IPv6, as does the table's family.
 */
final class RuleBuilder {
    /** The ICMP and ICMPv6 type names nft prints, with their numbers. */
    static final Map<String, Integer> ICMP = Map.ofEntries(Map.entry("echo-reply", 0), Map.entry("destination-unreachable", 3),
            Map.entry("source-quench", 4), Map.entry("redirect", 5), Map.entry("echo-request", 8),
            Map.entry("router-advertisement", 9), Map.entry("router-solicitation", 10), Map.entry("time-exceeded", 11),
            Map.entry("parameter-problem", 12), Map.entry("timestamp-request", 13), Map.entry("timestamp-reply", 14),
            Map.entry("info-request", 15), Map.entry("info-reply", 16), Map.entry("address-mask-request", 17),
            Map.entry("address-mask-reply", 18));
    static final Map<String, Integer> ICMPV6 = Map.ofEntries(Map.entry("destination-unreachable", 1),
            Map.entry("packet-too-big", 2), Map.entry("time-exceeded", 3), Map.entry("parameter-problem", 4),
            Map.entry("echo-request", 128), Map.entry("echo-reply", 129), Map.entry("mld-listener-query", 130),
            Map.entry("mld-listener-report", 131), Map.entry("mld-listener-done", 132), Map.entry("mld-listener-reduction", 132),
            Map.entry("nd-router-solicit", 133), Map.entry("nd-router-advert", 134), Map.entry("nd-neighbor-solicit", 135),
            Map.entry("nd-neighbor-advert", 136), Map.entry("nd-redirect", 137), Map.entry("router-renumbering", 138),
            Map.entry("ind-neighbor-solicit", 141), Map.entry("ind-neighbor-advert", 142), Map.entry("mld2-listener-report", 143));
    private static final Map<Integer, String> PROTOCOL_NUMBERS = Map.of(1, "icmp", 6, "tcp", 17, "udp", 47, "gre",
            50, "esp", 51, "ah", 58, "icmpv6", 132, "sctp", 33, "dccp");

    private final List<Unresolved> unresolved = new ArrayList<>();
    private Integer family; // 4, 6 or null: both
    private boolean impossible;
    private List<NetAddress> source;
    private boolean sourceNegated;
    private List<NetAddress> destination;
    private boolean destinationNegated;
    private Set<String> protocols; // null: any
    private String portProtocol; // "tcp", "udp", "sctp", "dccp", "th" (every protocol with ports)
    private List<PortRange> ports;
    private List<Integer> icmpTypes;
    private String icmpProtocol;
    private Interfaces in = Interfaces.ANY;
    private Interfaces out = Interfaces.ANY;
    private ConnState state = ConnState.ANY;
    private Verdict verdict = Verdict.CONTINUE;
    private boolean verdictSet;

    RuleBuilder(Integer tableFamily) {
        this.family = tableFamily;
    }

    void family(int f) {
        if (family != null && family != f) {
            impossible = true;
        }
        family = f;
    }

    /** {@code ip saddr …}: {@code v6} for ip6; {@code values} as nft writes them (address, prefix, range). */
    void address(boolean sourceSide, int f, List<NetAddress> values, boolean negated) {
        family(f);
        List<NetAddress> kept = values.stream().filter(a -> (a.kind() == NetAddress.Kind.IPV6) == (f == 6)).toList();
        if (sourceSide) {
            source = source == null ? kept : intersectNames(source, "saddr");
            sourceNegated = negated;
        } else {
            destination = destination == null ? kept : intersectNames(destination, "daddr");
            destinationNegated = negated;
        }
    }

    private List<NetAddress> intersectNames(List<NetAddress> a, String side) {
        unresolved.add(new Unresolved(side + " (twice)", "twoAddressMatches"));
        return a;
    }

    /** {@code meta l4proto …}, {@code ip protocol …}, {@code ip6 nexthdr …}: names or numbers. */
    void protocols(List<String> names, boolean negated, String text) {
        if (negated) {
            unresolved.add(new Unresolved(text, "negatedProtocol"));
            return;
        }
        Set<String> set = new LinkedHashSet<>();
        for (String n : names) {
            set.add(protocolName(n));
        }
        protocols = protocols == null ? set : retain(protocols, set);
    }

    static String protocolName(String n) {
        String s = n.toLowerCase(Locale.ROOT);
        if (s.matches("\\d+")) {
            return PROTOCOL_NUMBERS.getOrDefault(Integer.parseInt(s), s);
        }
        return s.equals("ipv6-icmp") ? "icmpv6" : s;
    }

    private static Set<String> retain(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.retainAll(b);
        return out;
    }

    /** {@code tcp dport …}; {@code protocol} "th" for a transport header of any protocol with ports. */
    void ports(String protocol, List<PortRange> ranges, boolean negated) {
        List<PortRange> given = negated ? complement(ranges) : ranges;
        if (ports != null) {
            unresolved.add(new Unresolved(protocol + " dport (twice)", "twoPortMatches"));
            return;
        }
        if (!protocol.equals("th")) {
            protocols = protocols == null ? new LinkedHashSet<>(List.of(protocol)) : retain(protocols, Set.of(protocol));
        }
        portProtocol = protocol;
        ports = given;
    }

    static List<PortRange> complement(List<PortRange> ranges) {
        List<PortRange> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Integer.compare(a.low(), b.low()));
        List<PortRange> out = new ArrayList<>();
        int next = 0;
        for (PortRange r : sorted) {
            if (r.low() > next) {
                out.add(new PortRange(next, r.low() - 1));
            }
            next = Math.max(next, r.high() + 1);
        }
        if (next <= 65535) {
            out.add(new PortRange(next, 65535));
        }
        return out;
    }

    /** {@code icmp type …} / {@code icmpv6 type …}. */
    void icmpTypes(String protocol, List<Integer> types, boolean negated) {
        family(protocol.equals("icmp") ? 4 : 6);
        List<Integer> given = types;
        if (negated) {
            List<Integer> all = new ArrayList<>();
            for (int t = 0; t < 256; t++) {
                if (!types.contains(t)) {
                    all.add(t);
                }
            }
            given = all;
        }
        protocols = protocols == null ? new LinkedHashSet<>(List.of(protocol)) : retain(protocols, Set.of(protocol));
        icmpProtocol = protocol;
        icmpTypes = given;
    }

    void state(List<String> states, boolean negated) {
        state = new ConnState(Set.copyOf(states), negated);
    }

    void interfaces(boolean inbound, List<String> names, boolean negated) {
        if (inbound) {
            in = new Interfaces(names, negated);
        } else {
            out = new Interfaces(names, negated);
        }
    }

    void unresolved(String text, String reason, Object... args) {
        unresolved.add(new Unresolved(text, reason, args));
    }

    void unresolved(String text, Said why) {
        unresolved.add(new Unresolved(text, why));
    }

    void verdict(Verdict v) {
        if (verdictSet) {
            unresolved.add(new Unresolved(v.toString(), "secondVerdict"));
            return;
        }
        verdict = v;
        verdictSet = true;
    }

    Verdict verdict() {
        return verdict;
    }

    Match match() {
        List<Unresolved> all = new ArrayList<>(unresolved);
        Addresses src = side(source, sourceNegated);
        Addresses dst = side(destination, destinationNegated);
        // "ip saddr != X" matches IPv4 packets only: the other side carries the family
        if (sourceNegated && destinationNegated && family != null) {
            all.add(new Unresolved("saddr != … daddr != …", "bothNegated"));
        } else if (sourceNegated && destination == null && family != null) {
            dst = side(null, false);
        } else if (destinationNegated && source == null && family != null) {
            src = side(null, false);
        }
        List<Service> services = new ArrayList<>();
        if (impossible || (protocols != null && protocols.isEmpty())) {
            // a rule no packet can match (ip saddr … ip6 daddr …; tcp dport … udp dport …)
            return new Match(Addresses.of(List.of()), dst, List.of(), false, in, out, state, all);
        }
        if (protocols == null && ports == null) {
            // every protocol
        } else if (protocols == null) { // th dport without a protocol
            for (String p : List.of("tcp", "udp", "sctp", "dccp")) {
                services.add(new Service(p, ports, List.of()));
            }
        } else {
            for (String p : protocols) {
                boolean withPorts = ports != null && (portProtocol.equals(p) || portProtocol.equals("th"));
                boolean withTypes = icmpTypes != null && icmpProtocol.equals(p);
                services.add(new Service(p, withPorts ? ports : List.of(), withTypes ? icmpTypes : List.of()));
            }
        }
        return new Match(src, dst, services, false, in, out, state, all);
    }

    private Addresses side(List<NetAddress> given, boolean negated) {
        if (given != null) {
            return new Addresses(given, false, negated);
        }
        if (family == null) {
            return Addresses.ANY;
        }
        return Addresses.of(List.of(family == 4 ? NetAddress.parse("0.0.0.0/0").orElseThrow() : NetAddress.parse("::/0").orElseThrow()));
    }
}
