package dev.flowdoc.render.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowdoc.view.delta.Action;
import dev.flowdoc.view.delta.DeltaRow;
import dev.flowdoc.view.delta.Delta;
import dev.flowdoc.view.delta.DeltaView;
import dev.flowdoc.model.Messages;
import java.util.List;

/**
 * {@code flowdoc changes --format json}: keys English and stable, actions by their key (open, change, close),
 * texts in the chosen language.
 */
public final class ChangesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ChangesJson() {}

    public static String write(DeltaView view, Messages messages) {
        Delta delta = view.delta();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("from", delta.from().toString());
        root.put("to", delta.to().toString());
        root.put("direction", delta.isUpgrade() ? "upgrade" : delta.from().equals(delta.to()) ? "none" : "downgrade");
        root.put("language", messages.language().code());
        root.put("title", messages.format("changes.heading", delta.from(), delta.to()));
        root.put("empty", view.rows().isEmpty());
        ObjectNode actions = root.putObject("actions");
        for (Action action : Action.values()) {
            ObjectNode a = actions.putObject(action.key());
            a.put("label", DeltaRow.label(action, messages));
            ArrayNode entries = a.putArray("entries");
            view.rows(action).forEach(r -> {
                ObjectNode e = entries.addObject();
                e.put("group", r.groupId());
                e.put("groupTitle", r.group());
                e.put("flow", r.flowId());
                e.put("portsBefore", r.portsBefore().isEmpty() ? null : r.portsBefore());
                e.put("portsAfter", r.portsAfter().isEmpty() ? null : r.portsAfter());
                e.put("source", r.source());
                e.put("destination", r.destination());
                e.put("direction", r.directionKey());
                e.put("directionText", r.direction());
                e.put("bidirectional", r.bidirectional());
                e.put("note", r.note().isEmpty() ? null : r.noteText());
                if (!r.requirement().isEmpty()) {
                    e.put("requirementBefore", r.requirementBefore());
                    e.put("requirementAfter", r.requirementAfter());
                }
            });
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
