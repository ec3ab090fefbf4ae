package dev.flowdoc.render.firewall;

import dev.flowdoc.model.NetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A ruleset for {@code nft -f}: table {@code inet flowdoc} with one chain per flow ({@code flow_ID}), a base chain
 * {@code forward} (a firewall in the path) jumping to every flow, and {@code input} jumping to the flows that end on
 * the appliance (when the ruleset runs on the appliance's own host). Both accept established traffic; neither sets a
 * policy: a drop policy in this table would drop every other packet on the hook too (a drop in any table is final),
 * other hosts' traffic through the firewall and, on the appliance's host, the admin's own SSH. Instead
 * {@code forward} ends by dropping what no flow lets through to or from the appliance's addresses (the addresses of
 * the sides whose endpoints are all the appliance), so the firewall opens exactly the documented flows for the
 * appliance and leaves other traffic to the chain's policy; {@code input} drops nothing, so loading the ruleset on the
 * appliance's own host cannot lock anyone out. Every flow of the release has its chain, empty when no
 * addresses were given. A delta declares what it touches, so {@code nft -c -f} accepts it on its own (see
 * {@link #delta}).
 * Host names cannot appear (nftables resolves them once, when loading); the caller has refused them.
 */
final class NftablesWriter {
    static final String TABLE = "inet flowdoc";
    static final String SET_V4 = "appliance_v4";
    static final String SET_V6 = "appliance_v6";
    private static final String ESTABLISHED = "ct state established,related accept";

    private NftablesWriter() {}

    static String write(RuleSet set) {
        StringBuilder out = new StringBuilder("#!/usr/sbin/nft -f\n");
        set.header().forEach(line -> out.append("# ").append(line).append('\n'));
        out.append("#\n# Chains: \"forward\" for a firewall between the zones, \"input\" for the flows that end on the appliance\n")
                .append("# when this ruleset runs on the appliance's own host; each jumps to one chain per flow (flow_ID).\n");
        return set.delta() ? delta(set, out) : full(set, out);
    }

    private static String full(RuleSet set, StringBuilder out) {
        out.append("# Loading replaces every rule and set of table ").append(TABLE).append(" (and nothing else).\n\n")
                .append("table ").append(TABLE).append('\n')
                .append("flush table ").append(TABLE).append('\n')
                // flush table keeps set elements: the sets are declared and emptied, so loading replaces them too
                .append("add set ").append(TABLE).append(' ').append(SET_V4).append(" { type ipv4_addr; flags interval; auto-merge; }\n")
                .append("add set ").append(TABLE).append(' ').append(SET_V6).append(" { type ipv6_addr; flags interval; auto-merge; }\n")
                .append("flush set ").append(TABLE).append(' ').append(SET_V4).append('\n')
                .append("flush set ").append(TABLE).append(' ').append(SET_V6).append("\n\n")
                .append("table ").append(TABLE).append(" {\n");
        sets(out, appliance(set.every()));
        Map<String, Rule> withAddresses = new HashMap<>();
        set.rules().forEach(r -> withAddresses.put(r.flowId(), r));
        for (Rule flow : set.every()) {
            Rule rule = withAddresses.get(flow.flowId());
            out.append("\t# ").append(flow.flowId()).append(": ").append(Names.comment(flow.description(), 400)).append('\n');
            if (rule == null) {
                out.append("\t# no addresses given: the chain stays empty (its jump returns at once)\n");
            }
            out.append("\tchain ").append(chain(flow)).append(" {\n");
            if (rule != null) {
                rules(rule).forEach(r -> out.append("\t\t").append(r).append('\n'));
            }
            out.append("\t}\n\n");
        }
        base(out, "forward", set.every(), CLOSING);
        out.append('\n');
        base(out, "input", set.every().stream().filter(Rule::toAppliance).toList(), List.of());
        return out.append("}\n").toString();
    }

    private static void base(StringBuilder out, String hook, List<Rule> rules, List<String> closing) {
        out.append("\tchain ").append(hook).append(" {\n")
                .append("\t\ttype filter hook ").append(hook).append(" priority filter;\n");
        if (closing.isEmpty()) {
            out.append("\t\t# No policy is set, so the chain keeps its default (accept): the policy is yours to decide,\n")
                    .append("\t\t# e.g. \"policy drop;\" above once you have checked these rules.\n");
        } else {
            out.append("\t\t# No policy is set: traffic that does not concern the appliance keeps the chain's default (accept),\n")
                    .append("\t\t# as a drop policy here would drop every other routed packet too. What no flow lets through to or\n")
                    .append("\t\t# from the appliance's addresses is dropped at the end.\n");
        }
        out.append("\t\t").append(ESTABLISHED).append('\n');
        rules.forEach(r -> out.append("\t\tjump ").append(chain(r)).append('\n'));
        closing.forEach(line -> out.append("\t\t").append(line).append('\n'));
        out.append("\t}\n");
    }

    /** The rules that end {@code forward}: drop what no flow let through to or from the appliance's addresses. */
    static final List<String> CLOSING = List.of(
            "ip daddr @" + SET_V4 + " drop comment \"to the appliance: no documented flow\"",
            "ip saddr @" + SET_V4 + " drop comment \"from the appliance: no documented flow\"",
            "ip6 daddr @" + SET_V6 + " drop comment \"to the appliance: no documented flow\"",
            "ip6 saddr @" + SET_V6 + " drop comment \"from the appliance: no documented flow\"");

    /**
     * The appliance's addresses per family: those of the flows' sides whose endpoints are all the appliance (a side
     * that mixes the appliance with other endpoints is left out, so nothing else is closed by mistake).
     */
    static Map<NetAddress.Kind, List<String>> appliance(List<Rule> every) {
        Map<NetAddress.Kind, List<String>> out = new java.util.LinkedHashMap<>();
        for (NetAddress.Kind kind : List.of(NetAddress.Kind.IPV4, NetAddress.Kind.IPV6)) {
            java.util.Set<String> found = new java.util.LinkedHashSet<>();
            for (Rule r : every) {
                if (r.fromAppliance() && !r.anySource()) {
                    r.sources(kind).forEach(a -> found.add(a.text()));
                }
                if (r.toApplianceOnly() && !r.anyDestination()) {
                    r.destinations(kind).forEach(a -> found.add(a.text()));
                }
            }
            found.remove("0.0.0.0/0");
            found.remove("::/0");
            out.put(kind, List.copyOf(found));
        }
        return out;
    }

    /** The named sets of the appliance's addresses; {@code elements} empty in a delta (it adds them with add element). */
    private static void sets(StringBuilder out, Map<NetAddress.Kind, List<String>> elements) {
        out.append("\t# The appliance's addresses: forward drops what no flow lets through to or from them.\n");
        for (NetAddress.Kind kind : List.of(NetAddress.Kind.IPV4, NetAddress.Kind.IPV6)) {
            out.append("\tset ").append(kind == NetAddress.Kind.IPV4 ? SET_V4 : SET_V6).append(" {\n")
                    .append("\t\ttype ").append(kind == NetAddress.Kind.IPV4 ? "ipv4_addr" : "ipv6_addr").append('\n')
                    .append("\t\tflags interval\n\t\tauto-merge\n");
            List<String> e = elements.getOrDefault(kind, List.of());
            if (!e.isEmpty()) {
                out.append("\t\telements = { ").append(String.join(", ", e)).append(" }\n");
            }
            out.append("\t}\n\n");
        }
    }

    /**
     * A delta declares every chain it touches (declaring is idempotent), refills the chains of the flows to open or
     * change, writes the base chains' jumps anew (one per flow of the release reached, as a fresh ruleset has them) and
     * deletes the closed flows' chains: loaded once or twice, the table ends as a fresh ruleset of the release reached.
     */
    private static String delta(RuleSet set, StringBuilder out) {
        out.append("# A delta: load it over the ruleset of the release left (nft -f); it changes only these flows, writes\n")
                .append("# the jumps of the chains forward and input anew and deletes the chains of closed flows.\n")
                .append("# Loading it again changes nothing.\n\n");
        out.append("table ").append(TABLE).append(" {\n");
        sets(out, Map.of());
        for (String hook : List.of("forward", "input")) {
            out.append("\tchain ").append(hook).append(" {\n\t\ttype filter hook ").append(hook)
                    .append(" priority filter;\n\t}\n");
        }
        List<String> declared = new ArrayList<>();
        for (Rule rule : concat(set.every(), concat(set.rules(), set.removals()))) {
            if (!declared.contains(chain(rule))) {
                declared.add(chain(rule));
                out.append("\tchain ").append(chain(rule)).append(" {\n\t}\n");
            }
        }
        out.append("}\n");
        for (Rule rule : set.rules()) {
            out.append("\n# ").append(rule.changed() ? "change " : "open ").append(rule.flowId()).append(": ")
                    .append(Names.comment(rule.description(), 400)).append('\n');
            out.append("flush chain ").append(TABLE).append(' ').append(chain(rule)).append('\n');
            rules(rule).forEach(r -> out.append("add rule ").append(TABLE).append(' ').append(chain(rule)).append(' ')
                    .append(r).append('\n'));
        }
        // the appliance's addresses this delta knows (of the flows it has addresses for): added, never removed
        Map<NetAddress.Kind, List<String>> appliance = appliance(concat(set.every(), set.rules()));
        appliance.forEach((kind, elements) -> {
            if (!elements.isEmpty()) {
                out.append("\n# the appliance's addresses (adding one the set holds changes nothing)\n")
                        .append("add element ").append(TABLE).append(' ').append(kind == NetAddress.Kind.IPV4 ? SET_V4 : SET_V6)
                        .append(" { ").append(String.join(", ", elements)).append(" }\n");
            }
        });
        out.append("\n# the jumps to every flow of the release reached\n");
        for (String hook : List.of("forward", "input")) {
            out.append("flush chain ").append(TABLE).append(' ').append(hook).append('\n')
                    .append("add rule ").append(TABLE).append(' ').append(hook).append(' ').append(ESTABLISHED).append('\n');
            set.every().stream().filter(r -> hook.equals("forward") || r.toAppliance()).forEach(r -> out.append("add rule ")
                    .append(TABLE).append(' ').append(hook).append(" jump ").append(chain(r)).append('\n'));
            if (hook.equals("forward")) {
                CLOSING.forEach(line -> out.append("add rule ").append(TABLE).append(" forward ").append(line).append('\n'));
            }
        }
        for (Rule rule : set.removals()) {
            out.append("\n# close ").append(rule.flowId()).append(": ").append(Names.comment(rule.description(), 400))
                    .append('\n').append("delete chain ").append(TABLE).append(' ').append(chain(rule)).append('\n');
        }
        return out.toString();
    }

    /** The rule lines of a flow: per address family both sides have, one line per service. */
    static List<String> rules(Rule rule) {
        List<String> lines = new ArrayList<>();
        for (NetAddress.Kind kind : List.of(NetAddress.Kind.IPV4, NetAddress.Kind.IPV6)) {
            List<NetAddress> from = rule.sources(kind);
            List<NetAddress> to = rule.destinations(kind);
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            String family = kind == NetAddress.Kind.IPV4 ? "ip" : "ip6";
            String addresses = family + " saddr " + set(from) + " " + family + " daddr " + set(to);
            for (Service service : rule.services()) {
                lines.add(addresses + " " + match(service, kind) + " accept comment \"" + Names.comment(rule.flowId(), 120) + "\"");
            }
        }
        return lines;
    }

    private static String match(Service service, NetAddress.Kind kind) {
        if (service.hasPorts()) {
            String ports = service.ports().size() == 1 ? service.ports(", ") : "{ " + service.ports(", ") + " }";
            return service.protocol() + " dport " + ports;
        }
        if (!service.icmpTypes().isEmpty()) {
            String icmp = kind == NetAddress.Kind.IPV4 ? "icmp" : "icmpv6";
            return icmp + " type { " + String.join(", ", service.icmpTypes()) + " }";
        }
        return "meta l4proto " + service.protocol();
    }

    private static String set(List<NetAddress> addresses) {
        return "{ " + addresses.stream().map(NetAddress::text).collect(Collectors.joining(", ")) + " }";
    }

    static String chain(Rule rule) {
        return "flow_" + rule.flowId();
    }

    private static List<Rule> concat(List<Rule> a, List<Rule> b) {
        List<Rule> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
