package dev.flowdoc.model;

import java.util.List;

/**
 * One communication path. {@code requirement}, {@code requiredWhen} and {@code since} are the flow's own
 * values (null: inherited from the group); use {@link Group#requirementOf(Flow)} and friends for the effective ones.
 */
public record Flow(
        String id,
        List<PortSpec> ports,
        boolean portsAndOr,
        List<String> source,
        List<String> destination,
        Text description,
        Requirement requirement,
        Text requiredWhen,
        String since,
        Proxy proxy,
        Location location) {
    public Flow {
        ports = List.copyOf(ports);
        source = List.copyOf(source);
        destination = List.copyOf(destination);
    }

    /** The stable anchor of the flow's row, the same in both languages. */
    public String anchor() {
        return "flow-" + id;
    }
}
