package dev.flowdoc.audit;

import dev.flowdoc.audit.AuditResult.FlowFinding;
import dev.flowdoc.audit.AuditResult.Piece;
import dev.flowdoc.audit.AuditResult.State;
import dev.flowdoc.audit.policy.Hook;
import dev.flowdoc.audit.policy.Origin;
import dev.flowdoc.audit.policy.Policy;
import dev.flowdoc.audit.policy.PortRange;
import dev.flowdoc.audit.policy.Said;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides documented flows and finds what is open beyond them. A flow's addresses and ports are cut on every boundary
 * the policy's rules draw, every piece is judged ({@link Evaluator}), and the pieces add up: all through: open; none:
 * closed; some: partly open, naming what is missing; any piece a rule leaves undecidable: unknown.
 *
 * <p>Hooks: a firewall between the zones judges at FORWARD. A policy without a FORWARD base chain but with INPUT or
 * OUTPUT chains is the appliance's own host firewall: a flow to the appliance is judged at INPUT, one from it at
 * OUTPUT (the FortiGate and PAN-OS readers put their policy on FORWARD).
 */
final class Judge {
    private static final int SHOWN = 20;
    private final Policy policy;
    private final Evaluator evaluator;
    private final List<Span> addressCuts;
    private final List<PortRange> portCuts;
    private final boolean host;
    /** The zone of an address span, from the flows whose side stands in one zone; absent when flows disagree. */
    private final Map<Span, String> zoneOfSpan = new java.util.HashMap<>();

    Judge(Policy policy, Map<String, String> zoneNames, List<Documented> documented) {
        this.policy = policy;
        this.evaluator = new Evaluator(policy, zoneNames);
        List<Span> cuts = new ArrayList<>(evaluator.addressCuts());
        List<PortRange> ports = new ArrayList<>(evaluator.portCuts());
        for (Documented d : documented) {
            cuts.addAll(d.sources());
            cuts.addAll(d.destinations());
            d.needs().forEach(n -> ports.addAll(n.ranges()));
        }
        this.addressCuts = cuts;
        this.portCuts = ports;
        Set<Span> ambiguous = new java.util.HashSet<>();
        for (Documented d : documented) {
            zone(d.sources(), d.sourceZone(), ambiguous);
            zone(d.destinations(), d.destinationZone(), ambiguous);
        }
        ambiguous.forEach(zoneOfSpan::remove);
        this.host = policy.baseChains(Hook.FORWARD).isEmpty()
                && !(policy.baseChains(Hook.INPUT).isEmpty() && policy.baseChains(Hook.OUTPUT).isEmpty());
    }

    private void zone(List<Span> spans, String zone, Set<Span> ambiguous) {
        if (zone == null) {
            return;
        }
        for (Span s : spans) {
            String before = zoneOfSpan.putIfAbsent(s, zone);
            if (before != null && !before.equals(zone)) {
                ambiguous.add(s);
            }
        }
    }

    /**
     * The zone of one side's span: the side's zone, or for a side whose endpoints stand in several zones the zone of
     * the span's own endpoint, as the flows with a one-zone side tell it (null when none does, or they disagree).
     */
    private String zoneOf(String sideZone, Span span) {
        return sideZone != null ? sideZone : zoneOfSpan.get(span);
    }

    /** ICMP on IPv6 is ICMPv6 on the wire. */
    static String protocolFor(String protocol, Span a, Span b) {
        boolean v6 = (!a.isHost() && a.v6()) || (!b.isHost() && b.v6());
        return protocol.equals("icmp") && v6 ? "icmpv6" : protocol;
    }

    private List<Hook> hooks(boolean fromAppliance, boolean toAppliance) {
        if (!host) {
            return List.of(Hook.FORWARD);
        }
        List<Hook> hooks = new ArrayList<>();
        if (fromAppliance) {
            hooks.add(Hook.OUTPUT);
        }
        if (toAppliance) {
            hooks.add(Hook.INPUT);
        }
        return hooks.isEmpty() ? List.of(Hook.FORWARD) : hooks;
    }

    FlowFinding judge(Documented d, String name) {
        Set<Origin> accepted = new LinkedHashSet<>();
        Set<Origin> denied = new LinkedHashSet<>();
        Outcome unknown = null;
        int through = 0;
        int stopped = 0;
        Map<List<String>, List<PortRange>> missing = new LinkedHashMap<>();
        List<Hook> hooks = hooks(d.fromAppliance(), d.toAppliance());
        for (Span source : d.sources()) {
            List<Span> sourceParts = source.cut(addressCuts);
            for (Span destination : d.destinations()) {
                if (!source.sameFamily(destination)) {
                    continue;
                }
                List<Span> destinationParts = destination.cut(addressCuts);
                for (Documented.Need need : d.needs()) {
                    String protocol = protocolFor(need.protocol(), source, destination);
                    List<PortRange> ports = cutPorts(need.ranges());
                    for (Span s : sourceParts) {
                        for (Span t : destinationParts) {
                            for (PortRange port : ports) {
                                Outcome o = evaluator.judge(new Probe(s, t, protocol, port, zoneOf(d.sourceZone(), source),
                                        zoneOf(d.destinationZone(), destination)), hooks);
                                switch (o.kind()) {
                                    case ACCEPT -> {
                                        through++;
                                        if (o.rule() != null) {
                                            accepted.add(o.rule());
                                        }
                                    }
                                    case DENY -> {
                                        stopped++;
                                        denied.add(o.rule());
                                        String src = sourceParts.size() == 1 ? source.text() : s.text();
                                        String dst = destinationParts.size() == 1 ? destination.text() : t.text();
                                        missing.computeIfAbsent(List.of(src, dst, protocol), k -> new ArrayList<>()).add(port);
                                    }
                                    case UNKNOWN -> unknown = unknown == null ? o : unknown;
                                }
                            }
                        }
                    }
                }
            }
        }
        State state = unknown != null ? State.UNKNOWN : stopped == 0 ? State.OPEN : through == 0 ? State.CLOSED : State.PARTLY;
        List<Piece> pieces = new ArrayList<>();
        missing.forEach((k, ports) -> pieces.add(new Piece(k.get(0), k.get(1), k.get(2), portsText(ports))));
        return new FlowFinding(d.id(), name, state, List.copyOf(accepted), List.copyOf(denied), merge(pieces),
                unknown == null ? null : unknown.rule(), unknown == null ? null : unknown.why());
    }

    private List<PortRange> cutPorts(List<PortRange> ranges) {
        if (ranges.isEmpty()) {
            List<PortRange> none = new ArrayList<>();
            none.add(null);
            return none;
        }
        List<PortRange> out = new ArrayList<>();
        for (PortRange r : ranges) {
            out.addAll(cut(r, portCuts));
        }
        return out;
    }

    static List<PortRange> cut(PortRange r, List<PortRange> cuts) {
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
        starts.add(r.low());
        for (PortRange c : cuts) {
            if (c.low() > r.low() && c.low() <= r.high()) {
                starts.add(c.low());
            }
            if (c.high() + 1 > r.low() && c.high() + 1 <= r.high()) {
                starts.add(c.high() + 1);
            }
        }
        List<Integer> list = new ArrayList<>(starts);
        List<PortRange> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(new PortRange(list.get(i), i + 1 < list.size() ? list.get(i + 1) - 1 : r.high()));
        }
        return out;
    }

    /** "80, 443, 41000-41100": adjacent ranges joined; "" for a protocol without ports. */
    static String portsText(List<PortRange> ports) {
        List<PortRange> sorted = ports.stream().filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparingInt(PortRange::low)).toList();
        List<PortRange> joined = new ArrayList<>();
        for (PortRange p : sorted) {
            if (!joined.isEmpty() && joined.get(joined.size() - 1).high() + 1 >= p.low()) {
                PortRange last = joined.remove(joined.size() - 1);
                joined.add(new PortRange(last.low(), Math.max(last.high(), p.high())));
            } else {
                joined.add(p);
            }
        }
        return String.join(", ", joined.stream().map(PortRange::toString).toList());
    }

    /**
     * Pieces keyed (source span, destination span, protocol) with their ports, joined for reading: sources that share
     * destination, protocol and ports become one list with neighbouring spans merged (0.0.0.0-9.255.255.255 and
     * 10.0.0.0/8 read 0.0.0.0-10.255.255.255), then likewise the destinations.
     */
    private static List<Piece> coalesce(Map<List<Object>, List<PortRange>> byPair) {
        Map<List<Object>, List<Span>> bySource = new LinkedHashMap<>();
        byPair.forEach((k, ports) -> bySource.computeIfAbsent(List.of(k.get(1), k.get(2), portsText(ports)), x -> new ArrayList<>())
                .add((Span) k.get(0)));
        Map<List<String>, List<Span>> byDestination = new LinkedHashMap<>();
        Map<List<String>, List<Span>> sourcesOf = new LinkedHashMap<>();
        bySource.forEach((k, sources) -> {
            List<Span> joined = withSelf(join(sources), (Span) k.get(0));
            List<String> key = List.of(text(joined), (String) k.get(1), (String) k.get(2));
            byDestination.computeIfAbsent(key, x -> new ArrayList<>()).add((Span) k.get(0));
            sourcesOf.put(key, joined);
        });
        List<Piece> out = new ArrayList<>();
        byDestination.forEach((k, destinations) -> {
            List<Span> sources = sourcesOf.get(k);
            List<Span> joined = sources.size() == 1 ? withSelf(join(destinations), sources.get(0)) : join(destinations);
            out.add(new Piece(k.get(0), text(joined), k.get(1), k.get(2)));
        });
        return out;
    }

    /**
     * {@code spans} with {@code self} (the other side's address) filled in when that closes a gap: traffic from an
     * address to itself is never tried (it does not cross a firewall), so a rule for every source reads "0.0.0.0/0",
     * not "0.0.0.0-10.0.0.0, 10.0.0.2-255.255.255.255".
     */
    private static List<Span> withSelf(List<Span> spans, Span self) {
        if (self.isHost() || spans.contains(self)) {
            return spans;
        }
        List<Span> with = new ArrayList<>(spans);
        with.add(self);
        List<Span> joined = join(with);
        return joined.size() < spans.size() ? joined : spans;
    }

    static List<Span> join(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparing((Span x) -> x.isHost() ? 2 : x.v6() ? 1 : 0)
                .thenComparing(x -> x.isHost() ? java.math.BigInteger.ZERO : x.low())
                .thenComparing(x -> x.isHost() ? x.host() : ""));
        List<Span> out = new ArrayList<>();
        for (Span x : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !last.isHost() && !x.isHost() && last.v6() == x.v6()
                    && last.high().add(java.math.BigInteger.ONE).compareTo(x.low()) >= 0) {
                out.set(out.size() - 1, new Span(last.v6(), last.low(), last.high().max(x.high()), null));
            } else if (last == null || !last.equals(x)) {
                out.add(x);
            }
        }
        return out;
    }

    private static String text(List<Span> spans) {
        return String.join(", ", spans.stream().map(Span::text).toList());
    }

    /** Pieces that differ only in their source (then only in their destination) become one, sources joined. */
    private static List<Piece> merge(List<Piece> pieces) {
        Map<List<String>, List<String>> bySource = new LinkedHashMap<>();
        for (Piece p : pieces) {
            bySource.computeIfAbsent(List.of(p.destination(), p.protocol(), p.ports()), k -> new ArrayList<>()).add(p.source());
        }
        List<Piece> out = new ArrayList<>();
        bySource.forEach((k, sources) -> out.add(new Piece(String.join(", ", sources), k.get(0), k.get(1), k.get(2))));
        return out;
    }

    /** What lets through the traffic no chain on {@code hook} looks at: the kernel, said as the hook's policy. */
    private static Origin noChain(String file, Hook hook) {
        String name = hook.name().toLowerCase(java.util.Locale.ROOT);
        return Origin.policy(file, 0, 0, "no chain on hook " + name, "", Said.of("audit.origin.noChain", name));
    }

    /**
     * Accept rules (and chain policies) that let traffic reach or leave {@code appliance} which no flow of
     * {@code documented} needs: every address, protocol and port of the policy's and the documentation's boundaries
     * is tried once, a piece through and not documented names the rule that let it through.
     */
    List<AuditResult.Extra> beyond(List<Documented> documented, List<Span> appliance, Map<Span, String> zones) {
        List<Span> cuts = new ArrayList<>(addressCuts);
        cuts.addAll(appliance);
        List<Span> universe = new ArrayList<>();
        universe.addAll(Span.all(false).cut(cuts));
        universe.addAll(Span.all(true).cut(cuts));
        Set<Span> names = new LinkedHashSet<>();
        documented.forEach(d -> {
            d.sources().stream().filter(Span::isHost).forEach(names::add);
            d.destinations().stream().filter(Span::isHost).forEach(names::add);
        });
        universe.addAll(names);
        List<Span> ours = universe.stream().filter(s -> appliance.stream().anyMatch(a -> a.covers(s))).toList();
        Set<String> protocols = new LinkedHashSet<>(List.of("tcp", "udp", "icmp"));
        documented.forEach(d -> d.needs().forEach(n -> protocols.add(n.protocol())));
        policy.rules().forEach(r -> r.match().services().forEach(s -> {
            if (!s.anyProtocol()) {
                protocols.add(s.protocol());
            }
        }));
        protocols.remove("icmpv6");
        Map<Origin, Map<List<Object>, List<PortRange>>> found = new LinkedHashMap<>();
        Set<List<Span>> seen = new java.util.HashSet<>();
        for (Span a : ours) {
            for (Span other : universe) {
                if (!a.sameFamily(other)) {
                    continue;
                }
                if (a.equals(other)) {
                    // from an address to the same address: it never leaves the host, no firewall sees it
                    continue;
                }
                for (List<Span> pair : List.of(List.of(other, a), List.of(a, other))) {
                    if (!seen.add(pair)) {
                        continue;
                    }
                    Span s = pair.get(0);
                    Span t = pair.get(1);
                    boolean fromAppliance = appliance.stream().anyMatch(x -> x.covers(s));
                    boolean toAppliance = appliance.stream().anyMatch(x -> x.covers(t));
                    List<Hook> hooks = hooks(fromAppliance, toAppliance);
                    for (String protocol : protocols) {
                        String wire = protocolFor(protocol, s, t);
                        List<PortRange> ports = switch (wire) {
                            case "tcp", "udp", "sctp", "dccp" -> cut(PortRange.ALL, portCuts);
                            case "icmp", "icmpv6" -> cut(new PortRange(0, 255), portCuts);
                            default -> cutPorts(List.of());
                        };
                        for (PortRange port : ports) {
                            Probe p = new Probe(s, t, wire, port, zones.get(s), zones.get(t));
                            if (documented.stream().anyMatch(d -> d.covers(p))) {
                                continue;
                            }
                            Outcome o = evaluator.judge(p, hooks);
                            if (o.kind() == Outcome.Kind.ACCEPT) {
                                Origin rule = o.rule() != null ? o.rule()
                                        : noChain(policy.file(), hooks.get(0));
                                found.computeIfAbsent(rule, k -> new LinkedHashMap<>())
                                        .computeIfAbsent(List.of(s, t, wire), k -> new ArrayList<>()).add(port);
                            }
                        }
                    }
                }
            }
        }
        List<AuditResult.Extra> extras = new ArrayList<>();
        found.forEach((rule, byPair) -> {
            List<Piece> merged = coalesce(byPair);
            if (rule.isPolicy()) {
                // a chain's policy (or no chain at all) lets through everything no rule stops: said once, not listed
                extras.add(new AuditResult.Extra(rule, List.of(), merged.size(), true, false));
            } else {
                extras.add(new AuditResult.Extra(rule, merged.subList(0, Math.min(SHOWN, merged.size())),
                        Math.max(0, merged.size() - SHOWN), false, rule.implicit()));
            }
        });
        return extras;
    }

}
