package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Zone;

/**
 * Error: an endpoint in a zone of the product ({@code "appliance"}) with {@code "any": true}. The product's endpoints
 * are its roles, each a concrete host: directions are seen from them and the checklists ask for each one's address,
 * so none of them can stand for every address.
 */
final class ApplianceEndpointsConcrete implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        for (Endpoint e : project.endpoints()) {
            if (e.any() && project.zoneOf(e).map(Zone::appliance).orElse(false)) {
                problems.error(e.anyLocation() != null ? e.anyLocation() : e.location(),
                        "endpoint '" + e.id() + "' stands in zone '" + e.zone() + "', the product's own, and cannot be \"any\": true:"
                                + " an endpoint of the product is a concrete host, whose address the checklists ask for",
                        "remove \"any\", or put the endpoint into a zone that is not the product's");
            }
        }
    }
}
