package dev.flowdoc.load;

import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.FlowAddresses;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.NetAddress;
import dev.flowdoc.model.Project;
import dev.flowdoc.diag.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The customer's addresses per flow, from an address file (per endpoint) or a filled checklist (per flow), checked
 * against the flows and the target format: host names where the format has no objects for them (nftables), flows
 * whose two sides share no address family, flows of the checklist the release does not have. Errors go to
 * {@code problems}; flows without addresses are left out with a warning.
 */
public final class CustomerAddresses {
    private CustomerAddresses() {}

    /** What the target format can express: its name for messages and whether it has host-name objects. */
    public record Target(String name, boolean hostNames) {}

    public static Map<String, FlowAddresses> fromFile(AddressFile file, Project project, List<Flow> flows, Target target,
                                                      Problems problems) {
        Map<String, List<String>> leftOut = new LinkedHashMap<>();
        Set<String> refused = new LinkedHashSet<>();
        Map<String, FlowAddresses> out = new LinkedHashMap<>();
        for (Flow flow : flows) {
            List<NetAddress> source = side(file, project, flow.source(), target, refused, problems);
            List<NetAddress> destination = side(file, project, flow.destination(), target, refused, problems);
            for (String id : concat(flow.source(), flow.destination())) {
                if (file.endpoints().getOrDefault(id, List.of()).isEmpty()
                        && project.endpoint(id).map(e -> e.host() == null && !e.any()).orElse(true)) {
                    leftOut.computeIfAbsent(id, k -> new ArrayList<>()).add(flow.id());
                }
            }
            FlowAddresses a = new FlowAddresses(source, destination);
            if (!a.isEmpty()) {
                families(a, flow, target, file.place(flow.source().get(0)), problems);
                out.put(flow.id(), a);
            }
        }
        leftOut.forEach((id, ids) -> problems.warning(file.place(id), "endpoint '" + id + "' has no addresses; left out: "
                + String.join(", ", ids), "write its addresses under \"" + id + "\" to have rules for them"));
        return out;
    }

    private static List<NetAddress> side(AddressFile file, Project project, List<String> endpoints, Target target,
                                         Set<String> refused, Problems problems) {
        List<NetAddress> any = anySide(project, endpoints);
        if (any != null) {
            // the data says "any address": what a file gives for it is ignored, and said so once
            endpoints.stream().filter(id -> project.endpoint(id).map(Endpoint::any).orElse(false))
                    .filter(id -> !file.endpoints().getOrDefault(id, List.of()).isEmpty() && refused.add(id + " any"))
                    .forEach(id -> problems.warning(file.place(id), "endpoint '" + id + "' stands for any address (\"any\": true in"
                            + " data/endpoints.json); the addresses given for it are ignored, its rules match 0.0.0.0/0 and ::/0",
                            "remove its entry from " + file.file() + ", or make it a concrete endpoint in the data"));
            return any;
        }
        List<NetAddress> out = new ArrayList<>();
        for (String id : endpoints) {
            List<NetAddress> given = file.endpoints().getOrDefault(id, List.of());
            Optional<Endpoint> endpoint = project.endpoint(id);
            if (given.isEmpty() && endpoint.isPresent() && endpoint.get().host() != null) {
                if (target.hostNames()) {
                    out.add(NetAddress.parse(endpoint.get().host()).orElseThrow());
                } else if (refused.add(id)) {
                    problems.error(file.place(id), "endpoint '" + id + "' is the host " + endpoint.get().host() + ", and "
                            + target.name() + " matches addresses only", "write its addresses under \"" + id + "\" in " + file.file());
                }
                continue;
            }
            for (NetAddress a : given) {
                if (a.kind() == NetAddress.Kind.HOST && !target.hostNames()) {
                    if (refused.add(id + " " + a.text())) {
                        problems.error(file.place(id), "endpoint '" + id + "': '" + a.text() + "' is a host name, and "
                                + target.name() + " matches addresses only", "write its IPv4 or IPv6 addresses instead");
                    }
                } else {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /**
     * Addresses per flow from the filled checklist; {@code project} is viewed at the checklist's release. A side left
     * empty takes the addresses of its endpoints' {@code endpoint.ID.address} fields (the product's roles). A flow
     * whose own fields are both empty is left out (with a warning, unless its two sides are all endpoint addresses);
     * a flow with one side filled and the other empty is an error naming the empty field.
     */
    public static Map<String, FlowAddresses> fromChecklist(FilledChecklist list, Project project, Target target,
                                                           Problems problems) {
        alternativesTicked(list, project, problems);
        return fromFields(list, list.flows(), "flow.", project, target, problems);
    }

    /**
     * Warns about each group of alternatives ({@code "oneOf": true}) of which the checklist ticks two or more flows as
     * opened: the customer is to choose one. The ruleset still has a rule for every flow whose addresses are filled in.
     */
    static void alternativesTicked(FilledChecklist list, Project project, Problems problems) {
        List<String> ticked = list.ticked().stream().map(id -> flowOf(id, project)).flatMap(Optional::stream).map(Flow::id).toList();
        for (Group group : project.groups()) {
            if (!group.oneOf()) {
                continue;
            }
            List<String> chosen = group.flows().stream().map(Flow::id).filter(ticked::contains).toList();
            if (chosen.size() >= 2) {
                problems.warning(Location.of(list.file()), "group '" + group.id() + "' has \"oneOf\": true (exactly one of its flows is needed),"
                                + " but the checklist ticks " + chosen.size() + " of them as opened: " + String.join(", ", chosen),
                        "tick only the one chosen and empty the others' fields; a rule is written for each flow whose addresses are filled in");
            }
        }
    }

    /**
     * The addresses the flows to close had, from the upgrade checklist's section to close, read as the flows to open
     * are; {@code history}: every release's flows. A flow without addresses on both sides has none here.
     */
    public static Map<String, FlowAddresses> closingFromChecklist(FilledChecklist list, Project history, Target target,
                                                                  Problems problems) {
        return fromFields(list, list.closing(), "close.", history, target, problems);
    }

    private static Map<String, FlowAddresses> fromFields(FilledChecklist list, Map<String, FilledChecklist.Sides> fields,
                                                        String prefix, Project project, Target target, Problems problems) {
        boolean closing = prefix.equals("close.");
        Location at = Location.of(list.file());
        Map<String, List<NetAddress>> byEndpoint = new LinkedHashMap<>();
        list.endpoints().forEach((fieldId, text) -> {
            String field = FilledChecklist.endpointField(fieldId);
            Optional<Endpoint> endpoint = project.endpoints().stream().filter(e -> e.id().replace('.', '_').equals(fieldId)).findFirst();
            if (endpoint.isEmpty()) {
                problems.error(at, "field '" + field + "': the data has no endpoint '" + fieldId + "'",
                        "give the checklist flowdoc wrote for this project");
                return;
            }
            // read twice when the checklist closes flows: its problems are told once
            byEndpoint.put(endpoint.get().id(), parse(text, field, at, target, closing ? new Problems() : problems));
        });
        Map<String, FlowAddresses> out = new LinkedHashMap<>();
        List<String> empty = new ArrayList<>();
        fields.forEach((fieldId, sides) -> {
            Optional<Flow> flow = flowOf(fieldId, project);
            if (flow.isEmpty()) {
                problems.error(at, "field '" + FilledChecklist.field(fieldId, "source") + "': release " + project.release()
                        + " has no flow '" + fieldId + "'", "give the checklist flowdoc wrote for this release of the data");
                return;
            }
            String sourceField = prefix + fieldId + ".source";
            String destinationField = prefix + fieldId + ".destination";
            List<NetAddress> source = sides.source().isBlank() ? fromEndpoints(flow.get().source(), byEndpoint, project)
                    : parse(sides.source(), sourceField, at, target, problems);
            List<NetAddress> destination = sides.destination().isBlank() ? fromEndpoints(flow.get().destination(), byEndpoint, project)
                    : parse(sides.destination(), destinationField, at, target, problems);
            boolean own = !closing && (!sides.source().isBlank() || !sides.destination().isBlank());
            if (own && sides.source().isBlank() && source.isEmpty()) {
                problems.error(at, "field '" + sourceField + "' is empty, while '" + destinationField + "' is filled in",
                        halfFilled(flow.get().source(), project));
            } else if (own && sides.destination().isBlank() && destination.isEmpty()) {
                problems.error(at, "field '" + destinationField + "' is empty, while '" + sourceField + "' is filled in",
                        halfFilled(flow.get().destination(), project));
            } else if (source.isEmpty() || destination.isEmpty()) {
                if (!closing) {
                    empty.add(flow.get().id());
                }
            } else {
                FlowAddresses a = new FlowAddresses(source, destination);
                families(a, flow.get(), target, at, problems);
                out.put(flow.get().id(), a);
            }
        });
        if (!empty.isEmpty()) {
            problems.warning(at, "flows left empty, left out: " + String.join(", ", empty),
                    "fill their source and destination fields to have rules for them");
        }
        return out;
    }

    private static String halfFilled(List<String> endpoints, Project project) {
        List<String> fields = endpoints.stream().map(project::endpoint).flatMap(Optional::stream)
                .filter(e -> project.zoneOf(e).map(dev.flowdoc.model.Zone::appliance).orElse(false))
                .map(e -> "'" + FilledChecklist.endpointField(e.id().replace('.', '_')) + "'").toList();
        return "write its addresses" + (fields.isEmpty() ? "" : " (or those of " + String.join(", ", fields) + ")")
                + ", or empty both fields of the flow to leave it out";
    }

    private static List<NetAddress> fromEndpoints(List<String> endpointIds, Map<String, List<NetAddress>> byEndpoint,
                                                  Project project) {
        List<NetAddress> any = anySide(project, endpointIds);
        if (any != null) {
            return any;
        }
        List<NetAddress> out = new ArrayList<>();
        for (String id : endpointIds) {
            out.addAll(byEndpoint.getOrDefault(id, List.of()));
        }
        return out;
    }

    /**
     * Every address (0.0.0.0/0 and ::/0) when one of the side's endpoints stands for any address ({@code "any": true}),
     * which covers the others; null otherwise.
     */
    static List<NetAddress> anySide(Project project, List<String> endpointIds) {
        boolean any = endpointIds.stream().anyMatch(id -> project.history().endpoint(id).map(Endpoint::any).orElse(false));
        return any ? NetAddress.parseAll(NetAddress.ANY) : null;
    }

    /** The flow whose checklist field id is {@code fieldId} ('.' in ids is '_' in field names). */
    public static Optional<Flow> flowOf(String fieldId, Project project) {
        return project.flows().filter(f -> f.id().replace('.', '_').equals(fieldId)).findFirst();
    }

    private static List<NetAddress> parse(String text, String field, Location at, Target target, Problems problems) {
        List<NetAddress> out = new ArrayList<>();
        for (String raw : NetAddress.tidy(text).split("[,;\\s]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            String problem = NetAddress.problem(raw);
            if (problem != null) {
                problems.error(at, "field '" + field + "': " + problem,
                        "separate several by commas, spaces or line breaks");
                continue;
            }
            for (NetAddress a : NetAddress.parseAll(raw)) {
                if (a.kind() == NetAddress.Kind.HOST && !target.hostNames()) {
                    problems.error(at, "field '" + field + "': '" + raw + "' is a host name, and " + target.name()
                            + " matches addresses only", "write its IPv4 or IPv6 addresses instead");
                    continue;
                }
                out.add(a);
            }
        }
        return out;
    }

    /** An error when no rule could match: the sides share no address family (a host name fits either). */
    private static void families(FlowAddresses a, Flow flow, Target target, Location at, Problems problems) {
        boolean v4 = has(a.source(), NetAddress.Kind.IPV4) && has(a.destination(), NetAddress.Kind.IPV4);
        boolean v6 = has(a.source(), NetAddress.Kind.IPV6) && has(a.destination(), NetAddress.Kind.IPV6);
        boolean host = a.source().stream().anyMatch(x -> x.kind() == NetAddress.Kind.HOST)
                || a.destination().stream().anyMatch(x -> x.kind() == NetAddress.Kind.HOST);
        if (!v4 && !v6 && !host) {
            problems.error(at, "flow '" + flow.id() + "': its source and destination share no address family (IPv4 on one side, IPv6 on the other), so no rule can match",
                    "give both sides IPv4 addresses, or both IPv6 ones");
        }
    }

    private static boolean has(List<NetAddress> addresses, NetAddress.Kind kind) {
        return addresses.stream().anyMatch(x -> x.kind() == kind);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
