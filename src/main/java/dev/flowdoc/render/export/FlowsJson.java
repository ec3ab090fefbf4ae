package dev.flowdoc.render.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Project;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.EndpointName;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.GroupBlock;
import dev.flowdoc.view.PortView;
import dev.flowdoc.view.VersionChange;
import dev.flowdoc.view.ZoneName;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * flows.json: every flow with its stable id, both languages side by side, and the data version, for
 * firewall tooling. Keys are English and stable; texts have their references spelled out.
 */
public final class FlowsJson {
    /** Bumped when the shape of this file changes incompatibly. */
    public static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FlowsJson() {}

    public static String write(Map<Language, DocView> views, String dataVersion) {
        DocView source = views.get(Language.SOURCE);
        Project project = source.project();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("product", project.product().name());
        root.put("productVersion", source.release().toString());
        root.put("dataVersion", dataVersion);
        ArrayNode languages = root.putArray("languages");
        for (Language l : Language.values()) {
            languages.add(l.code());
        }
        // the zones endpoints stand in, named in every language ("zone" of an endpoint is one of these ids)
        ArrayNode zones = root.putArray("zones");
        for (ZoneName zone : source.zones()) {
            ObjectNode z = zones.addObject();
            z.put("id", zone.id());
            z.set("label", words(views, v -> v.zone(zone.id()).label()));
            z.put("internet", zone.internet());
            z.put("appliance", zone.appliance());
        }
        ArrayNode flows = root.putArray("flows");
        Map<Language, Lookup> lookups = new java.util.EnumMap<>(Language.class);
        views.forEach((language, view) -> lookups.put(language, Lookup.of(view)));
        for (GroupBlock group : source.groups()) {
            for (FlowRow row : group.rows()) {
                flows.add(flow(group, row, lookups));
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A view's rows and groups by id (the first of each, as {@link DocView#row} and {@link DocView#group} find them):
     * looked up per flow, a scan of the view each time would make the file quadratic in the number of flows.
     */
    private record Lookup(Map<String, FlowRow> rows, Map<String, GroupBlock> groups) {
        static Lookup of(DocView view) {
            Map<String, FlowRow> rows = new java.util.HashMap<>();
            Map<String, GroupBlock> groups = new java.util.HashMap<>();
            for (GroupBlock group : view.groups()) {
                groups.putIfAbsent(group.id(), group);
                for (FlowRow row : group.rows()) {
                    rows.putIfAbsent(row.id(), row);
                }
            }
            return new Lookup(rows, groups);
        }

        FlowRow row(String id) {
            FlowRow row = rows.get(id);
            if (row == null) {
                throw new java.util.NoSuchElementException(id);
            }
            return row;
        }

        GroupBlock group(String id) {
            GroupBlock group = groups.get(id);
            if (group == null) {
                throw new java.util.NoSuchElementException(id);
            }
            return group;
        }
    }

    private static ObjectNode flow(GroupBlock group, FlowRow row, Map<Language, Lookup> lookups) {
        String id = row.id();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", id);
        n.put("anchor", row.anchor());
        n.put("group", group.id());
        n.set("groupTitle", words(lookups, v -> v.group(group.id()).title()));
        n.put("requirement", row.requirementKey());
        n.set("requirementText", words(lookups, v -> v.row(id).requirement()));
        n.set("requiredWhen", row.requiredWhen() == null ? null : words(lookups, v -> v.row(id).requiredWhen()));
        n.put("since", row.since());
        n.put("removed", row.removed());
        // the changes the documented release sees, as the view has them
        ArrayNode changes = n.putArray("changes");
        for (int i = 0; i < row.versionChanges().size(); i++) {
            int index = i;
            VersionChange c = row.versionChanges().get(i);
            ObjectNode change = changes.addObject();
            change.put("version", c.version());
            change.set("portsBefore", ports(c.portsBefore()));
            if (c.changesRequirement()) {
                change.put("requirementBefore", c.requirementBefore());
                change.put("requirementAfter", c.requirementAfter());
            }
            change.set("note", words(lookups, v -> v.row(id).versionChanges().get(index).noteText()));
        }
        ArrayNode annotations = n.putArray("annotations");
        for (int i = 0; i < row.annotations().size(); i++) {
            int index = i;
            ObjectNode a = annotations.addObject();
            a.put("kind", row.annotations().get(i).kind().key());
            a.put("version", row.annotations().get(i).version());
            a.set("text", words(lookups, v -> v.row(id).annotations().get(index).words()));
        }
        n.put("direction", row.directionKey());
        n.set("directionText", words(lookups, v -> v.row(id).direction()));
        n.put("bidirectional", row.bidirectional());
        n.put("fromInternet", row.fromInternet());
        n.set("ports", ports(row.portSpecs()));
        n.set("portsText", words(lookups, v -> v.row(id).portsText()));
        n.put("portsJoin", row.portsJoin());
        n.put("portsAndOr", row.portsAndOr());
        n.set("source", endpoints(lookups, id, FlowRow::sources));
        n.set("destination", endpoints(lookups, id, FlowRow::destinations));
        n.set("description", words(lookups, v -> v.row(id).descriptionText()));
        n.put("proxy", row.proxy());
        if (row.proxyMenu() != null) {
            n.put("proxyMenu", row.proxyMenu());
        }
        // alternatives: exactly one flow of the group is needed, and the heading's words for it
        n.put("groupOneOf", group.oneOf() != null);
        n.set("groupOneOfText", group.oneOf() == null ? null : words(lookups, v -> v.group(group.id()).oneOf()));
        ArrayNode notes = n.putArray("groupNotes");
        for (int i = 0; i < group.notes().size(); i++) {
            int index = i;
            notes.add(words(lookups, v -> v.group(group.id()).notes().get(index)));
        }
        return n;
    }

    /** The same words of the view in every language: {"de": …, "en": …}. */
    private static <V> ObjectNode words(Map<Language, V> views, java.util.function.Function<V, String> words) {
        ObjectNode n = MAPPER.createObjectNode();
        for (Language l : Language.values()) {
            n.put(l.code(), words.apply(views.get(l)));
        }
        return n;
    }

    /** Port specs as data: protocols, single ports as numbers, ranges as {"from", "to"}, ICMP types, service, label. */
    public static ArrayNode ports(List<PortView> specs) {
        ArrayNode ports = MAPPER.createArrayNode();
        for (PortView p : specs) {
            ObjectNode port = ports.addObject();
            ArrayNode protocols = port.putArray("protocols");
            p.protocols().forEach(protocols::add);
            // single ports as numbers, ranges as {"from", "to"}; ICMP types only where the data names them
            ArrayNode numbers = port.putArray("ports");
            for (PortView.Range r : p.ranges()) {
                if (r.single()) {
                    numbers.add(r.from());
                } else {
                    numbers.addObject().put("from", r.from()).put("to", r.to());
                }
            }
            if (!p.icmpTypes().isEmpty()) {
                p.icmpTypes().forEach(port.putArray("icmpTypes")::add);
            }
            port.put("service", p.service());
            port.put("label", p.label());
        }
        return ports;
    }

    /** The row's endpoints with their names in every language. */
    private static ArrayNode endpoints(Map<Language, Lookup> lookups, String flowId, Function<FlowRow, List<EndpointName>> side) {
        ArrayNode list = MAPPER.createArrayNode();
        List<EndpointName> source = side.apply(lookups.get(Language.SOURCE).row(flowId));
        for (int i = 0; i < source.size(); i++) {
            int index = i;
            EndpointName endpoint = source.get(i);
            ObjectNode e = list.addObject();
            e.put("id", endpoint.id());
            e.put("host", endpoint.host());
            e.put("any", endpoint.any());
            e.set("name", words(lookups, v -> side.apply(v.row(flowId)).get(index).name()));
            e.put("zone", endpoint.zone());
        }
        return list;
    }
}
