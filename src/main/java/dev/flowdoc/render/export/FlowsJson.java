package dev.flowdoc.render.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowdoc.model.Change;
import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.PortRange;
import dev.flowdoc.model.PortSpec;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Protocol;
import dev.flowdoc.model.Text;
import dev.flowdoc.model.Zone;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.GroupBlock;
import dev.flowdoc.view.Labels;
import java.util.Map;

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
        root.put("productVersion", project.release().toString());
        root.put("dataVersion", dataVersion);
        ArrayNode languages = root.putArray("languages");
        for (Language l : Language.values()) {
            languages.add(l.code());
        }
        // the zones endpoints stand in, named in every language ("zone" of an endpoint is one of these ids)
        ArrayNode zones = root.putArray("zones");
        for (Zone zone : project.zones()) {
            ObjectNode z = zones.addObject();
            z.put("id", zone.id());
            z.set("label", words(views, v -> new Labels(v.project(), v.words()).zone(zone)));
            z.put("internet", zone.internet());
            z.put("appliance", zone.appliance());
        }
        ArrayNode flows = root.putArray("flows");
        Map<Language, Lookup> lookups = new java.util.EnumMap<>(Language.class);
        views.forEach((language, view) -> lookups.put(language, Lookup.of(view)));
        for (GroupBlock group : source.groups()) {
            for (FlowRow row : group.rows()) {
                flows.add(flow(project, group, row, views, lookups));
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

    private static ObjectNode flow(Project project, GroupBlock group, FlowRow row, Map<Language, DocView> views,
                                   Map<Language, Lookup> lookups) {
        Flow flow = row.flow();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", flow.id());
        n.put("anchor", flow.anchor());
        n.put("group", group.id());
        n.set("groupTitle", words(lookups, v -> v.group(group.id()).title()));
        n.put("requirement", group.group().requirementOf(flow).key());
        n.set("requirementText", words(lookups, v -> v.row(flow.id()).requirement()));
        Text when = group.group().requiredWhenOf(flow);
        n.set("requiredWhen", when == null ? null : text(when, project, views));
        n.put("since", group.group().sinceOf(flow));
        n.put("removed", group.group().removedOf(flow));
        ArrayNode changes = n.putArray("changes");
        for (Change c : flow.changes()) {
            // changes after the documented release are not visible yet: the ports are those of then
            if (dev.flowdoc.model.Version.parse(c.version()).map(v -> v.isAfter(project.release())).orElse(true)) {
                continue;
            }
            ObjectNode change = changes.addObject();
            change.put("version", c.version());
            change.set("portsBefore", ports(c.portsBefore()));
            change.set("note", text(c.note(), project, views));
        }
        ArrayNode annotations = n.putArray("annotations");
        for (int i = 0; i < row.annotations().size(); i++) {
            int index = i;
            ObjectNode a = annotations.addObject();
            a.put("kind", row.annotations().get(i).kind().key());
            a.put("version", row.annotations().get(i).version());
            a.set("text", words(lookups, v -> v.row(flow.id()).annotations().get(index).words()));
        }
        n.put("direction", project.direction(flow).key());
        n.put("fromInternet", row.fromInternet());
        n.set("ports", ports(flow.ports()));
        n.set("portsText", words(lookups, v -> v.row(flow.id()).portsText()));
        n.put("portsAndOr", flow.portsAndOr());
        n.set("source", endpoints(flow.source(), project));
        n.set("destination", endpoints(flow.destination(), project));
        n.set("description", words(lookups, v -> v.row(flow.id()).descriptionText()));
        n.put("proxy", flow.proxy() != null);
        if (flow.proxy() != null && flow.proxy().menu() != null) {
            n.put("proxyMenu", project.menuEntry(flow.proxy().menu()).map(m -> m.pathLabel()).orElse(null));
        }
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

    private static ArrayNode ports(java.util.List<PortSpec> specs) {
        ArrayNode ports = MAPPER.createArrayNode();
        for (PortSpec p : specs) {
            ObjectNode port = ports.addObject();
            ArrayNode protocols = port.putArray("protocols");
            p.protocols().stream().map(Protocol::label).forEach(protocols::add);
            // single ports as numbers, ranges as {"from", "to"}; ICMP types only where the data names them
            ArrayNode numbers = port.putArray("ports");
            for (PortRange r : p.ports()) {
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

    private static ArrayNode endpoints(java.util.List<String> ids, Project project) {
        ArrayNode list = MAPPER.createArrayNode();
        for (String id : ids) {
            ObjectNode e = list.addObject();
            e.put("id", id);
            Endpoint endpoint = project.endpoint(id).orElseThrow();
            e.put("host", endpoint.host());
            ObjectNode name = e.putObject("name");
            for (Language l : Language.values()) {
                name.put(l.code(), endpoint.name(l));
            }
            e.put("zone", endpoint.zone());
        }
        return list;
    }

    private static ObjectNode text(Text text, Project project, Map<Language, DocView> views) {
        ObjectNode n = MAPPER.createObjectNode();
        for (Language l : Language.values()) {
            n.put(l.code(), new Labels(project, views.get(l).words()).plain(text));
        }
        return n;
    }
}
