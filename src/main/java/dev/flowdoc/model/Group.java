package dev.flowdoc.model;

import java.util.List;

/**
 * A feature group ("Funktion / Feature") and its flows, in the order of the manual. {@code condition} says which
 * deployments need its flows ({@link Condition#ALWAYS} when none is written); a flow's own condition overrides it.
 * {@code oneOf}: the flows are alternatives, exactly one of them is needed (internal or external DNS servers).
 */
public record Group(
        String id,
        Text title,
        Requirement requirement,
        Text requiredWhen,
        List<Text> notes,
        String since,
        String removed,
        List<Flow> flows,
        Condition condition,
        boolean oneOf,
        Location location) {
    public Group {
        notes = List.copyOf(notes);
        flows = List.copyOf(flows);
        condition = condition == null ? Condition.ALWAYS : condition;
    }

    public String anchor() {
        return "group-" + id;
    }

    public Requirement requirementOf(Flow flow) {
        return flow.requirement() != null ? flow.requirement() : requirement;
    }

    /**
     * The case in which the flow is required: its own {@code requiredWhen}, else the group's when the flow inherits
     * the group's {@code conditional} (or names it again); null when the flow is not conditional.
     */
    public Text requiredWhenOf(Flow flow) {
        if (requirementOf(flow) != Requirement.CONDITIONAL) {
            return null;
        }
        if (flow.requiredWhen() != null) {
            return flow.requiredWhen();
        }
        return requirement == Requirement.CONDITIONAL ? requiredWhen : null;
    }

    /** The condition written on the flow, else on this group, else {@link Condition#ALWAYS}. */
    public Condition conditionOf(Flow flow) {
        return flow.condition() instanceof Condition.Always ? condition : flow.condition();
    }

    public String sinceOf(Flow flow) {
        return flow.since() != null ? flow.since() : since;
    }

    public String removedOf(Flow flow) {
        return flow.removed() != null ? flow.removed() : removed;
    }

    /** The same group with other flows (a view for one release or one profile). */
    public Group withFlows(List<Flow> otherFlows) {
        return new Group(id, title, requirement, requiredWhen, notes, since, removed, otherFlows, condition, oneOf, location);
    }
}
