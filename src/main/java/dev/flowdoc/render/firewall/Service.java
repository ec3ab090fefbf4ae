package dev.flowdoc.render.firewall;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a rule lets through on one protocol: "tcp" with its destination ports or port ranges. Protocols without
 * ports (icmp, esp, gre) have an empty {@code ports}; ICMP types go in {@code icmpTypes} (empty: every type).
 */
public record Service(String protocol, List<PortRange> ports, List<String> icmpTypes) {
    public Service {
        ports = List.copyOf(ports);
        icmpTypes = List.copyOf(icmpTypes);
    }

    /** One port, or a range from {@code low} to {@code high}. */
    public record PortRange(int low, int high) {
        public String text(String dash) {
            return low == high ? String.valueOf(low) : low + dash + high;
        }
    }

    public boolean hasPorts() {
        return !ports.isEmpty();
    }

    /** The ports joined: "80,443,41000-41100" with {@code separator} ","; ranges with "-". */
    public String ports(String separator) {
        return ports.stream().map(p -> p.text("-")).collect(Collectors.joining(separator));
    }

    /** A stable object name: "tcp-25", "udp-53", "tcp-80_443", "icmp" (every type), "icmp-8", "icmpv6-128_129". */
    public String name() {
        return protocol + (ports.isEmpty() ? "" : "-" + ports("_")) + (icmpTypes.isEmpty() ? "" : "-" + String.join("_", icmpTypes));
    }
}
