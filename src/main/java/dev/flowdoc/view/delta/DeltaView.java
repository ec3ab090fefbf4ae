package dev.flowdoc.view.delta;

import dev.flowdoc.model.Change;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Version;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.Line;
import dev.flowdoc.view.Part;
import dev.flowdoc.view.ViewBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A delta as the reader sees it, the one view of it every output renders (the upgrade page, {@code changes} as text,
 * CSV and JSON, the upgrade checklist, its diagram and the firewall's delta rulesets): {@code rows} one per entry in
 * words; {@code open} the flows to open or change as they are in the release reached, {@code before} the changed
 * flows as they were, {@code close} the flows to close as they were. Their rows say exactly what a release's table
 * says.
 */
public record DeltaView(Delta delta, List<DeltaRow> rows, DocView open, DocView before, DocView close) {
    public DeltaView {
        rows = List.copyOf(rows);
    }

    /** The view of {@code delta} in the language of {@code words}; {@code project} any view of the project. */
    public static DeltaView of(Delta delta, Project project, Messages words) {
        Project history = project.history();
        Project a = ReleaseView.at(project, delta.from());
        Project b = ReleaseView.at(project, delta.to());
        List<DeltaEntry> toOpen = delta.entries().stream().filter(e -> e.action() != Action.CLOSE).toList();
        List<DeltaEntry> changed = delta.of(Action.CHANGE);
        DocView open = ViewBuilder.of(b.withGroups(groups(history, toOpen, b)), words);
        DocView before = ViewBuilder.of(b.withGroups(groups(history, changed, a)), words);
        DocView close = ViewBuilder.of(history.withGroups(groups(history, delta.of(Action.CLOSE), a)), words);
        ViewBuilder texts = new ViewBuilder(history, words);
        List<DeltaRow> rows = new ArrayList<>();
        for (DeltaEntry e : delta.entries()) {
            DocView side = e.action() == Action.CLOSE ? close : open;
            FlowRow row = side.row(e.flowId()).orElseThrow();
            FlowRow was = e.action() == Action.OPEN ? null : e.action() == Action.CLOSE ? row : before.row(e.flowId()).orElseThrow();
            String portsWas = was == null ? "" : was.portsText();
            String portsIs = e.action() == Action.CLOSE ? "" : row.portsText();
            String ports = portsWas.isEmpty() ? portsIs : portsIs.isEmpty() || portsIs.equals(portsWas) ? portsWas
                    : words.format("changes.ports", portsWas, portsIs);
            // a requirement changed on the way ("optional → erforderlich"); empty when it stayed
            boolean otherRequirement = e.action() == Action.CHANGE && !was.requirementKey().equals(row.requirementKey());
            String requirementWas = otherRequirement ? was.requirement() : "";
            String requirementIs = otherRequirement ? row.requirement() : "";
            rows.add(new DeltaRow(e.action(), DeltaRow.label(e.action(), words), e.groupId(),
                    side.group(e.groupId()).orElseThrow().title(), e.flowId(), row.anchor(), row.name(), portsWas, portsIs,
                    ports, lines(row.source().lines()), lines(row.destination().lines()), row.descriptionParts(),
                    notes(history.flow(e.flowId()).orElseThrow(), delta, texts), requirementWas, requirementIs,
                    otherRequirement ? words.format("changes.requirement", requirementWas, requirementIs) : "",
                    row.directionKey(), row.directionCell().plain(), row.bidirectional()));
        }
        return new DeltaView(delta, rows, open, before, close);
    }

    public Version from() {
        return delta.from();
    }

    public Version to() {
        return delta.to();
    }

    /** The rows of one action, in order. */
    public List<DeltaRow> rows(Action action) {
        return rows.stream().filter(r -> r.action() == action).toList();
    }

    /** The row of a changed flow as it was before, if its ports changed (not for a change of the requirement alone). */
    public Optional<FlowRow> before(String flowId) {
        return before.row(flowId).filter(was -> open.row(flowId).map(is -> !is.portsText().equals(was.portsText())).orElse(true));
    }

    /** The notes of the flow's changes crossed between the two releases, one after the other. */
    private static List<Part> notes(Flow flow, Delta delta, ViewBuilder texts) {
        Version low = delta.isUpgrade() ? delta.from() : delta.to();
        Version high = delta.isUpgrade() ? delta.to() : delta.from();
        List<Part> parts = new ArrayList<>();
        for (Change c : flow.changes()) {
            boolean crossed = Version.parse(c.version()).map(v -> v.isAfter(low) && !v.isAfter(high)).orElse(false);
            if (crossed && c.note() != null) {
                if (!parts.isEmpty()) {
                    parts.add(new Part.Text(" "));
                }
                parts.addAll(texts.parts(c.note()));
            }
        }
        return parts;
    }

    private static String lines(List<Line> lines) {
        return String.join(", ", lines.stream().map(Line::plain).toList());
    }

    /** The entries' flows as {@code side} has them, in their groups of {@code history}, in data order. */
    private static List<Group> groups(Project history, List<DeltaEntry> entries, Project side) {
        Map<String, List<Flow>> flows = new LinkedHashMap<>();
        for (DeltaEntry e : entries) {
            flows.computeIfAbsent(e.groupId(), k -> new ArrayList<>()).add(side.flow(e.flowId()).orElseThrow());
        }
        return flows.entrySet().stream().map(g -> history.group(g.getKey()).orElseThrow().withFlows(g.getValue())).toList();
    }
}
