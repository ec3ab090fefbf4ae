package dev.flowdoc.render.firewall;

import java.util.List;
import java.util.Map;

/**
 * What a firewall ruleset says, in no format yet. {@code header}: lines naming the product, release, profile or
 * delta and where the addresses came from. {@code rules}: flows to allow (in a delta: to open or change);
 * {@code removals}: flows to close (a delta only; with the addresses they had where known). {@code delta}: the set is
 * applied on top of an earlier one instead of replacing it. {@code zones}: the address file's zone map (zone key →
 * name). {@code every}: every flow of the release written (of the profile, if one is chosen), with or without
 * addresses, in data order: what a format whose rules hang on a list of its own (nftables' base chains) lists, so a
 * delta can write that list anew and stays the same when applied twice. {@code policyIds}: the FortiGate policy
 * numbers the rules are numbered in, as "FIRST-LAST", and where that range comes from.
 */
public record RuleSet(List<String> header, List<Rule> rules, List<Rule> removals, boolean delta,
                      Map<String, String> zones, List<Rule> every, String policyIds) {
    public RuleSet {
        header = List.copyOf(header);
        rules = List.copyOf(rules);
        removals = List.copyOf(removals);
        zones = Map.copyOf(zones);
        every = List.copyOf(every);
    }
}
