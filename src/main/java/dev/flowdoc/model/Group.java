package dev.flowdoc.model;

import java.util.List;

/** A feature group ("Funktion / Feature") and its flows, in the order of the manual. */
public record Group(
        String id,
        Text title,
        Requirement requirement,
        Text requiredWhen,
        List<Text> notes,
        String since,
        List<Flow> flows,
        Location location) {
    public Group {
        notes = List.copyOf(notes);
        flows = List.copyOf(flows);
    }

    public String anchor() {
        return "group-" + id;
    }

    public Requirement requirementOf(Flow flow) {
        return flow.requirement() != null ? flow.requirement() : requirement;
    }

    public Text requiredWhenOf(Flow flow) {
        return flow.requirement() != null ? flow.requiredWhen() : requiredWhen;
    }

    public String sinceOf(Flow flow) {
        return flow.since() != null ? flow.since() : since;
    }
}
