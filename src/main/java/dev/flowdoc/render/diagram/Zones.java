package dev.flowdoc.render.diagram;

import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Zone;
import java.util.ArrayList;
import java.util.List;

/**
 * The diagram's one question to the model about zones: which zone an endpoint stands in, what the zone is called,
 * and the zones' order from left (outside) to right (inside). The only class of the diagram that knows
 * {@link Zone}. Order: with the built-in zones Internet, perimeter, appliance, internal network; with zones of
 * data/zones.json the Internet zones first, then the others in the order of the file.
 */
final class Zones {
    /** Left to right for the built-in zones: from the Internet through the perimeter to the appliance and the LAN. */
    private static final List<String> DEFAULT_ORDER = List.of(Zone.INTERNET, "perimeter", Zone.APPLIANCE, "internal");

    private final Project project;
    private final Messages words;
    private final List<String> order;

    Zones(Project project, Messages words) {
        this.project = project;
        this.words = words;
        List<String> ids = project.zones().stream().map(Zone::id).toList();
        if (project.zones().stream().noneMatch(Zone::declared) && DEFAULT_ORDER.containsAll(ids)) {
            this.order = DEFAULT_ORDER.stream().filter(ids::contains).toList();
        } else {
            List<String> out = new ArrayList<>();
            project.zones().stream().filter(Zone::internet).map(Zone::id).forEach(out::add);
            project.zones().stream().filter(z -> !z.internet()).map(Zone::id).forEach(out::add);
            this.order = List.copyOf(out);
        }
    }

    /** The id of the endpoint's zone ("internet", …); an unknown endpoint (validation rejects it) stands in the first. */
    String of(String endpointId) {
        return project.endpoint(endpointId).map(Endpoint::zone).filter(order::contains).orElse(order.get(0));
    }

    /** Every zone's id, left to right. */
    List<String> keys() {
        return order;
    }

    /** The zone's name in the words' language: the project's label, else the bundle's ("Internet", "internes Netz"). */
    String label(String id) {
        return project.zone(id).filter(Zone::declared).map(z -> z.label().in(words.language()))
                .orElseGet(() -> words.get("zone." + id));
    }
}
