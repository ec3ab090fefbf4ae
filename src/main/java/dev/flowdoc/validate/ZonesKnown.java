package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;

import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Zone;
import java.util.List;

/** Every endpoint stands in a zone the project declares (data/zones.json, else the four built-in zones). */
final class ZonesKnown implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        List<String> ids = project.zones().stream().map(Zone::id).toList();
        boolean declared = project.zones().stream().anyMatch(Zone::declared);
        for (Endpoint e : project.endpoints()) {
            if (project.zone(e.zone()).isEmpty()) {
                String where = declared ? "declare it in data/zones.json or use one of its ids"
                        : "use one of " + String.join(", ", ids) + ", or declare your zones in data/zones.json";
                problems.error(e.zoneLocation() != null ? e.zoneLocation() : e.location(),
                        "endpoint '" + e.id() + "': unknown zone '" + e.zone() + "'", Suggest.didYouMean(e.zone(), ids, where));
            }
        }
    }
}
