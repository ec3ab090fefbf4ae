package dev.flowdoc.load;

import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.FlowAddresses;
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
                        && project.endpoint(id).map(e -> e.host() == null).orElse(true)) {
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

    /** Addresses per flow from the filled checklist; {@code project} is viewed at the checklist's release. */
    public static Map<String, FlowAddresses> fromChecklist(FilledChecklist list, Project project, Target target,
                                                           Problems problems) {
        Map<String, FlowAddresses> out = new LinkedHashMap<>();
        List<String> empty = new ArrayList<>();
        list.flows().forEach((fieldId, sides) -> {
            Optional<Flow> flow = flowOf(fieldId, project);
            Location at = Location.of(list.file());
            if (flow.isEmpty()) {
                problems.error(at, "field '" + FilledChecklist.field(fieldId, "source") + "': release " + project.release()
                        + " has no flow '" + fieldId + "'", "name the checklist's release with --product-version X.Y.Z");
                return;
            }
            List<NetAddress> source = parse(sides.source(), FilledChecklist.field(fieldId, "source"), at, target, problems);
            List<NetAddress> destination = parse(sides.destination(), FilledChecklist.field(fieldId, "destination"), at, target, problems);
            FlowAddresses a = new FlowAddresses(source, destination);
            if (sides.source().isBlank() || sides.destination().isBlank()) {
                empty.add(flow.get().id());
            } else if (!a.isEmpty()) {
                families(a, flow.get(), target, at, problems);
                out.put(flow.get().id(), a);
            }
        });
        if (!empty.isEmpty()) {
            problems.warning(Location.of(list.file()), "flows left empty, left out: " + String.join(", ", empty),
                    "fill their source and destination fields to have rules for them");
        }
        return out;
    }

    /** The flow whose checklist field id is {@code fieldId} ('.' in ids is '_' in field names). */
    public static Optional<Flow> flowOf(String fieldId, Project project) {
        return project.flows().filter(f -> f.id().replace('.', '_').equals(fieldId)).findFirst();
    }

    private static List<NetAddress> parse(String text, String field, Location at, Target target, Problems problems) {
        List<NetAddress> out = new ArrayList<>();
        for (String raw : text.strip().split("[,;\\s]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            String problem = NetAddress.problem(raw);
            if (problem != null) {
                problems.error(at, "field '" + field + "': " + problem,
                        "write addresses (192.0.2.10, 2001:db8::1), networks (10.0.0.0/24) or host names, separated by commas, spaces or line breaks");
                continue;
            }
            NetAddress a = NetAddress.parse(raw).orElseThrow();
            if (a.kind() == NetAddress.Kind.HOST && !target.hostNames()) {
                problems.error(at, "field '" + field + "': '" + raw + "' is a host name, and " + target.name()
                        + " matches addresses only", "write its IPv4 or IPv6 addresses instead");
                continue;
            }
            out.add(a);
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
