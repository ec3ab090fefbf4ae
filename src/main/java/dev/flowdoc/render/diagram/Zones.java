package dev.flowdoc.render.diagram;

import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Zone;
import java.util.List;

/**
 * The diagram's one question to the model about zones: which zone an endpoint stands in, what the zone is called,
 * and the zones' order from left (outside) to right (inside). The only class of the diagram that knows
 * {@link Zone}, so that declaring zones in data changes this class alone.
 */
final class Zones {
    /** Left to right: from the Internet through the perimeter to the appliance and the internal network. */
    private static final List<Zone> ORDER = List.of(Zone.INTERNET, Zone.PERIMETER, Zone.APPLIANCE, Zone.INTERNAL);

    private final Project project;
    private final Messages words;

    Zones(Project project, Messages words) {
        this.project = project;
        this.words = words;
    }

    /** The key of the endpoint's zone ("internet", …); an unknown endpoint (validation rejects it) stands in the first. */
    String of(String endpointId) {
        return project.endpoint(endpointId).map(Endpoint::zone).orElse(ORDER.get(0)).key();
    }

    /** Every zone's key, left to right. */
    List<String> keys() {
        return ORDER.stream().map(Zone::key).toList();
    }

    /** The zone's name in the words' language: "Internet", "internes Netz". */
    String label(String key) {
        return words.get("zone." + key);
    }
}
