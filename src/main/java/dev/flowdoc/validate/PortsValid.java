package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Change;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.PortRange;
import dev.flowdoc.model.PortSpec;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Protocol;
import java.util.List;

/**
 * Port specs make sense: ranges run from a lower to a higher port, both 1–65535; TCP and UDP name ports, ICMP,
 * ICMPv6, ESP and GRE none (and are not mixed with them in one spec); ICMP types only for ICMP and ICMPv6.
 * The schema checks the form of each value; this rule checks what the form cannot say.
 */
final class PortsValid implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        project.flows().forEach(flow -> {
            String entry = "flow '" + flow.id() + "'";
            specs(flow.ports(), entry, flow, problems);
            for (Change c : flow.changes()) {
                specs(c.portsBefore(), entry + " change " + c.version() + " portsBefore", flow, problems);
            }
        });
    }

    private static void specs(List<PortSpec> specs, String entry, Flow flow, Problems problems) {
        for (PortSpec spec : specs) {
            Location at = spec.location() != null ? spec.location() : flow.location();
            boolean withPorts = spec.protocols().stream().anyMatch(Protocol::hasPorts);
            boolean without = spec.protocols().stream().anyMatch(p -> !p.hasPorts());
            if (withPorts && without) {
                problems.error(at, entry + ": " + spec.protocolLabel() + " mixes protocols with and without ports",
                        "write one port spec for TCP/UDP with its ports and another for " + spec.protocols().stream()
                                .filter(p -> !p.hasPorts()).map(Protocol::label).findFirst().orElse("ICMP"));
            } else if (withPorts && spec.ports().isEmpty()) {
                problems.error(at, entry + ": " + spec.protocolLabel() + " needs 'ports'",
                        "add e.g. \"ports\": [25] or a range \"ports\": [\"41000-41100\"]");
            } else if (without && !spec.ports().isEmpty()) {
                problems.error(spec.ports().get(0).location() != null ? spec.ports().get(0).location() : at,
                        entry + ": " + spec.protocolLabel() + " has no ports",
                        "remove 'ports'; for ICMP, 'icmpTypes' names the message types, e.g. [0, 8]");
            }
            if (!spec.icmpTypes().isEmpty() && !spec.protocols().stream().allMatch(Protocol::hasTypes)) {
                problems.error(at, entry + ": 'icmpTypes' is only for ICMP and ICMPv6, not " + spec.protocolLabel(),
                        "remove 'icmpTypes' or write a port spec of its own for icmp");
            }
            for (PortRange r : spec.ports()) {
                Location where = r.location() != null ? r.location() : at;
                if (r.from() < 1 || r.from() > 65535 || r.to() < 1 || r.to() > 65535) {
                    problems.error(where, entry + ": port range \"" + r.key() + "\" is outside 1–65535",
                            "a TCP or UDP port is a number from 1 to 65535");
                } else if (r.range() && r.from() >= r.to()) {
                    problems.error(where, entry + ": port range \"" + r.key() + "\" does not run from a lower to a higher port",
                            r.from() == r.to() ? "write the single port as a number: " + r.from()
                                    : "write the lower port first: \"" + r.to() + "-" + r.from() + "\"");
                }
            }
        }
    }
}
