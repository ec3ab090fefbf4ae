package dev.flowdoc.audit;

import dev.flowdoc.audit.policy.PortRange;
import java.util.List;

/**
 * One documented flow as the evaluator needs it: its customer addresses as spans, its services as protocol and
 * port (or ICMP type) ranges (empty list: a protocol without ports), the zone of each side when the side has one,
 * and whether each side is the appliance.
 */
record Documented(String id, List<Span> sources, List<Span> destinations, List<Need> needs, String sourceZone,
                  String destinationZone, boolean fromAppliance, boolean toAppliance) {
    record Need(String protocol, List<PortRange> ranges) {}

    /** True when this flow needs the probe's traffic. */
    boolean covers(Probe p) {
        if (sources.stream().noneMatch(s -> s.covers(p.source())) || destinations.stream().noneMatch(d -> d.covers(p.destination()))) {
            return false;
        }
        for (Need n : needs) {
            if (!Judge.protocolFor(n.protocol(), p.source(), p.destination()).equals(p.protocol())) {
                continue;
            }
            if (p.ports() == null ? n.ranges().isEmpty() : n.ranges().stream().anyMatch(r -> r.covers(p.ports()))) {
                return true;
            }
        }
        return false;
    }
}
