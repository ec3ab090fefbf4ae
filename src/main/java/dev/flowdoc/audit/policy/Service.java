package dev.flowdoc.audit.policy;

import java.util.List;

/**
 * One protocol a rule matches: {@code protocol} as flowdoc's data names it ("tcp", "udp", "icmp", "icmpv6", "esp",
 * "gre", "sctp"; a number as text for others), or null for every protocol. {@code ports}: destination ports (empty:
 * every port, or a protocol without ports). {@code icmpTypes}: ICMP(v6) types (empty: every type).
 */
public record Service(String protocol, List<PortRange> ports, List<Integer> icmpTypes) {
    /** Every protocol, every port. */
    public static final Service ANY = new Service(null, List.of(), List.of());

    public Service {
        ports = List.copyOf(ports);
        icmpTypes = List.copyOf(icmpTypes);
    }

    public static Service of(String protocol, PortRange... ports) {
        return new Service(protocol, List.of(ports), List.of());
    }

    public boolean anyProtocol() {
        return protocol == null;
    }

    @Override
    public String toString() {
        String p = protocol == null ? "any" : protocol;
        if (!ports.isEmpty()) {
            p += "/" + String.join(",", ports.stream().map(PortRange::toString).toList());
        }
        if (!icmpTypes.isEmpty()) {
            p += " type " + String.join(",", icmpTypes.stream().map(String::valueOf).toList());
        }
        return p;
    }
}
