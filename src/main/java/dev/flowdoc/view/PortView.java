package dev.flowdoc.view;

import java.util.List;

/**
 * One port spec of a row for outputs that write ports as data (flows.json, the filter script's attributes):
 * {@code protocols} as labels ("TCP"), {@code protocolKeys} as keys ("tcp"), ranges, ICMP types, the service and
 * {@code label}, the spec without words ("TCP 25 (SMTP)").
 */
public record PortView(List<String> protocols, List<String> protocolKeys, List<Range> ranges, List<Integer> icmpTypes,
                       String service, String label) {
    public PortView {
        protocols = List.copyOf(protocols);
        protocolKeys = List.copyOf(protocolKeys);
        ranges = List.copyOf(ranges);
        icmpTypes = List.copyOf(icmpTypes);
    }

    /** A single port ({@code single}, from == to) or a range from–to. {@code key} as the data writes it: "25", "41000-41100". */
    public record Range(int from, int to, boolean single, String key) {}
}
