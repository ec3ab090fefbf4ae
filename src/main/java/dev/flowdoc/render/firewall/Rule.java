package dev.flowdoc.render.firewall;

import dev.flowdoc.model.NetAddress;
import java.util.List;

/**
 * One flow as a firewall rule: its id (the rule's name or comment), its description in words, the customer's
 * addresses, the services, the zone keys of its endpoints, whether it ends on the appliance, and {@code number}, a
 * stable policy number derived from the id (FortiGate policies are deleted by number); {@code changed}: in a
 * delta, the flow exists already and its ports change; {@code anySource}, {@code anyDestination}: the side names an
 * endpoint for any address (its addresses are then 0.0.0.0/0 and ::/0; FortiGate writes "all", PAN-OS "any");
 * {@code fromAppliance}, {@code toApplianceOnly}: every endpoint of that side is the appliance, so its addresses are
 * the appliance's (nftables closes what no flow opens to and from them).
 */
public record Rule(String flowId, String description, List<NetAddress> sources, List<NetAddress> destinations,
                   List<Service> services, List<String> fromZones, List<String> toZones, boolean toAppliance,
                   long number, boolean changed, boolean anySource, boolean anyDestination, boolean fromAppliance,
                   boolean toApplianceOnly) {
    public Rule {
        sources = List.copyOf(sources);
        destinations = List.copyOf(destinations);
        services = List.copyOf(services);
        fromZones = List.copyOf(fromZones);
        toZones = List.copyOf(toZones);
    }

    /** The source and destination addresses of one kind (IPv4, IPv6, host). */
    public List<NetAddress> sources(NetAddress.Kind kind) {
        return sources.stream().filter(a -> a.kind() == kind).toList();
    }

    public List<NetAddress> destinations(NetAddress.Kind kind) {
        return destinations.stream().filter(a -> a.kind() == kind).toList();
    }
}
