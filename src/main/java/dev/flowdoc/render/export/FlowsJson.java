package dev.flowdoc.render.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowdoc.model.Change;
import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.PortSpec;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Protocol;
import dev.flowdoc.model.Text;
import dev.flowdoc.model.Zone;
import dev.flowdoc.render.Labels;
import dev.flowdoc.render.Messages;
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

    public static String write(Project project, Map<Language, Messages> messages, String dataVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("product", project.product().name());
        root.put("productVersion", project.release().toString());
        root.put("dataVersion", dataVersion);
        ArrayNode languages = root.putArray("languages");
        for (Language l : Language.values()) {
            languages.add(l.code());
        }
        ArrayNode flows = root.putArray("flows");
        for (Group group : project.groups()) {
            for (Flow flow : group.flows()) {
                flows.add(flow(project, group, flow, messages));
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode flow(Project project, Group group, Flow flow, Map<Language, Messages> messages) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", flow.id());
        n.put("anchor", flow.anchor());
        n.put("group", group.id());
        n.set("groupTitle", text(group.title(), project, messages));
        n.put("requirement", group.requirementOf(flow).key());
        Text when = group.requiredWhenOf(flow);
        n.set("requiredWhen", when == null ? null : text(when, project, messages));
        n.put("since", group.sinceOf(flow));
        n.put("removed", group.removedOf(flow));
        ArrayNode changes = n.putArray("changes");
        for (Change c : flow.changes()) {
            // changes after the documented release are not visible yet: the ports are those of then
            if (dev.flowdoc.model.Version.parse(c.version()).map(v -> v.isAfter(project.release())).orElse(true)) {
                continue;
            }
            ObjectNode change = changes.addObject();
            change.put("version", c.version());
            change.set("portsBefore", ports(c.portsBefore()));
            change.set("note", text(c.note(), project, messages));
        }
        n.put("direction", project.direction(flow).key());
        n.put("fromInternet", project.fromZone(flow, Zone.INTERNET));
        n.set("ports", ports(flow.ports()));
        n.put("portsAndOr", flow.portsAndOr());
        n.set("source", endpoints(flow.source(), project));
        n.set("destination", endpoints(flow.destination(), project));
        n.set("description", text(flow.description(), project, messages));
        n.put("proxy", flow.proxy() != null);
        if (flow.proxy() != null && flow.proxy().menu() != null) {
            n.put("proxyMenu", project.menuEntry(flow.proxy().menu()).map(m -> m.pathLabel()).orElse(null));
        }
        return n;
    }

    private static ArrayNode ports(java.util.List<PortSpec> specs) {
        ArrayNode ports = MAPPER.createArrayNode();
        for (PortSpec p : specs) {
            ObjectNode port = ports.addObject();
            ArrayNode protocols = port.putArray("protocols");
            p.protocols().stream().map(Protocol::name).forEach(protocols::add);
            ArrayNode numbers = port.putArray("ports");
            p.ports().forEach(numbers::add);
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
            e.put("zone", endpoint.zone().key());
        }
        return list;
    }

    private static ObjectNode text(Text text, Project project, Map<Language, Messages> messages) {
        ObjectNode n = MAPPER.createObjectNode();
        for (Language l : Language.values()) {
            n.put(l.code(), new Labels(project, messages.get(l)).plain(text));
        }
        return n;
    }
}
