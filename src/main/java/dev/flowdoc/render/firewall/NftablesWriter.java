package dev.flowdoc.render.firewall;

import dev.flowdoc.model.NetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A ruleset for {@code nft -f}: table {@code inet flowdoc} with one chain per flow ({@code flow_ID}), a base chain
 * {@code forward} (a firewall in the path) jumping to every flow, and {@code input} jumping to the flows that end on
 * the appliance (when the ruleset runs on the appliance's own host). Both accept established traffic; neither sets a
 * policy: that is the admin's decision, and the file says so. A delta declares what it touches, flushes the chains of
 * flows to change or close and refills the ones to open or change, so {@code nft -c -f} accepts it on its own.
 * Host names cannot appear (nftables resolves them once, when loading); the caller has refused them.
 */
final class NftablesWriter {
    static final String TABLE = "inet flowdoc";

    private NftablesWriter() {}

    static String write(RuleSet set) {
        StringBuilder out = new StringBuilder("#!/usr/sbin/nft -f\n");
        set.header().forEach(line -> out.append("# ").append(line).append('\n'));
        out.append("#\n# Chains: \"forward\" for a firewall between the zones, \"input\" for the flows that end on the appliance\n")
                .append("# when this ruleset runs on the appliance's own host; each jumps to one chain per flow (flow_ID).\n");
        return set.delta() ? delta(set, out) : full(set, out);
    }

    private static String full(RuleSet set, StringBuilder out) {
        out.append("# Loading replaces every rule of table ").append(TABLE).append(" (and nothing else).\n\n")
                .append("table ").append(TABLE).append('\n')
                .append("flush table ").append(TABLE).append("\n\n")
                .append("table ").append(TABLE).append(" {\n");
        for (Rule rule : set.rules()) {
            out.append("\t# ").append(rule.flowId()).append(": ").append(Names.comment(rule.description(), 400)).append('\n')
                    .append("\tchain ").append(chain(rule)).append(" {\n");
            rules(rule).forEach(r -> out.append("\t\t").append(r).append('\n'));
            out.append("\t}\n\n");
        }
        base(out, "forward", set.rules());
        out.append('\n');
        base(out, "input", set.rules().stream().filter(Rule::toAppliance).toList());
        return out.append("}\n").toString();
    }

    private static void base(StringBuilder out, String hook, List<Rule> rules) {
        out.append("\tchain ").append(hook).append(" {\n")
                .append("\t\ttype filter hook ").append(hook).append(" priority filter;\n")
                .append("\t\t# No policy is set, so the chain keeps its default (accept): the policy is yours to decide,\n")
                .append("\t\t# e.g. \"policy drop;\" above once you have checked these rules.\n")
                .append("\t\tct state established,related accept\n");
        rules.forEach(r -> out.append("\t\tjump ").append(chain(r)).append('\n'));
        out.append("\t}\n");
    }

    private static String delta(RuleSet set, StringBuilder out) {
        out.append("# A delta: load it over the ruleset of the release left (nft -f); it changes only these flows.\n")
                .append("# Closed flows keep an empty chain; remove their jumps by handle if you like (nft -a list chain ")
                .append(TABLE).append(" forward).\n\n");
        out.append("table ").append(TABLE).append(" {\n");
        for (String hook : List.of("forward", "input")) {
            out.append("\tchain ").append(hook).append(" {\n\t\ttype filter hook ").append(hook)
                    .append(" priority filter;\n\t}\n");
        }
        for (Rule rule : concat(set.rules(), set.removals())) {
            out.append("\tchain ").append(chain(rule)).append(" {\n\t}\n");
        }
        out.append("}\n");
        for (Rule rule : set.rules()) {
            out.append("\n# ").append(rule.changed() ? "change " : "open ").append(rule.flowId()).append(": ")
                    .append(Names.comment(rule.description(), 400)).append('\n');
            out.append("flush chain ").append(TABLE).append(' ').append(chain(rule)).append('\n');
            rules(rule).forEach(r -> out.append("add rule ").append(TABLE).append(' ').append(chain(rule)).append(' ')
                    .append(r).append('\n'));
            if (!rule.changed()) {
                out.append("add rule ").append(TABLE).append(" forward jump ").append(chain(rule)).append('\n');
                if (rule.toAppliance()) {
                    out.append("add rule ").append(TABLE).append(" input jump ").append(chain(rule)).append('\n');
                }
            }
        }
        for (Rule rule : set.removals()) {
            out.append("\n# close ").append(rule.flowId()).append(": ").append(Names.comment(rule.description(), 400))
                    .append('\n').append("flush chain ").append(TABLE).append(' ').append(chain(rule)).append('\n');
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
