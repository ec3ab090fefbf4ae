package dev.flowdoc.render.firewall;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.FlowAddresses;
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
 * language; ports come through {@link Services}, zones through {@link Zones}.
 */
public final class RuleSets {
    /** Policy numbers lie from here to {@code FIRST_NUMBER + NUMBERS - 1}. */
    static final long FIRST_NUMBER = 100_000;
    static final long NUMBERS = 900_000;

    private RuleSets() {}

    /**
     * {@code addresses}: the customer's addresses per flow id; rows without an entry are left out (the caller has
     * warned). {@code remove}: null unless a delta closes flows;
     * {@code changed}: the ids of flows whose rule exists and changes.
     */
    public static RuleSet build(List<String> header, DocView allow, DocView remove, Map<String, FlowAddresses> addresses,
                                boolean delta, Set<String> changed, Map<String, String> zoneNames) {
        Project project = allow.project();
        Zones zones = new Zones(project.history());
        Map<String, Long> numbers = numbers(project.history());
        List<Rule> rules = new ArrayList<>();
        allow.rows().forEach(row -> {
            FlowAddresses a = addresses.get(row.id());
            if (a != null && !a.isEmpty()) {
                rules.add(rule(row, flow(allow, row), a, zones, numbers, changed.contains(row.id())));
            }
        });
        List<Rule> removals = new ArrayList<>();
        if (remove != null) {
            remove.rows().forEach(row -> removals.add(rule(row, flow(remove, row), new FlowAddresses(List.of(), List.of()), zones, numbers, false)));
        }
        return new RuleSet(header, rules, removals, delta, zoneNames);
    }

    /** The ports and endpoints a rule is made of: the flow as the row's view has it (the view holds no model object). */
    private static Flow flow(DocView view, FlowRow row) {
        return view.project().flow(row.id()).orElseThrow();
    }

    private static Rule rule(FlowRow row, Flow flow, FlowAddresses a, Zones zones, Map<String, Long> numbers, boolean changed) {
        return new Rule(flow.id(), row.descriptionText(), a.source(), a.destination(), Services.of(flow),
                zones.of(flow.source()), zones.of(flow.destination()), zones.includesAppliance(flow.destination()),
                numbers.getOrDefault(flow.id(), FIRST_NUMBER), changed);
    }

    /**
     * A number per flow of every release, from the CRC-32 of its id: the same on every run and in every delta, so a
     * policy written for 12.1.0 is the one a 13.0.0 delta deletes. Collisions (rare) move to the next free number, in
     * the order of the ids.
     */
    static Map<String, Long> numbers(Project history) {
        List<String> ids = history.flows().map(Flow::id).distinct().sorted().toList();
        Map<String, Long> numbers = new HashMap<>();
        Set<Long> taken = new HashSet<>();
        for (String id : ids) {
            CRC32 crc = new CRC32();
            crc.update(id.getBytes(StandardCharsets.UTF_8));
            long n = FIRST_NUMBER + crc.getValue() % NUMBERS;
            while (!taken.add(n)) {
                n = n + 1 == FIRST_NUMBER + NUMBERS ? FIRST_NUMBER : n + 1;
            }
            numbers.put(id, n);
        }
        return numbers;
    }
}
