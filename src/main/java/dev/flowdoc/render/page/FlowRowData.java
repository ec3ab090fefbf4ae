package dev.flowdoc.render.page;

import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.PortView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the site's filter script reads from a flow table row: the {@code data-*} attributes of its {@code <tr>}, in
 * the order they are written, from the view's row.
 */
public final class FlowRowData {
    private FlowRowData() {}

    /** Attribute name to value, in order. */
    public static Map<String, String> of(FlowRow row) {
        // single ports and ranges as the data writes them ("25 41000-41100"): filter.js matches a port inside a range
        String ports = row.portSpecs().stream().flatMap(p -> p.ranges().stream()).map(PortView.Range::key).distinct()
                .collect(Collectors.joining(" "));
        String protocols = row.portSpecs().stream().flatMap(p -> p.protocolKeys().stream()).distinct()
                .collect(Collectors.joining(" "));
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("data-flow", row.id());
        attributes.put("data-group", row.groupId());
        attributes.put("data-ports", ports);
        attributes.put("data-protocols", protocols);
        attributes.put("data-direction", row.directionKey());
        attributes.put("data-bidirectional", String.valueOf(row.bidirectional()));
        attributes.put("data-internet", String.valueOf(row.fromInternet()));
        return attributes;
    }
}
