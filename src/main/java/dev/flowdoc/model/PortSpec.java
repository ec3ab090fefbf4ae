package dev.flowdoc.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Ports on one or more protocols, with an optional service name: "TCP/UDP 53 (DNS)", "TCP 41000–41100", "ICMP".
 * Protocols without ports (ICMP, ICMPv6, ESP, GRE) have an empty {@code ports}; ICMP may name message types.
 * {@code location} (where the spec's object starts) is not part of equality.
 */
public record PortSpec(List<Protocol> protocols, List<PortRange> ports, List<Integer> icmpTypes, String service,
                       Location location) {
    public PortSpec {
        protocols = List.copyOf(protocols);
        ports = List.copyOf(ports);
        icmpTypes = List.copyOf(icmpTypes);
    }

    /** Single ports on TCP or UDP, made in code. */
    public PortSpec(List<Protocol> protocols, List<Integer> ports, String service) {
        this(protocols, ports.stream().map(PortRange::of).toList(), List.of(), service, null);
    }

    /** "TCP/UDP". */
    public String protocolLabel() {
        return protocols.stream().map(Protocol::label).collect(Collectors.joining("/"));
    }

    /** The ports as the manual writes them: "25, 41000–41100"; empty without ports. */
    public String portsLabel() {
        return ports.stream().map(PortRange::label).collect(Collectors.joining(", "));
    }

    /**
     * The spec as the manual writes it, the same in every language but for the words around ICMP types: the
     * bundle's {@code ports.icmpTypes} ("Typ {0}" → "ICMP Typ 0, 8"); {@code words} null: the bare numbers.
     */
    public String label(Messages words) {
        StringBuilder out = new StringBuilder(protocolLabel());
        if (!ports.isEmpty()) {
            out.append(' ').append(portsLabel());
        }
        if (!icmpTypes.isEmpty()) {
            String types = icmpTypes.stream().map(String::valueOf).collect(Collectors.joining(", "));
            out.append(' ').append(words == null ? types : words.format("ports.icmpTypes", types));
        }
        return out + (service == null ? "" : " (" + service + ")");
    }

    /** The spec without words ("ICMP 0, 8" for types): for keys and contexts, not for readers. */
    public String label() {
        return label(null);
    }

    public boolean covers(int port) {
        return ports.stream().anyMatch(r -> r.covers(port));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortSpec p && p.protocols.equals(protocols) && p.ports.equals(ports)
                && p.icmpTypes.equals(icmpTypes) && Objects.equals(p.service, service);
    }

    @Override
    public int hashCode() {
        return Objects.hash(protocols, ports, icmpTypes, service);
    }
}
