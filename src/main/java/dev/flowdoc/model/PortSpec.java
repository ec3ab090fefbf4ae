package dev.flowdoc.model;

import java.util.List;
import java.util.stream.Collectors;

/** Ports on one or more protocols, with an optional service name: "TCP/UDP 53 (DNS)". */
public record PortSpec(List<Protocol> protocols, List<Integer> ports, String service) {
    public PortSpec {
        protocols = List.copyOf(protocols);
        ports = List.copyOf(ports);
    }

    /** The spec as the manual writes it; the same in every language. */
    public String label() {
        String protos = protocols.stream().map(Protocol::name).collect(Collectors.joining("/"));
        String numbers = ports.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return protos + " " + numbers + (service == null ? "" : " (" + service + ")");
    }

    public boolean covers(int port) {
        return ports.contains(port);
    }
}
