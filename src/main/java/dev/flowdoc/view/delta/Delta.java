package dev.flowdoc.view.delta;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The flows that differ between two releases, in either direction (upgrade or downgrade): computed by
 * comparing the project as it applies to each release, so that since, removed, port and requirement changes all
 * count (a flow optional before and required since is a change: whoever left it closed must open it now).
 * What each entry says is the {@link DeltaView}'s.
 */
public record Delta(Version from, Version to, List<DeltaEntry> entries) {
    public Delta {
        entries = List.copyOf(entries);
    }

    public static Delta between(Project project, Version from, Version to) {
        Project a = ReleaseView.at(project, from);
        Project b = ReleaseView.at(project, to);
        List<DeltaEntry> entries = new ArrayList<>();
        for (Group g : project.history().groups()) {
            for (Flow f : g.flows()) {
                Optional<Flow> before = a.flow(f.id());
                Optional<Flow> after = b.flow(f.id());
                if (before.isEmpty() && after.isPresent()) {
                    entries.add(new DeltaEntry(Action.OPEN, g.id(), f.id()));
                } else if (before.isPresent() && after.isEmpty()) {
                    entries.add(new DeltaEntry(Action.CLOSE, g.id(), f.id()));
                } else if (before.isPresent() && (!before.get().ports().equals(after.get().ports())
                        || g.requirementOf(before.get()) != g.requirementOf(after.get()))) {
                    entries.add(new DeltaEntry(Action.CHANGE, g.id(), f.id()));
                }
            }
        }
        entries.sort(Comparator.comparing(DeltaEntry::action)); // stable: data order within each action
        return new Delta(from, to, entries);
    }

    /** The same delta with only the flows of {@code flowIds} (a profile's). */
    public Delta only(Set<String> flowIds) {
        return new Delta(from, to, entries.stream().filter(e -> flowIds.contains(e.flowId())).toList());
    }

    public boolean isUpgrade() {
        return to.isAfter(from);
    }

    public List<DeltaEntry> of(Action action) {
        return entries.stream().filter(e -> e.action() == action).toList();
    }

    /** The ids of the flows of one action, in order. */
    public List<String> flowIds(Action action) {
        return of(action).stream().map(DeltaEntry::flowId).toList();
    }

    /** The flows to open in the release reached, opened or changed (what a checklist of the delta lists). */
    public List<String> flowIdsToOpen() {
        return entries.stream().filter(e -> e.action() != Action.CLOSE).map(DeltaEntry::flowId).toList();
    }
}
