package dev.flowdoc.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdoc.model.Change;
import dev.flowdoc.model.Condition;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.PortRange;
import dev.flowdoc.model.PortSpec;
import dev.flowdoc.model.PortsJoin;
import dev.flowdoc.model.Protocol;
import dev.flowdoc.model.Proxy;
import dev.flowdoc.model.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads one flow of data/flows.json (schema-checked) into the model: ports, changes, proxy, condition, positions. */
final class FlowReader {
    private FlowReader() {}

    static Flow flow(JsonDocument doc, JsonNode f, String at) {
        List<PortSpec> ports = ports(doc, f.get("ports"), at + "/ports");
        List<Change> changes = new ArrayList<>();
        for (int k = 0; k < f.path("changes").size(); k++) {
            JsonNode c = f.get("changes").get(k);
            String cat = at + "/changes/" + k;
            Requirement before = c.has("requirementBefore")
                    ? Requirement.valueOf(c.get("requirementBefore").asText().toUpperCase(Locale.ROOT)) : null;
            changes.add(new Change(c.get("version").asText(), ports(doc, c.path("portsBefore"), cat + "/portsBefore"), before,
                    JsonValues.localized(doc, cat + "/note"), doc.at(cat), before == null ? null : doc.at(cat + "/requirementBefore")));
        }
        Proxy proxy = f.has("proxy") ? new Proxy(JsonValues.text(f.get("proxy"), "menu"), f.get("proxy").path("inDescription").asBoolean(false), doc.at(at + "/proxy")) : null;
        return new Flow(f.get("id").asText(), ports, portsJoin(f),
                JsonValues.strings(f.get("source")), JsonValues.strings(f.get("destination")), JsonValues.localized(doc, at + "/description"),
                requirement(f), JsonValues.localized(doc, at + "/requiredWhen"), JsonValues.text(f, "since"), JsonValues.text(f, "removed"), changes,
                proxy, condition(doc, at), doc.at(at), valuePositions(doc, f, at),
                f.path("bidirectional").asBoolean(false));
    }

    /**
     * "portsJoin" as written, else "portsAndOr": true as its old spelling of "andOr", else "and". Where both are written
     * and disagree, the schema refuses the flow (see flows.schema.json), so the two never contradict here.
     */
    static PortsJoin portsJoin(JsonNode f) {
        if (f.has("portsJoin")) {
            return PortsJoin.parse(f.get("portsJoin").asText()).orElse(PortsJoin.AND);
        }
        return f.path("portsAndOr").asBoolean(false) ? PortsJoin.AND_OR : PortsJoin.AND;
    }

    /** Where the flow's endpoint references stand ("source/0" → its string), for messages at the value. */
    private static java.util.Map<String, Location> valuePositions(JsonDocument doc, JsonNode f, String at) {
        java.util.Map<String, Location> out = new java.util.LinkedHashMap<>();
        for (String field : List.of("source", "destination")) {
            for (int i = 0; i < f.get(field).size(); i++) {
                out.put(field + "/" + i, doc.at(at + "/" + field + "/" + i));
            }
        }
        if (f.has("bidirectional")) {
            out.put("bidirectional/0", doc.at(at + "/bidirectional"));
        }
        return out;
    }

    /** The condition written on the group or flow at {@code owner}, else {@link Condition#ALWAYS}. */
    static Condition condition(JsonDocument doc, String owner) {
        return DeploymentLoader.condition(doc, owner + "/condition").orElse(Condition.ALWAYS);
    }

    /** The port specs at {@code at}; ranges "from-to" as the schema allows them (the validator checks their numbers). */
    private static List<PortSpec> ports(JsonDocument doc, JsonNode specs, String at) {
        List<PortSpec> ports = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            JsonNode p = specs.get(i);
            String spec = at + "/" + i;
            List<Protocol> protocols = new ArrayList<>();
            p.get("protocols").forEach(x -> Protocol.parse(x.asText()).ifPresent(protocols::add));
            List<PortRange> ranges = new ArrayList<>();
            for (int k = 0; k < p.path("ports").size(); k++) {
                JsonNode x = p.get("ports").get(k);
                Location where = doc.at(spec + "/ports/" + k);
                if (x.isTextual()) {
                    String[] bounds = x.asText().split("-", 2);
                    ranges.add(new PortRange(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]), true, where));
                } else {
                    ranges.add(new PortRange(x.asInt(), x.asInt(), false, where));
                }
            }
            List<Integer> types = new ArrayList<>();
            p.path("icmpTypes").forEach(x -> types.add(x.asInt()));
            ports.add(new PortSpec(protocols, ranges, types, JsonValues.text(p, "service"), doc.at(spec)));
        }
        return ports;
    }

    static Requirement requirement(JsonNode n) {
        return n.has("requirement") ? Requirement.valueOf(n.get("requirement").asText().toUpperCase(Locale.ROOT)) : null;
    }
}
