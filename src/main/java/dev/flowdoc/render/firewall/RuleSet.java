package dev.flowdoc.render.firewall;

import java.util.List;
import java.util.Map;

/**
 * What a firewall ruleset says, in no format yet. {@code header}: lines naming the product, release, profile or
 * delta and where the addresses came from. {@code rules}: flows to allow (in a delta: to open or change);
 * {@code removals}: flows to close (a delta only, as rules without addresses). {@code delta}: the set is applied on
 * top of an earlier one instead of replacing it. {@code zones}: the address file's zone map (zone key → name).
 */
public record RuleSet(List<String> header, List<Rule> rules, List<Rule> removals, boolean delta,
                      Map<String, String> zones) {
    public RuleSet {
        header = List.copyOf(header);
        rules = List.copyOf(rules);
        removals = List.copyOf(removals);
        zones = Map.copyOf(zones);
    }
}
