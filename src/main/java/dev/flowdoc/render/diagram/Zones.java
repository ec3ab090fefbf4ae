package dev.flowdoc.render.diagram;

import dev.flowdoc.view.EndpointName;
import dev.flowdoc.view.ZoneName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The diagram's zones, from the view: which zone an endpoint stands in, what the zone is called (the view's
 * {@link ZoneName}), and the zones' order from left (outside) to right (inside). Order: with the built-in zones
 * Internet, perimeter, appliance, internal network; with zones of data/zones.json the Internet zones first, then
 * the others in the order of the file.
 */
final class Zones {
    /** Left to right for the built-in zones: from the Internet through the perimeter to the appliance and the LAN. */
    private static final List<String> DEFAULT_ORDER = List.of("internet", "perimeter", "appliance", "internal");

    private final Map<String, ZoneName> names = new LinkedHashMap<>();
    private final List<String> order;

    Zones(List<ZoneName> zones) {
        zones.forEach(z -> names.put(z.id(), z));
        List<String> ids = List.copyOf(names.keySet());
        if (zones.stream().noneMatch(ZoneName::declared) && DEFAULT_ORDER.containsAll(ids)) {
            this.order = DEFAULT_ORDER.stream().filter(ids::contains).toList();
        } else {
            List<String> out = new ArrayList<>();
            zones.stream().filter(ZoneName::internet).map(ZoneName::id).forEach(out::add);
            zones.stream().filter(z -> !z.internet()).map(ZoneName::id).forEach(out::add);
            this.order = List.copyOf(out);
        }
    }

    /** The id of the endpoint's zone ("internet", …); an unknown endpoint (validation rejects it) stands in the first. */
    String of(EndpointName endpoint) {
        return endpoint.zone() != null && order.contains(endpoint.zone()) ? endpoint.zone() : order.get(0);
    }

    /** Every zone's id, left to right. */
    List<String> keys() {
        return order;
    }

    /** The zone's name in the view's language ("Internet", "Internes Netz"). */
    String label(String id) {
        ZoneName zone = names.get(id);
        return zone == null ? id : zone.label();
    }
}
