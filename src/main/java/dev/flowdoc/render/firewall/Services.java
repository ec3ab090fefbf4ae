package dev.flowdoc.render.firewall;

import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.PortView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that reads a flow's ports and protocols for the firewall formats: a row's {@link PortView}s become
 * {@link Service}s, one per protocol, with the ports of every spec on that protocol merged in data order. A port
 * range or a protocol without ports (icmp with its types, esp, gre) becomes a {@link Service.PortRange} or a service
 * without ports here, and nowhere else.
 */
public final class Services {
    private Services() {}

    public static List<Service> of(FlowRow row) {
        Map<String, List<Service.PortRange>> byProtocol = new LinkedHashMap<>();
        Map<String, List<String>> icmpTypes = new LinkedHashMap<>();
        for (PortView spec : row.portSpecs()) {
            for (String protocol : spec.protocolKeys()) {
                List<Service.PortRange> ports = byProtocol.computeIfAbsent(protocol, k -> new ArrayList<>());
                for (PortView.Range port : spec.ranges()) {
                    Service.PortRange range = new Service.PortRange(port.from(), port.to());
                    if (!ports.contains(range)) {
                        ports.add(range);
                    }
                }
                List<String> types = icmpTypes.computeIfAbsent(protocol, k -> new ArrayList<>());
                for (int type : spec.icmpTypes()) {
                    if (!types.contains(String.valueOf(type))) {
                        types.add(String.valueOf(type));
                    }
                }
            }
        }
        List<Service> services = new ArrayList<>();
        byProtocol.forEach((protocol, ports) -> services.add(new Service(protocol, ports, icmpTypes.get(protocol))));
        return services;
    }

    /** The IP protocol number of a protocol without ports, for formats that match by number (FortiGate). */
    public static int protocolNumber(String protocol) {
        return switch (protocol) {
            case "icmp" -> 1;
            case "tcp" -> 6;
            case "udp" -> 17;
            case "gre" -> 47;
            case "esp" -> 50;
            case "icmpv6" -> 58;
            case "sctp" -> 132;
            default -> throw new IllegalArgumentException("no protocol number known for " + protocol);
        };
    }

    /** The PAN-OS application of a protocol without ports (PAN-OS matches those by application, not service). */
    public static String panosApplication(String protocol) {
        return switch (protocol) {
            case "icmp" -> "icmp";
            case "icmpv6" -> "ipv6-icmp";
            case "esp" -> "ipsec-esp";
            case "gre" -> "gre";
            default -> throw new IllegalArgumentException("no PAN-OS application known for " + protocol);
        };
    }
}
