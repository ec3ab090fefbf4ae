package dev.flowdoc.view.delta;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Project;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.ViewBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An upgrade (or downgrade) as the reader sees it: the flows to open or change as they are in the release reached
 * ({@code open}), the same flows as they were before where their ports changed ({@code before}), and the flows to
 * close as they were ({@code close}). Rows say exactly what the release's table says.
 */
public record UpgradeView(Delta delta, DocView open, DocView before, DocView close) {
    /** {@code project} is the project viewed at the release reached. */
    public static UpgradeView of(Delta delta, Project project, Messages words) {
        List<DeltaEntry> toOpen = delta.entries().stream().filter(e -> e.action() != Action.CLOSE).toList();
        List<DeltaEntry> changed = toOpen.stream().filter(e -> e.before() != null).toList();
        Project history = project.history();
        return new UpgradeView(delta,
                ViewBuilder.of(project.withGroups(groups(toOpen, DeltaEntry::after)), words),
                ViewBuilder.of(project.withGroups(groups(changed, DeltaEntry::before)), words),
                ViewBuilder.of(history.withGroups(groups(delta.of(Action.CLOSE), DeltaEntry::before)), words));
    }

    /** The row of a changed flow as it was before, if its ports changed. */
    public Optional<FlowRow> before(String flowId) {
        return before.row(flowId);
    }

    /** The entries' flows (as {@code side} gives them) in their groups, in data order. */
    private static List<Group> groups(List<DeltaEntry> entries, Function<DeltaEntry, Flow> side) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, List<Flow>> flows = new LinkedHashMap<>();
        for (DeltaEntry e : entries) {
            groups.putIfAbsent(e.group().id(), e.group());
            flows.computeIfAbsent(e.group().id(), k -> new ArrayList<>()).add(side.apply(e));
        }
        return groups.values().stream().map(g -> g.withFlows(flows.get(g.id()))).toList();
    }
}
