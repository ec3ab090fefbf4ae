package dev.flowdoc.view.delta;

import dev.flowdoc.model.Messages;
import dev.flowdoc.view.Part;
import java.util.List;

/**
 * One entry of a delta in words, in one language: what the upgrade page, every format of {@code flowdoc changes} and
 * the upgrade checklist say of it, taken from the rows of the {@link DeltaView}'s views. {@code portsBefore} is empty
 * for a flow to open, {@code portsAfter} for one to close; {@code ports} says both ("TCP 2222 (SSH) → TCP 22 (SSH)",
 * the theme's {@code changes.ports}). {@code description} is the flow's own text, {@code note} the notes of the
 * changes crossed on the way (empty without), both as parts with their references. {@code requirementBefore} and
 * {@code requirementAfter} are the requirement in words on either side of a change that changed it ("optional",
 * "erforderlich"), {@code requirement} both in one ("optional → erforderlich", the theme's
 * {@code changes.requirement}); all three empty when the requirement stayed. {@code directionKey} and
 * {@code direction} the flow's direction as the table's column says it ("both", "in beide Richtungen"),
 * {@code bidirectional} a two-way flow (its rules are opened or closed both ways).
 */
public record DeltaRow(Action action, String actionLabel, String groupId, String group, String flowId, String anchor,
                       String name, String portsBefore, String portsAfter, String ports, String source,
                       String destination, List<Part> description, List<Part> note, String requirementBefore,
                       String requirementAfter, String requirement, String directionKey, String direction,
                       boolean bidirectional) {
    public DeltaRow {
        description = List.copyOf(description);
        note = List.copyOf(note);
    }

    /** "Freizuschalten", "Zu ändern", "Zu schließen". */
    public static String label(Action action, Messages messages) {
        return messages.get("changes." + action.key());
    }

    /** The description's words, references as their labels. */
    public String descriptionText() {
        return Part.plain(description);
    }

    /** The notes' words; empty without. */
    public String noteText() {
        return Part.plain(note);
    }
}
