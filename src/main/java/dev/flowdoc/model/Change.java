package dev.flowdoc.model;

import java.util.List;

/**
 * A dated change of a flow: {@code portsBefore} (empty: the ports stayed) and {@code requirementBefore} (null: the
 * requirement stayed) held until {@code version}; the flow's ports and requirement hold since. {@code requirementAt}
 * is where {@code requirementBefore} stands in data/ (the change's own place without).
 */
public record Change(String version, List<PortSpec> portsBefore, Requirement requirementBefore, Text note,
                     Location location, Location requirementAt) {
    public Change {
        portsBefore = List.copyOf(portsBefore);
        requirementAt = requirementAt == null ? location : requirementAt;
    }

    /** A change of the ports alone. */
    public Change(String version, List<PortSpec> portsBefore, Text note, Location location) {
        this(version, portsBefore, null, note, location, null);
    }

    public boolean changesPorts() {
        return !portsBefore.isEmpty();
    }

    public boolean changesRequirement() {
        return requirementBefore != null;
    }
}
