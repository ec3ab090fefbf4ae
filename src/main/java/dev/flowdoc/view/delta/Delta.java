package dev.flowdoc.view.delta;

import dev.flowdoc.model.Change;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The flows that differ between two releases, in either direction (upgrade or downgrade): computed by
 * comparing the project as it applies to each release, so that since, removed and port changes all count.
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
                List<Change> crossed = crossed(f, from, to);
                if (before.isEmpty() && after.isPresent()) {
                    entries.add(new DeltaEntry(Action.OPEN, g, null, after.get(), crossed));
                } else if (before.isPresent() && after.isEmpty()) {
                    entries.add(new DeltaEntry(Action.CLOSE, g, before.get(), null, crossed));
                } else if (before.isPresent() && !before.get().ports().equals(after.get().ports())) {
                    entries.add(new DeltaEntry(Action.CHANGE, g, before.get(), after.get(), crossed));
                }
            }
        }
        entries.sort(Comparator.comparing(DeltaEntry::action)); // stable: data order within each action
        return new Delta(from, to, entries);
    }

    public boolean isUpgrade() {
        return to.isAfter(from);
    }

    public List<DeltaEntry> of(Action action) {
        return entries.stream().filter(e -> e.action() == action).toList();
    }

    /** The flows to open in the release reached (what a checklist of the delta lists). */
    public List<String> flowIdsToOpen() {
        return entries.stream().filter(e -> e.action() != Action.CLOSE).map(e -> e.flow().id()).toList();
    }

    private static List<Change> crossed(Flow flow, Version from, Version to) {
        Version low = from.compareTo(to) <= 0 ? from : to;
        Version high = from.compareTo(to) <= 0 ? to : from;
        return flow.changes().stream()
                .filter(c -> Version.parse(c.version()).map(v -> v.isAfter(low) && !v.isAfter(high)).orElse(false))
                .toList();
    }
}
