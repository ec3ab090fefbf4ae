package dev.flowdoc.model;

import java.util.List;

/** A dated change of a flow's ports: {@code portsBefore} held until {@code version}; the flow's ports hold since. */
public record Change(String version, List<PortSpec> portsBefore, Text note, Location location) {
    public Change {
        portsBefore = List.copyOf(portsBefore);
    }
}
