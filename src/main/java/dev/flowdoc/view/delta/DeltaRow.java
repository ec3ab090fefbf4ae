package dev.flowdoc.view.delta;

import dev.flowdoc.model.Change;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Project;
import dev.flowdoc.view.Labels;
import dev.flowdoc.model.Messages;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One entry of a delta as plain text in one language: the cells every output of {@code flowdoc changes} shows.
 * {@code portsBefore} is empty for a flow to open, {@code portsAfter} for one to close.
 */
public record DeltaRow(Action action, String actionLabel, String groupId, String group, String flowId,
                       String portsBefore, String portsAfter, String source, String destination, String note) {

    /** The rows of the delta, grouped by action (open, change, close), data order within each. */
    public static List<DeltaRow> of(Delta delta, Project project, Messages messages) {
        Labels labels = new Labels(project, messages);
        return delta.entries().stream().map(e -> of(e, labels, messages)).toList();
    }

    static DeltaRow of(DeltaEntry e, Labels labels, Messages messages) {
        Flow flow = e.flow();
        String note = e.changes().stream().map(Change::note).filter(n -> n != null).map(labels::plain)
                .collect(Collectors.joining(" "));
        return new DeltaRow(e.action(), label(e.action(), messages), e.group().id(), labels.plain(e.group().title()),
                flow.id(), ports(e.before(), labels), ports(e.after(), labels), labels.endpoints(flow.source()),
                labels.endpoints(flow.destination()), note);
    }

    /** "Freizuschalten", "Zu ändern", "Zu schließen". */
    public static String label(Action action, Messages messages) {
        return messages.get("changes." + action.key());
    }

    /** The ports as the admin sees them: "TCP 22 (SSH)", or "TCP 2222 (SSH) → TCP 22 (SSH)" for a change. */
    public String ports() {
        if (portsBefore.isEmpty()) {
            return portsAfter;
        }
        return portsAfter.isEmpty() ? portsBefore : portsBefore + " → " + portsAfter;
    }

    private static String ports(Flow flow, Labels labels) {
        return flow == null ? "" : labels.ports(flow);
    }
}
