package dev.flowdoc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deployment side of the data: options (data/options.json) and profiles (data/profiles/*.json). The
 * conditions over the options are written on the groups and flows themselves ({@link Group#conditionOf(Flow)}).
 */
public record Deployment(List<Option> options, List<Profile> profiles) {
    public static final Deployment NONE = new Deployment(List.of(), List.of());

    public Deployment {
        options = List.copyOf(options);
        profiles = List.copyOf(profiles);
    }

    public Optional<Option> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<Profile> profile(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The groups with only the flows the profile needs; groups left empty are dropped. */
    public List<Group> groupsFor(List<Group> groups, Profile profile) {
        List<Group> out = new ArrayList<>();
        for (Group g : groups) {
            List<Flow> needed = g.flows().stream().filter(f -> profile.needs(g.conditionOf(f))).toList();
            if (!needed.isEmpty()) {
                out.add(g.withFlows(needed));
            }
        }
        return List.copyOf(out);
    }
}
