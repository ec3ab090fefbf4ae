package dev.flowdoc.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.NetAddress;
import dev.flowdoc.model.Project;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's address file ({@code flowdoc firewall --addresses FILE}): addresses per endpoint id, with the place of
 * each endpoint's entry, and the optional zone map. Checked against data/schema/addresses.schema.json, then every
 * endpoint id against the project and every address for its syntax; all problems are reported at their line and
 * column.
 */
public record AddressFile(String file, Map<String, List<NetAddress>> endpoints, Map<String, Location> places,
                          Map<String, String> zones, PolicyIds policyIds) {
    /** The FortiGate policy numbers flowdoc may use, {@code first} to {@code last}; {@code given}: from the file. */
    public record PolicyIds(long first, long last, boolean given) {
        /** The documented default: six-digit numbers. */
        public static final PolicyIds DEFAULT = new PolicyIds(100_000, 999_999, false);
        /** The highest policy number FortiOS takes. */
        public static final long MAX = 4_294_967_294L;

        public long size() {
            return last - first + 1;
        }

        @Override
        public String toString() {
            return first + "-" + last;
        }
    }

    public AddressFile {
        endpoints = Map.copyOf(endpoints);
        places = Map.copyOf(places);
        zones = Map.copyOf(zones);
    }

    /** Where the endpoint's entry stands, else the file itself. */
    public Location place(String endpointId) {
        return places.getOrDefault(endpointId, new Location(file, 1, 1));
    }

    /** Empty when the file has errors (reported). {@code zoneKeys}: the zones endpoints may stand in. */
    public static Optional<AddressFile> read(Path path, String display, Project project, List<String> zoneKeys,
                                             Problems problems) {
        Optional<JsonDocument> read = JsonDocument.read(path, display, problems);
        if (read.isEmpty() || !SchemaCheck.check(read.get(), "addresses", problems)) {
            return Optional.empty();
        }
        JsonDocument doc = read.get();
        int before = (int) problems.errorCount();
        List<String> known = project.endpoints().stream().map(Endpoint::id).toList();
        Map<String, List<NetAddress>> endpoints = new LinkedHashMap<>();
        Map<String, Location> places = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.root().get("endpoints").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = entry.getKey();
            String pointer = JsonDocument.pointer("/endpoints", id);
            places.put(id, doc.keyAt(pointer));
            if (!known.contains(id)) {
                String hint = Suggest.didYouMean(id, known);
                problems.error(doc.keyAt(pointer), "unknown endpoint '" + id + "'",
                        (hint == null ? "" : hint + " ") + "endpoint ids are those of data/endpoints.json; "
                                + "flowdoc firewall --addresses-template writes the ones a profile needs");
                continue;
            }
            List<NetAddress> addresses = new ArrayList<>();
            for (int i = 0; i < entry.getValue().size(); i++) {
                String raw = entry.getValue().get(i).asText();
                String problem = NetAddress.problem(raw);
                if (problem != null) {
                    problems.error(doc.at(JsonDocument.pointer(pointer, i)), "endpoint '" + id + "': " + problem,
                            "one address, network, range or host name per string");
                } else {
                    NetAddress.parseAll(raw).stream().filter(a -> !addresses.contains(a)).forEach(addresses::add);
                }
            }
            endpoints.put(id, addresses);
        }
        Map<String, String> zones = new LinkedHashMap<>();
        JsonNode zoneMap = doc.root().get("zones");
        if (zoneMap != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = zoneMap.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!zoneKeys.contains(entry.getKey())) {
                    String hint = Suggest.didYouMean(entry.getKey(), zoneKeys);
                    problems.error(doc.keyAt(JsonDocument.pointer("/zones", entry.getKey())), "unknown zone '" + entry.getKey() + "'",
                            (hint == null ? "" : hint + " ") + "the zones are " + String.join(", ", zoneKeys));
                } else {
                    zones.put(entry.getKey(), entry.getValue().asText());
                }
            }
        }
        PolicyIds policyIds = PolicyIds.DEFAULT;
        JsonNode ids = doc.root().path("fortigate").get("policyIds");
        if (ids != null) {
            String[] ends = ids.asText().split("-");
            Location where = doc.at("/fortigate/policyIds");
            try {
                long first = Long.parseLong(ends[0].strip());
                long last = Long.parseLong(ends[1].strip());
                // a number per flow, and one more for the rule back of a two-way flow
                long flows = project.history().flows().map(dev.flowdoc.model.Flow::id).distinct().count()
                        + project.history().flows().filter(dev.flowdoc.model.Flow::rulesBothWays)
                                .map(dev.flowdoc.model.Flow::id).distinct().count();
                if (first < 1 || last > PolicyIds.MAX || first > last) {
                    problems.error(where, "fortigate.policyIds '" + ids.asText() + "' is no range of policy numbers",
                            "write \"FIRST-LAST\", lower first, from 1 to " + PolicyIds.MAX + " (e.g. \"10000-19999\")");
                } else if (last - first + 1 < flows) {
                    problems.error(where, "fortigate.policyIds '" + ids.asText() + "' holds " + (last - first + 1)
                            + " numbers, and the data needs " + flows + " over all releases (one per flow, one more for the way"
                            + " back of a two-way flow)",
                            "give a range of at least " + flows + " numbers (e.g. \"" + first + "-" + (first + Math.max(flows, 1000) - 1) + "\")");
                } else {
                    policyIds = new PolicyIds(first, last, true);
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                problems.error(where, "fortigate.policyIds '" + ids.asText() + "' is no range of policy numbers",
                        "write \"FIRST-LAST\" (e.g. \"10000-19999\")");
            }
        }
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new AddressFile(display, endpoints, places, zones, policyIds));
    }
}
