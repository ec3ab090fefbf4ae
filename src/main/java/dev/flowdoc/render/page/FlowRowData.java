package dev.flowdoc.render.page;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.PortRange;
import dev.flowdoc.model.Project;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the site's filter script reads from a flow table row: the {@code data-*} attributes of its {@code <tr>}, in
 * the order they are written. Both writers of the site's tables use it: {@link FlowTableHtml} for the tables it writes,
 * {@code RowAttributes} for a table Asciidoctor wrote.
 */
public final class FlowRowData {
    private FlowRowData() {}

    /** Attribute name to value, in order. */
    public static Map<String, String> of(Flow flow, Project project) {
        // single ports and ranges as the data writes them ("25 41000-41100"): filter.js matches a port inside a range
        String ports = flow.ports().stream().flatMap(p -> p.ports().stream()).distinct()
                .map(PortRange::key).collect(Collectors.joining(" "));
        String protocols = flow.ports().stream().flatMap(p -> p.protocols().stream()).distinct()
                .map(p -> p.key()).collect(Collectors.joining(" "));
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("data-flow", flow.id());
        attributes.put("data-group", project.groupOf(flow).id());
        attributes.put("data-ports", ports);
        attributes.put("data-protocols", protocols);
        attributes.put("data-direction", project.direction(flow).key());
        attributes.put("data-internet", String.valueOf(project.fromInternet(flow)));
        return attributes;
    }
}
