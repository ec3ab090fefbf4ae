package dev.flowdoc.audit.nftables;

import dev.flowdoc.audit.policy.UnresolvedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One match statement ("ip saddr", "tcp dport", "ct state" … with its values) applied to a {@link RuleBuilder}: the
 * one place both readers give a statement its meaning. A statement flowdoc does not know becomes an unresolved part
 * of the rule.
 */
final class Statements {
    private Statements() {}

    /** {@code left}: "ip saddr", "meta l4proto", "iifname" …; {@code values} as nft's text writes them. */
    static void apply(String left, List<String> values, boolean negated, String text, RuleBuilder b) {
        String key = left.startsWith("meta ") ? left.substring(5) : left;
        try {
            switch (key) {
                case "ip saddr" -> b.address(true, 4, NftablesJsonReader.addresses(values), negated);
                case "ip daddr" -> b.address(false, 4, NftablesJsonReader.addresses(values), negated);
                case "ip6 saddr" -> b.address(true, 6, NftablesJsonReader.addresses(values), negated);
                case "ip6 daddr" -> b.address(false, 6, NftablesJsonReader.addresses(values), negated);
                case "ip protocol" -> {
                    b.family(4);
                    b.protocols(values, negated, text);
                }
                case "ip6 nexthdr" -> {
                    b.family(6);
                    b.protocols(values, negated, text);
                }
                case "l4proto" -> b.protocols(values, negated, text);
                case "nfproto" -> {
                    if (negated || values.size() != 1) {
                        b.unresolved(text, "oneFamily");
                    } else {
                        b.family(values.get(0).equals("ipv6") ? 6 : 4);
                    }
                }
                case "tcp dport", "udp dport", "sctp dport", "dccp dport", "th dport" ->
                        b.ports(key.substring(0, key.indexOf(' ')), NftablesJsonReader.portRanges(values), negated);
                case "icmp type", "icmpv6 type" -> b.icmpTypes(key.substring(0, key.indexOf(' ')),
                        types(values, key.startsWith("icmpv6") ? RuleBuilder.ICMPV6 : RuleBuilder.ICMP), negated);
                case "ct state" -> b.state(states(values), negated);
                case "iifname", "iif" -> b.interfaces(true, unquoted(values), negated);
                case "oifname", "oif" -> b.interfaces(false, unquoted(values), negated);
                default -> b.unresolved(text, "match", left);
            }
        } catch (IllegalArgumentException e) {
            b.unresolved(text, UnresolvedValue.of(e));
        }
    }

    private static List<Integer> types(List<String> values, Map<String, Integer> names) {
        List<Integer> out = new ArrayList<>();
        for (String v : values) {
            Integer n = v.matches("\\d{1,3}") ? Integer.valueOf(v) : names.get(v.toLowerCase(Locale.ROOT));
            if (n == null) {
                throw new UnresolvedValue("icmpType", v);
            }
            out.add(n);
        }
        return out;
    }

    private static List<String> states(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    private static List<String> unquoted(List<String> values) {
        return values.stream().map(v -> v.startsWith("\"") && v.endsWith("\"") && v.length() > 1 ? v.substring(1, v.length() - 1) : v).toList();
    }
}
