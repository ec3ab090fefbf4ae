package dev.flowdoc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The project as it applies to one release: flows not yet introduced or already removed are left out, and a
 * flow whose ports changed later shows the ports it had then. Any x.y.z works, listed in the releases or not.
 */
public final class ReleaseView {
    private ReleaseView() {}

    /** Starts from the project's whole history, so a view of a view (or of a profile) still sees every flow. */
    public static Project at(Project project, Version version) {
        List<Group> groups = new ArrayList<>();
        for (Group g : project.history().groups()) {
            if (!live(g.since(), g.removed(), version)) {
                continue;
            }
            List<Flow> flows = new ArrayList<>();
            for (Flow f : g.flows()) {
                if (live(g.sinceOf(f), g.removedOf(f), version)) {
                    flows.add(portsAt(f, version));
                }
            }
            if (!flows.isEmpty() || g.flows().isEmpty()) {
                groups.add(g.withFlows(flows));
            }
        }
        return project.history().atRelease(version, groups);
    }

    /** True if something introduced in {@code since} and removed in {@code removed} exists in {@code version}. */
    public static boolean live(String since, String removed, Version version) {
        boolean started = since == null || Version.parse(since).map(s -> !s.isAfter(version)).orElse(true);
        boolean ended = removed != null && Version.parse(removed).map(r -> !r.isAfter(version)).orElse(false);
        return started && !ended;
    }

    /**
     * The flow with the ports and the requirement it had in {@code version}: the ports before the first change after
     * it that changes ports, the requirement before the first one after it that changes the requirement.
     */
    static Flow portsAt(Flow flow, Version version) {
        Flow at = flow;
        Optional<Change> ports = later(flow, version).filter(Change::changesPorts).findFirst();
        if (ports.isPresent()) {
            at = at.withPorts(ports.get().portsBefore());
        }
        Optional<Change> requirement = later(flow, version).filter(Change::changesRequirement).findFirst();
        if (requirement.isPresent()) {
            at = at.withRequirement(requirement.get().requirementBefore());
        }
        return at;
    }

    private static java.util.stream.Stream<Change> later(Flow flow, Version version) {
        return flow.changes().stream().filter(c -> Version.parse(c.version()).map(v -> v.isAfter(version)).orElse(false));
    }
}
