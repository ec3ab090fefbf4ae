package dev.flowdoc.model;

import java.util.List;

/** The customer's addresses for one flow: where it comes from and where it goes. */
public record FlowAddresses(List<NetAddress> source, List<NetAddress> destination) {
    public FlowAddresses {
        source = List.copyOf(source.stream().distinct().toList());
        destination = List.copyOf(destination.stream().distinct().toList());
    }

    public boolean isEmpty() {
        return source.isEmpty() || destination.isEmpty();
    }
}
