package dev.flowdoc.render.firewall;

import dev.flowdoc.model.NetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PAN-OS set commands (configure mode, then commit): address objects ({@code ip-netmask} or {@code fqdn}), one static
 * address group per flow and side, service objects per protocol and ports, and one security rule per flow named
 * after its id ({@code set rulebase security rules ID …}) with the description. Zones come from the address file's
 * zone map, else untrust / trust / dmz. A delta deletes the closed flows' rules and groups; for a changed flow it
 * first deletes the rule's service list, since {@code set} adds to a list instead of replacing it.
 */
final class PanOsWriter {
    private static final int NAME = 63;
    private static final int DESCRIPTION = 1023;

    /** PAN-OS's word for every address in a rule's source or destination. */
    static final String ANY = "any";

    private PanOsWriter() {}

    static String write(RuleSet set) {
        StringBuilder out = new StringBuilder();
        set.header().forEach(line -> out.append("# ").append(line).append('\n'));
        out.append("# PAN-OS set commands: enter configure mode, paste, review, commit. Object names start with \"")
                .append(Names.PREFIX).append("\", rules are named after the flow ids.\n");
        Map<String, NetAddress> addresses = new LinkedHashMap<>();
        Map<String, Service> services = new LinkedHashMap<>();
        for (Rule rule : set.rules()) {
            // a side for any address is PAN-OS's own "any": no objects for it
            own(rule.sources(), rule.anySource()).forEach(a -> addresses.putIfAbsent(Names.address(a, NAME), a));
            own(rule.destinations(), rule.anyDestination()).forEach(a -> addresses.putIfAbsent(Names.address(a, NAME), a));
            rule.services().stream().filter(Service::hasPorts).forEach(s -> services.putIfAbsent(Names.service(s, NAME), s));
        }
        addresses.forEach((name, a) -> out.append("set address ").append(name).append(a.kind() == NetAddress.Kind.HOST
                ? " fqdn " + a.text() : a.isRange() ? " ip-range " + a.text() : " ip-netmask " + a.ip() + "/" + a.prefixLength()).append('\n'));
        services.forEach((name, s) -> out.append("set service ").append(name).append(" protocol ").append(s.protocol())
                .append(" port ").append(s.ports(",")).append('\n'));
        for (Rule rule : set.rules()) {
            out.append('\n');
            String source = rule.anySource() ? ANY : group(rule, "src");
            String destination = rule.anyDestination() ? ANY : group(rule, "dst");
            if (!rule.anySource()) {
                out.append("set address-group ").append(source).append(" static ").append(list(names(rule.sources()))).append('\n');
            }
            if (!rule.anyDestination()) {
                out.append("set address-group ").append(destination).append(" static ").append(list(names(rule.destinations()))).append('\n');
            }
            List<Service> withPorts = rule.services().stream().filter(Service::hasPorts).toList();
            List<Service> without = rule.services().stream().filter(s -> !s.hasPorts()).toList();
            String from = list(rule.fromZones().stream().map(k -> Zones.name(k, Format.PANOS, set.zones())).distinct().toList());
            String to = list(rule.toZones().stream().map(k -> Zones.name(k, Format.PANOS, set.zones())).distinct().toList());
            String common = " from " + from + " to " + to + " source " + list(List.of(source)) + " destination "
                    + list(List.of(destination)) + " source-user any category any";
            if (!withPorts.isEmpty()) {
                String name = Names.limit(rule.flowId(), NAME);
                if (rule.changed()) {
                    out.append("delete rulebase security rules ").append(name).append(" service\n");
                }
                out.append("set rulebase security rules ").append(name).append(common).append(" application any service ")
                        .append(list(withPorts.stream().map(s -> Names.service(s, NAME)).toList())).append(" action allow\n");
                description(out, name, rule);
            }
            if (!without.isEmpty()) {
                String name = Names.limit(rule.flowId(), NAME - 4) + "-app";
                if (rule.changed()) {
                    out.append("delete rulebase security rules ").append(name).append(" application\n");
                }
                out.append("set rulebase security rules ").append(name).append(common).append(" application ")
                        .append(list(without.stream().map(s -> Services.panosApplication(s.protocol())).distinct().toList()))
                        .append(" service application-default action allow\n");
                description(out, name, rule);
            }
        }
        java.util.Set<String> kept = new java.util.HashSet<>(addresses.keySet());
        for (Rule rule : set.removals()) {
            out.append("\n# close ").append(rule.flowId()).append('\n');
            if (rule.services().stream().anyMatch(Service::hasPorts)) {
                out.append("delete rulebase security rules ").append(Names.limit(rule.flowId(), NAME)).append('\n');
            }
            if (rule.services().stream().anyMatch(s -> !s.hasPorts())) {
                out.append("delete rulebase security rules ").append(Names.limit(rule.flowId(), NAME - 4)).append("-app\n");
            }
            if (!rule.anySource()) {
                out.append("delete address-group ").append(group(rule, "src")).append('\n');
            }
            if (!rule.anyDestination()) {
                out.append("delete address-group ").append(group(rule, "dst")).append('\n');
            }
            List<String> own = new ArrayList<>();
            for (NetAddress a : concat(own(rule.sources(), rule.anySource()), own(rule.destinations(), rule.anyDestination()))) {
                String name = Names.address(a, NAME);
                if (!kept.contains(name) && !own.contains(name)) {
                    own.add(name);
                }
            }
            if (!own.isEmpty()) {
                out.append("# its address objects no rule of this file uses; PAN-OS keeps one that another rule still uses\n");
                own.forEach(name -> out.append("delete address ").append(name).append('\n'));
                kept.addAll(own);
            }
        }
        return out.toString();
    }

    /** The side's own address objects: none for a side that is any address. */
    private static List<NetAddress> own(List<NetAddress> addresses, boolean any) {
        return any ? List.of() : addresses;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void description(StringBuilder out, String name, Rule rule) {
        out.append("set rulebase security rules ").append(name).append(" description \"")
                .append(Names.comment(rule.description(), DESCRIPTION)).append("\"\n");
    }

    private static String group(Rule rule, String side) {
        return Names.limit(Names.PREFIX + rule.flowId(), NAME - side.length() - 1) + "-" + side;
    }

    private static List<String> names(List<NetAddress> addresses) {
        List<String> names = new ArrayList<>();
        addresses.forEach(a -> names.add(Names.address(a, NAME)));
        return names;
    }

    private static String list(List<String> items) {
        return "[ " + items.stream().collect(Collectors.joining(" ")) + " ]";
    }
}
