package dev.flowdoc.render.export;

import dev.flowdoc.view.delta.Action;
import dev.flowdoc.view.delta.DeltaRow;
import dev.flowdoc.view.delta.DeltaView;
import dev.flowdoc.model.Messages;
import java.util.List;

/** {@code flowdoc changes --format text}: for a human at the firewall, grouped by action, in one language. */
public final class ChangesText {
    private ChangesText() {}

    public static String write(DeltaView delta, Messages messages) {
        StringBuilder out = new StringBuilder();
        out.append(messages.format("changes.heading", delta.from(), delta.to())).append("\n\n");
        if (delta.rows().isEmpty()) {
            return out.append(messages.get("changes.none")).append('\n').toString();
        }
        for (Action action : Action.values()) {
            List<DeltaRow> of = delta.rows(action);
            if (of.isEmpty()) {
                continue;
            }
            out.append(of.get(0).actionLabel()).append(" (").append(of.size()).append(")\n");
            for (DeltaRow r : of) {
                out.append("  - ").append(r.group()).append(": ").append(r.flowId()).append('\n');
                line(out, messages.get("table.port"), r.ports());
                if (!r.requirement().isEmpty()) {
                    line(out, messages.get("changes.requirementLabel"), r.requirement());
                }
                line(out, messages.get("table.source"), r.source());
                line(out, messages.get("table.destination"), r.destination());
                line(out, messages.get("table.direction"), r.direction());
                if (!r.note().isEmpty()) {
                    line(out, messages.get("changes.note"), r.noteText());
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append("    ").append(label).append(": ").append(value).append('\n');
    }
}
