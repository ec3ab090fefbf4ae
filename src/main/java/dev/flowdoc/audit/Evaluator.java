package dev.flowdoc.audit;

import dev.flowdoc.audit.policy.Addresses;
import dev.flowdoc.audit.policy.Chain;
import dev.flowdoc.audit.policy.Hook;
import dev.flowdoc.audit.policy.Interfaces;
import dev.flowdoc.audit.policy.Match;
import dev.flowdoc.audit.policy.Origin;
import dev.flowdoc.audit.policy.Policy;
import dev.flowdoc.audit.policy.PortRange;
import dev.flowdoc.audit.policy.Rule;
import dev.flowdoc.audit.policy.Said;
import dev.flowdoc.audit.policy.Service;
import dev.flowdoc.audit.policy.Unresolved;
import dev.flowdoc.audit.policy.Verdict;
import dev.flowdoc.model.NetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link Probe} through a {@link Policy} in the format's own semantics: on each hook the base chains in
 * priority order (each must let it through; the first DROP or REJECT ends it), inside a chain the rules in order with
 * JUMP (back on RETURN or at the chain's end), GOTO (never back), and the base chain's policy when no rule decides.
 * A rule with a part flowdoc could not evaluate ({@link Unresolved}) that might match the probe makes the outcome
 * UNKNOWN, naming the rule, unless it only counts or logs. The probe is a connection's first packet: rules on
 * established/related state do not match it. {@code zoneNames}: the address file's zone map (zone key → the
 * firewall's interface or zone name) for rules that match interfaces or zones.
 */
final class Evaluator {
    private static final int MAX_DEPTH = 64;

    private final Policy policy;
    private final Map<String, String> zoneNames;
    private final Map<NetAddress, Span> spans = new HashMap<>();

    Evaluator(Policy policy, Map<String, String> zoneNames) {
        this.policy = policy;
        this.zoneNames = Map.copyOf(zoneNames);
    }

    /** Every span and port boundary the policy's rules draw, to cut probes on. */
    List<Span> addressCuts() {
        List<Span> out = new ArrayList<>();
        for (Rule r : policy.rules()) {
            for (NetAddress a : r.match().source().addresses()) {
                out.add(span(a));
            }
            for (NetAddress a : r.match().destination().addresses()) {
                out.add(span(a));
            }
        }
        return out;
    }

    List<PortRange> portCuts() {
        List<PortRange> out = new ArrayList<>();
        for (Rule r : policy.rules()) {
            for (Service s : r.match().services()) {
                out.addAll(s.ports());
                s.icmpTypes().forEach(t -> out.add(PortRange.of(t)));
            }
        }
        return out;
    }

    /** The outcome on every hook in turn: through only when each lets it through. */
    Outcome judge(Probe probe, List<Hook> hooks) {
        Outcome last = null;
        for (Hook hook : hooks) {
            Outcome o = judge(probe, hook);
            if (o.kind() != Outcome.Kind.ACCEPT) {
                return o;
            }
            last = last == null || last.rule() == null ? o : last;
        }
        return last;
    }

    private Outcome judge(Probe probe, Hook hook) {
        Outcome accepted = null;
        for (Chain base : policy.baseChains(hook)) {
            Result r = run(base, probe, 0);
            Outcome o = r.outcome != null ? r.outcome
                    : base.policy().denies() ? Outcome.deny(policyOrigin(base)) : Outcome.accept(policyOrigin(base));
            if (o.kind() != Outcome.Kind.ACCEPT) {
                return o;
            }
            if (accepted == null || (accepted.rule() != null && accepted.rule().isPolicy() && !o.rule().isPolicy())) {
                accepted = o;
            }
        }
        return accepted != null ? accepted : Outcome.accept(null);
    }

    static Origin policyOrigin(Chain base) {
        Origin c = base.origin();
        if (c.isPolicy()) {
            // the vendor's final verdict (FortiOS's implicit deny, PAN-OS's interzone-default) is the chain's policy itself
            return c;
        }
        String verdict = base.policy().toString().toLowerCase(java.util.Locale.ROOT);
        return Origin.policy(c.file(), c.line(), c.column(), "policy " + verdict + " of " + c.name(), c.text(),
                Said.of("audit.origin.policy", verdict, c.name()));
    }

    /** A chain's result: an outcome, or null when it falls through (end of a regular chain, RETURN). */
    private record Result(Outcome outcome) {}

    private Result run(Chain chain, Probe probe, int depth) {
        if (depth > MAX_DEPTH) {
            return new Result(Outcome.unknown(chain.origin(), new Unresolved("jump", "depth", MAX_DEPTH)));
        }
        for (Rule rule : chain.rules()) {
            Unresolved unsure = null;
            Boolean m = matches(rule.match(), probe);
            if (m == null) {
                unsure = rule.match().unresolved().isEmpty()
                        ? new Unresolved(rule.match().in() + " / " + rule.match().out(), "zones")
                        : rule.match().unresolved().get(0);
            } else if (!m) {
                continue;
            }
            if (unsure != null && rule.verdict().kind() != Verdict.Kind.CONTINUE) {
                return new Result(Outcome.unknown(rule.origin(), unsure));
            }
            switch (rule.verdict().kind()) {
                case ACCEPT -> { return new Result(Outcome.accept(rule.origin())); }
                case DROP, REJECT -> { return new Result(Outcome.deny(rule.origin())); }
                case RETURN -> { return new Result(null); }
                case CONTINUE -> { }
                case JUMP, GOTO -> {
                    Chain target = policy.chain(rule.verdict().target()).orElse(null);
                    if (target == null) {
                        return new Result(Outcome.unknown(rule.origin(), new Unresolved(rule.verdict().toString(), "noChain")));
                    }
                    Result r = run(target, probe, depth + 1);
                    if (r.outcome != null || rule.verdict().kind() == Verdict.Kind.GOTO) {
                        return r;
                    }
                }
            }
        }
        return new Result(null);
    }

    /** TRUE, FALSE, or null when the rule might match but has a part flowdoc cannot evaluate. */
    private Boolean matches(Match m, Probe p) {
        if (!m.state().matchesNew()) {
            return false;
        }
        if (!side(m.source(), p.source()) || !side(m.destination(), p.destination()) || !services(m, p)) {
            return false;
        }
        Boolean in = iface(m.in(), p.sourceZone());
        Boolean out = iface(m.out(), p.destinationZone());
        if (Boolean.FALSE.equals(in) || Boolean.FALSE.equals(out)) {
            return false;
        }
        if (in == null || out == null || !m.unresolved().isEmpty()) {
            return null;
        }
        return true;
    }

    private boolean side(Addresses a, Span probe) {
        if (a.any()) {
            return true;
        }
        boolean in = false;
        for (NetAddress address : a.addresses()) {
            if (span(address).covers(probe)) {
                in = true;
                break;
            }
        }
        return in != a.negated();
    }

    private boolean services(Match m, Probe p) {
        if (m.services().isEmpty()) {
            return !m.servicesNegated();
        }
        boolean any = false;
        for (Service s : m.services()) {
            if (service(s, p)) {
                any = true;
                break;
            }
        }
        return any != m.servicesNegated();
    }

    private static boolean service(Service s, Probe p) {
        if (s.anyProtocol()) {
            return true;
        }
        if (!s.protocol().equals(p.protocol())) {
            return false;
        }
        if (p.ports() == null) {
            return s.ports().isEmpty() && s.icmpTypes().isEmpty();
        }
        if (!s.icmpTypes().isEmpty()) {
            return s.icmpTypes().stream().anyMatch(t -> PortRange.of(t).covers(p.ports()));
        }
        return s.ports().isEmpty() || s.ports().stream().anyMatch(r -> r.covers(p.ports()));
    }

    /** TRUE/FALSE, or null when the rule names interfaces and the address file names none for the zone. */
    private Boolean iface(Interfaces i, String zone) {
        if (i.any()) {
            return true;
        }
        String name = zone == null ? null : zoneNames.get(zone);
        if (name == null) {
            return null;
        }
        boolean in = i.names().stream().anyMatch(n -> n.endsWith("*") ? name.startsWith(n.substring(0, n.length() - 1)) : n.equals(name));
        return in != i.negated();
    }

    Span span(NetAddress a) {
        return spans.computeIfAbsent(a, Span::of);
    }
}
