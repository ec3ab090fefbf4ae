package dev.flowdoc.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deployment side of the data: options (data/options.json), profiles (data/profiles/*.json) and the
 * conditions written on groups and flows (data/flows.json), by group and flow id.
 */
public record Deployment(List<Option> options, List<Profile> profiles, Map<String, Condition> groupConditions,
                         Map<String, Condition> flowConditions) {
    public static final Deployment NONE = new Deployment(List.of(), List.of(), Map.of(), Map.of());

    public Deployment {
        options = List.copyOf(options);
        profiles = List.copyOf(profiles);
        groupConditions = Map.copyOf(groupConditions);
        flowConditions = Map.copyOf(flowConditions);
    }

    public Optional<Option> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<Profile> profile(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The condition written on the flow, else on its group, else {@link Condition#ALWAYS}. */
    public Condition conditionOf(Group group, Flow flow) {
        Condition own = flowConditions.get(flow.id());
        if (own != null) {
            return own;
        }
        return groupConditions.getOrDefault(group.id(), Condition.ALWAYS);
    }

    /** The groups with only the flows the profile needs; groups left empty are dropped. */
    public List<Group> groupsFor(List<Group> groups, Profile profile) {
        Map<String, Group> out = new LinkedHashMap<>();
        for (Group g : groups) {
            List<Flow> needed = g.flows().stream().filter(f -> profile.needs(conditionOf(g, f))).toList();
            if (!needed.isEmpty()) {
                out.put(g.id(), g.withFlows(needed));
            }
        }
        return List.copyOf(out.values());
    }
}
