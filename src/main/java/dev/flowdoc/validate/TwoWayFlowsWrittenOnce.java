package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.PortSpec;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Version;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A two-way flow ({@code "bidirectional": true}) is written once: no second flow documents its way back (the same
 * ports, source and destination swapped, or the same ends once more), since the one row already says both ways and
 * the firewall export already writes both rules. A proxy carries only connections the appliance opens, so a two-way
 * flow names none. A two-way flow whose sources are its destinations (cluster members to each other) is fine.
 */
final class TwoWayFlowsWrittenOnce implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        List<Flow> flows = project.flows().toList();
        for (Flow two : flows) {
            if (!two.bidirectional()) {
                continue;
            }
            if (two.proxy() != null) {
                problems.error(two.at("bidirectional", 0), "flow '" + two.id() + "' runs both ways and names a proxy",
                        "a proxy carries only connections the appliance opens: remove 'proxy', or write the way in as a"
                                + " flow of its own without 'bidirectional'");
            }
            for (Flow other : flows) {
                if (other != two && ports(other).equals(ports(two)) && mirrors(two, other) && together(project, two, other)
                        && !(other.bidirectional() && flows.indexOf(other) < flows.indexOf(two))) {
                    problems.error(other.location(), "flow '" + other.id() + "' documents the way back of two-way flow '"
                                    + two.id() + "' (the same ports between the same endpoints)",
                            "remove flow '" + other.id() + "': \"bidirectional\": true on '" + two.id()
                                    + "' already shows both directions in one row and opens both in the firewall");
                }
            }
        }
    }

    /** Both flows exist in some release: one removed before the other came is a replacement, not a second row. */
    private static boolean together(Project project, Flow a, Flow b) {
        return before(project.groupOf(a).sinceOf(a), project.groupOf(b).removedOf(b))
                && before(project.groupOf(b).sinceOf(b), project.groupOf(a).removedOf(a));
    }

    /** {@code since} comes before {@code removed} (a missing one is open-ended; an unknown version is another rule's). */
    private static boolean before(String since, String removed) {
        if (since == null || removed == null) {
            return true;
        }
        Optional<Version> s = Version.parse(since);
        Optional<Version> r = Version.parse(removed);
        return s.isEmpty() || r.isEmpty() || s.get().compareTo(r.get()) < 0;
    }

    private static List<String> ports(Flow flow) {
        return flow.ports().stream().map(PortSpec::label).toList();
    }

    /** {@code other} runs between the same endpoints as {@code two}, either way round. */
    private static boolean mirrors(Flow two, Flow other) {
        Set<String> from = Set.copyOf(two.source());
        Set<String> to = Set.copyOf(two.destination());
        Set<String> otherFrom = Set.copyOf(other.source());
        Set<String> otherTo = Set.copyOf(other.destination());
        return (otherFrom.equals(to) && otherTo.equals(from)) || (otherFrom.equals(from) && otherTo.equals(to));
    }
}
