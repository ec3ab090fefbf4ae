package dev.flowdoc.render.firewall;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.FlowAddresses;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Project;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.FlowRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Builds the neutral {@link RuleSet} from the view: one rule per row of {@code allow} that has addresses (rows in the
 * view's order), and for a delta one removal per row of {@code remove}. The description is the row's, in the view's
 * language; ports come through {@link Services}, zones through {@link Zones}. A two-way flow gets a second rule the
 * other way ({@link #REVERSE}: its name is the flow's id and "_reverse", which no id can end in), except where its
 * sources are its destinations (cluster members to each other): the one rule already allows both ways.
 */
public final class RuleSets {
    /** Appended to a two-way flow's id for the rule of the way back ("ntp_reverse"); an id has no '_'. */
    public static final String REVERSE = "_reverse";

    private RuleSets() {}

    /**
     * {@code addresses}: the customer's addresses per flow id; rows without an entry are left out (the caller has
     * warned). {@code remove}: null unless a delta closes flows, with {@code removed} the addresses the closed flows
     * had where known; {@code changed}: the ids of flows whose rule exists and changes; {@code every}: every flow of
     * the release written (see {@link RuleSet#every}); {@code first}, {@code last}: the policy numbers to use.
     */
    public static RuleSet build(List<String> header, DocView allow, DocView remove, Map<String, FlowAddresses> addresses,
                                Map<String, FlowAddresses> removed, boolean delta, Set<String> changed,
                                Map<String, String> zoneNames, DocView every, long first, long last, String policySource) {
        Project project = allow.project();
        Zones zones = new Zones(project.history());
        Map<String, Long> numbers = numbers(project.history(), first, last);
        FlowAddresses none = new FlowAddresses(List.of(), List.of());
        List<Rule> rules = new ArrayList<>();
        Map<String, String> alternatives = alternatives(allow);
        allow.rows().forEach(row -> {
            FlowAddresses a = addresses.get(row.id());
            if (a != null && !a.isEmpty()) {
                rules.addAll(rules(row, a, zones, numbers, changed.contains(row.id()), allow.words(), alternatives));
            }
        });
        List<Rule> removals = new ArrayList<>();
        if (remove != null) {
            remove.rows().forEach(row -> removals.addAll(rules(row, removed.getOrDefault(row.id(), none), zones, numbers, false,
                    remove.words(), Map.of())));
        }
        List<Rule> all = new ArrayList<>();
        Map<String, String> everyAlternatives = alternatives(every);
        every.rows().forEach(row -> all.addAll(rules(row, addresses.getOrDefault(row.id(), none), zones, numbers, false,
                every.words(), everyAlternatives)));
        return new RuleSet(header, rules, removals, delta, zoneNames, all, first + "-" + last + " (" + policySource + ")");
    }

    /**
     * For the flows of a group of alternatives ("oneOf"), the comment that says so and names the others: the customer
     * opens one of them, and fills in the addresses of that one only.
     */
    private static Map<String, String> alternatives(DocView view) {
        Map<String, String> out = new HashMap<>();
        view.groups().stream().filter(g -> g.oneOf() != null).forEach(g -> g.rows().forEach(row -> out.put(row.id(),
                view.words().format("firewall.oneOf", String.join(", ", g.rows().stream().map(FlowRow::id)
                        .filter(id -> !id.equals(row.id())).toList())))));
        return out;
    }

    /**
     * The rules of a row from its view: its ports, endpoints and zones as the view has them (the view holds no model
     * object); for a two-way flow also the rule the other way, the same services with source and destination swapped.
     * Ports that are alternatives ("oder", "or") each get their rule, since the customer picks one; the comment says so.
     */
    private static List<Rule> rules(FlowRow row, FlowAddresses a, Zones zones, Map<String, Long> numbers, boolean changed,
                                    Messages words, Map<String, String> alternatives) {
        String description = "or".equals(row.portsJoin())
                ? words.format("firewall.portsOr", row.portsText()) + " " + row.descriptionText() : row.descriptionText();
        if (alternatives.containsKey(row.id())) {
            description = alternatives.get(row.id()) + " " + description;
        }
        Rule there = new Rule(row.id(), description, a.source(), a.destination(), Services.of(row),
                zones.of(row.sourceIds()), zones.of(row.destinationIds()), zones.includesAppliance(row.destinationIds()),
                numbers.get(row.id()), changed, row.anySource(), row.anyDestination(), onlyAppliance(zones, row.sourceIds()),
                onlyAppliance(zones, row.destinationIds()));
        if (!Flow.rulesBothWays(row.bidirectional(), row.sourceIds(), row.destinationIds())) {
            return List.of(there);
        }
        Rule back = new Rule(row.id() + REVERSE, description, a.destination(), a.source(), Services.of(row),
                zones.of(row.destinationIds()), zones.of(row.sourceIds()), zones.includesAppliance(row.sourceIds()),
                numbers.get(row.id() + REVERSE), changed, row.anyDestination(), row.anySource(),
                onlyAppliance(zones, row.destinationIds()), onlyAppliance(zones, row.sourceIds()));
        return List.of(there, back);
    }

    private static boolean onlyAppliance(Zones zones, List<String> ids) {
        return !ids.isEmpty() && ids.stream().allMatch(id -> zones.includesAppliance(List.of(id)));
    }

    /**
     * A number per flow of every release inside {@code first}..{@code last}, from the CRC-32 of its id: the same on
     * every run and in every delta, so a policy written for 12.1.0 is the one a 13.0.0 delta deletes. Collisions move
     * to the next free number, in the order of the ids (the address file's range holds at least one per flow).
     */
    static Map<String, Long> numbers(Project history, long first, long last) {
        List<String> ids = history.flows()
                .flatMap(f -> f.rulesBothWays()
                        ? java.util.stream.Stream.of(f.id(), f.id() + REVERSE) : java.util.stream.Stream.of(f.id()))
                .distinct().sorted().toList();
        long size = last - first + 1;
        Map<String, Long> numbers = new HashMap<>();
        Set<Long> taken = new HashSet<>();
        for (String id : ids) {
            CRC32 crc = new CRC32();
            crc.update(id.getBytes(StandardCharsets.UTF_8));
            long n = first + crc.getValue() % size;
            while (!taken.add(n)) {
                n = n == last ? first : n + 1;
            }
            numbers.put(id, n);
        }
        return numbers;
    }
}
