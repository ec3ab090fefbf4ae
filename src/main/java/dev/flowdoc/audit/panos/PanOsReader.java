package dev.flowdoc.audit.panos;

import dev.flowdoc.audit.policy.Addresses;
import dev.flowdoc.audit.policy.Chain;
import dev.flowdoc.audit.policy.ConnState;
import dev.flowdoc.audit.policy.Hook;
import dev.flowdoc.audit.policy.Interfaces;
import dev.flowdoc.audit.policy.Match;
import dev.flowdoc.audit.policy.Origin;
import dev.flowdoc.audit.policy.Policy;
import dev.flowdoc.audit.policy.PolicyReader;
import dev.flowdoc.audit.policy.PortRange;
import dev.flowdoc.audit.policy.Rule;
import dev.flowdoc.audit.policy.Said;
import dev.flowdoc.audit.policy.Service;
import dev.flowdoc.audit.policy.UnreadablePolicy;
import dev.flowdoc.audit.policy.Unresolved;
import dev.flowdoc.audit.policy.Verdict;
import dev.flowdoc.audit.vendor.Exports;
import dev.flowdoc.audit.vendor.Networks;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.NetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a PAN-OS configuration in set format ({@code show} after {@code set cli config-output-format set}; a single
 * vsys, a {@code vsys NAME} prefix, or one Panorama device group with {@code shared}) into one chain on
 * {@link Hook#FORWARD}: the enabled security rules in PAN-OS's order (pre-rules, the rulebase, post-rules; first match
 * wins), then the {@code intrazone-default} rules (allow inside one zone, one rule per zone the configuration names)
 * and the {@code interzone-default} as the chain's default (deny). Applications other than {@code any},
 * {@code service application-default}, users, URL categories, HIP profiles, schedules, dynamic groups and names the
 * export does not define are {@link Unresolved}: App-ID and identity cannot be judged from addresses and ports.
 */
public final class PanOsReader implements PolicyReader {
    static final String CHAIN = "rulebase security";
    /** PAN-OS's predefined services. */
    private static final Map<String, List<Service>> PREDEFINED = Map.of(
            "service-http", List.of(new Service("tcp", List.of(PortRange.of(80), PortRange.of(8080)), List.of())),
            "service-https", List.of(Service.of("tcp", PortRange.of(443))));
    private static final PortRange CLIENT_PORTS = new PortRange(1024, 65535);
    /**
     * Applications that exist on one IP protocol only: a rule allowing one of them cannot match other protocols, so it
     * stays unresolved for that protocol alone (whether App-ID calls a given ICMP packet "icmp" or "ping" is still
     * not known).
     */
    private static final Map<String, String> APPLICATION_PROTOCOLS = Map.of("icmp", "icmp", "ping", "icmp", "ipv6-icmp", "icmpv6",
            "ipsec-esp", "esp", "gre", "gre", "ipsec-ah", "51");

    @Override
    public String format() {
        return "panos";
    }

    @Override
    public boolean recognises(String text) {
        // PAN-OS's XML and braces output are this vendor's too: read() answers them with the way to the set format
        return Exports.kindOf(text).filter(k -> k == Exports.Kind.PANOS_SET || k == Exports.Kind.PANOS_XML
                || k == Exports.Kind.PANOS_BRACES).isPresent();
    }

    @Override
    public Policy read(String file, String text) throws UnreadablePolicy {
        Optional<String> other = Exports.otherVendor(text, format());
        if (other.isPresent()) {
            throw new UnreadablePolicy(Location.of(file), other.get(), Exports.hint(text));
        }
        Config config = Config.of(file, SetCommands.tokenize(file, text));
        List<Config.Entry> ordered = order(file, config);
        List<Rule> rules = new ArrayList<>();
        Set<String> zones = new LinkedHashSet<>(config.zones);
        for (Config.Entry entry : ordered) {
            for (String key : List.of("from", "to")) {
                entry.list(key).stream().filter(z -> !z.equals("any")).forEach(zones::add);
            }
            if (!"yes".equals(entry.value("disabled"))) {
                rules.add(rule(file, config, entry));
            }
        }
        String intrazone = config.defaults.getOrDefault("intrazone-default", "allow");
        for (String zone : zones) {
            Match match = Match.ANY.withIn(Interfaces.of(List.of(zone))).withOut(Interfaces.of(List.of(zone)));
            rules.add(new Rule(match, verdict(intrazone), Origin.vendorDefault(file, "intrazone-default",
                    Said.of("audit.origin.panosIntrazone", zone, intrazone))));
        }
        String interzone = config.defaults.getOrDefault("interzone-default", "deny");
        Verdict last = verdict(interzone);
        Origin origin = Origin.policy(file, 0, 0, "interzone-default", "",
                Said.of("audit.origin.panosInterzone", interzone));
        if (ordered.isEmpty()) {
            throw new UnreadablePolicy(new Location(file, 1, 1), "expected security rules ('set rulebase security rules …'), found none in "
                    + config.commands + " commands", "export the whole configuration in set format, rules included");
        }
        return new Policy(format(), file, List.of(new Chain(CHAIN, Hook.FORWARD, 0, last, rules, origin)));
    }

    /** Shared pre-rules, the scope's pre-rules, its rules, its post-rules, shared post-rules; one scope only. */
    private static List<Config.Entry> order(String file, Config config) throws UnreadablePolicy {
        String scope = null;
        for (Map.Entry<Config.Base, Map<String, Config.Entry>> base : config.rules.entrySet()) {
            String s = base.getKey().scope();
            if (s.equals("shared") || base.getValue().isEmpty()) {
                continue;
            }
            if (scope != null && !scope.equals(s)) {
                Config.Entry first = base.getValue().values().iterator().next();
                throw new UnreadablePolicy(new Location(file, first.at.line(), first.at.column()), "the configuration holds the security rules of "
                        + scope + " and of " + s + "; flowdoc audits the policy of one firewall",
                        "give the lines of one vsys or device group (with 'shared')");
            }
            scope = s;
        }
        List<Config.Entry> ordered = new ArrayList<>();
        for (String[] part : new String[][] {{"pre-rulebase", "shared"}, {"pre-rulebase", scope}, {"rulebase", scope},
                {"rulebase", "shared"}, {"post-rulebase", scope}, {"post-rulebase", "shared"}}) {
            Map<String, Config.Entry> rules = config.rules.get(new Config.Base(part[0], part[1]));
            if (rules != null) {
                ordered.addAll(rules.values());
            }
        }
        return ordered;
    }

    private static Verdict verdict(String action) {
        return switch (action) {
            case "allow" -> Verdict.ACCEPT;
            case "deny", "drop" -> Verdict.DROP;
            default -> Verdict.REJECT;
        };
    }

    private static Rule rule(String file, Config config, Config.Entry r) throws UnreadablePolicy {
        List<Unresolved> unresolved = new ArrayList<>();
        Addresses source = addresses(config, r, "source", "negate-source", unresolved);
        Addresses destination = addresses(config, r, "destination", "negate-destination", unresolved);
        List<String> applications = r.list("application");
        if (!applications.isEmpty() && !applications.equals(List.of("any"))) {
            unresolved.add(new Unresolved("application " + list(applications),
                    "appId"));
        }
        List<Service> services = new ArrayList<>();
        List<String> names = r.list("service");
        if (names.isEmpty()) {
            unresolved.add(new Unresolved("service", "ruleNoKey", "service"));
        }
        for (String name : names) {
            if (name.equals("application-default")) {
                unresolved.add(new Unresolved("service application-default",
                        "applicationDefault"));
            } else if (name.equals("any")) {
                services.clear();
                services.add(Service.ANY);
            } else {
                service(file, config, r.scope, name, new HashSet<>(), services, unresolved);
            }
        }
        if (services.contains(Service.ANY)) {
            services = List.of();
        }
        if (!applications.isEmpty() && !applications.contains("any") && applications.stream().allMatch(APPLICATION_PROTOCOLS::containsKey)
                && (services.isEmpty() || names.equals(List.of("application-default")))) {
            services = applications.stream().map(APPLICATION_PROTOCOLS::get).distinct().map(p -> new Service(p, List.of(), List.of())).toList();
        }
        for (String key : List.of("source-user", "category", "source-hip", "destination-hip")) {
            List<String> values = r.list(key);
            if (!values.isEmpty() && !values.equals(List.of("any"))) {
                unresolved.add(new Unresolved(key + " " + list(values), key.equals("category") ? "ruleCategory" : key.equals("source-user") ? "ruleSourceUser" : "ruleHip"));
            }
        }
        if (r.value("schedule") != null) {
            unresolved.add(new Unresolved("schedule " + r.value("schedule"), "ruleSchedule"));
        }
        Interfaces in = Interfaces.of(r.list("from"));
        Interfaces out = Interfaces.of(r.list("to"));
        String type = r.value("rule-type") == null ? "universal" : r.value("rule-type");
        if (type.equals("intrazone")) {
            if (in.any() || in.names().size() != 1) {
                unresolved.add(new Unresolved("rule-type intrazone", "intrazoneRule"));
            } else {
                out = in;
            }
        } else if (type.equals("interzone")) {
            Set<String> both = new HashSet<>(in.names());
            both.retainAll(out.names());
            if (in.any() || out.any() || !both.isEmpty()) {
                unresolved.add(new Unresolved("rule-type interzone", "interzoneRule"));
            }
        }
        String action = r.value("action");
        if (action == null) {
            unresolved.add(new Unresolved("action", "ruleNoKey", "action"));
        }
        Verdict verdict = action == null ? Verdict.DROP : verdict(action);
        Match match = new Match(source, destination, services, false, in, out, ConnState.ANY, unresolved);
        String where = r.scope.equals("local") ? "" : " (" + r.scope + ")";
        return new Rule(match, verdict, new Origin(file, r.at.line(), r.at.column(), "rule " + r.name + where, text(r)));
    }

    private static String text(Config.Entry r) {
        StringBuilder out = new StringBuilder("rules " + (r.name.contains(" ") ? "\"" + r.name + "\"" : r.name));
        for (String key : List.of("from", "to", "source", "negate-source", "destination", "negate-destination", "source-user",
                "category", "application", "service", "rule-type", "schedule", "disabled", "action")) {
            if (r.lists.containsKey(key)) {
                out.append(' ').append(key).append(' ').append(list(r.list(key)));
            } else if (r.single.containsKey(key)) {
                out.append(' ').append(key).append(' ').append(r.single.get(key).text());
            }
        }
        return out.toString();
    }

    private static String list(List<String> items) {
        return items.size() == 1 ? items.get(0) : "[ " + String.join(" ", items) + " ]";
    }

    private static Addresses addresses(Config config, Config.Entry r, String key, String negate, List<Unresolved> unresolved) {
        List<String> names = r.list(key);
        if (names.isEmpty()) {
            unresolved.add(new Unresolved(key, "ruleNoKey", key));
            return Addresses.of(List.of());
        }
        if (names.contains("any")) {
            return "yes".equals(r.value(negate)) ? Addresses.of(List.of()) : Addresses.ANY;
        }
        List<NetAddress> found = new ArrayList<>();
        for (String name : names) {
            address(config, r.scope, name, new HashSet<>(), found, unresolved);
        }
        return "yes".equals(r.value(negate)) ? Addresses.not(found) : Addresses.of(found);
    }

    private static void address(Config config, String scope, String name, Set<String> seen, List<NetAddress> found, List<Unresolved> unresolved) {
        if (!seen.add(name)) {
            unresolved.add(new Unresolved(name, "addressGroupLoop", name));
            return;
        }
        Config.Entry a = config.find(config.addresses, scope, name);
        if (a != null) {
            String text = a.value("ip-netmask") != null ? netmask(a.value("ip-netmask"))
                    : a.value("ip-range") != null ? a.value("ip-range")
                    : a.value("fqdn") != null ? a.value("fqdn").toLowerCase(Locale.ROOT) : null;
            Optional<NetAddress> parsed = text == null ? Optional.empty() : NetAddress.parse(text);
            if (parsed.isPresent()) {
                found.add(parsed.get());
            } else {
                unresolved.add(text == null ? new Unresolved(name, "addressWildcard", name)
                        : new Unresolved(name, "addressValue", text, name));
            }
            return;
        }
        Config.Entry g = config.find(config.groups, scope, name);
        if (g != null) {
            if (g.single.containsKey("dynamic")) {
                unresolved.add(new Unresolved(name, "dynamicGroup", name));
                return;
            }
            for (String member : g.list("static")) {
                address(config, scope, member, seen, found, unresolved);
            }
            return;
        }
        // a rule may name an address directly (10.0.0.0/24, 10.0.0.1-10.0.0.9)
        Optional<NetAddress> literal = name.matches("[0-9A-Fa-f:.]+(/\\d+)?|[0-9A-Fa-f:.]+-[0-9A-Fa-f:.]+")
                ? NetAddress.parse(name.contains("/") ? netmask(name) : name) : Optional.empty();
        if (literal.isPresent()) {
            found.add(literal.get());
        } else {
            unresolved.add(new Unresolved(name, "noAddressPanos", name));
        }
    }

    /** "10.1.1.5/24" matches 10.1.1.0/24. */
    private static String netmask(String text) {
        String network = text.contains(":") ? Networks.v6(text) : Networks.v4(List.of(text));
        return network == null ? text : network;
    }

    private static void service(String file, Config config, String scope, String name, Set<String> seen, List<Service> found,
                                List<Unresolved> unresolved) throws UnreadablePolicy {
        if (!seen.add(name)) {
            unresolved.add(new Unresolved(name, "serviceGroupLoop", name));
            return;
        }
        Config.Entry s = config.find(config.services, scope, name);
        if (s != null) {
            String protocol = s.value("protocol");
            String ports = s.value("port");
            String sourcePorts = s.value("source-port");
            if (protocol == null || ports == null || !Set.of("tcp", "udp", "sctp").contains(protocol)) {
                unresolved.add(new Unresolved(name, "serviceNoProtocol", name));
                return;
            }
            List<PortRange> destination = ranges(ports);
            List<PortRange> source = sourcePorts == null ? List.of(CLIENT_PORTS) : ranges(sourcePorts);
            if (destination == null || source == null) {
                SetCommands.Value at = s.single.get(destination == null ? "port" : "source-port");
                throw new UnreadablePolicy(new Location(file, at.line(), at.column()), "service '" + name
                        + "': expected ports (80, 80,443 or 8000-8080), found '" + (destination == null ? ports : sourcePorts) + "'",
                        "write the ports as PAN-OS does");
            } else if (source.stream().noneMatch(r -> r.covers(CLIENT_PORTS))) {
                unresolved.add(new Unresolved(name, "sourcePortsOnly", name, sourcePorts));
            } else {
                found.add(new Service(protocol, destination, List.of()));
            }
            return;
        }
        Config.Entry g = config.find(config.serviceGroups, scope, name);
        if (g != null) {
            for (String member : g.list("members")) {
                service(file, config, scope, member, seen, found, unresolved);
            }
            return;
        }
        List<Service> predefined = PREDEFINED.get(name);
        if (predefined != null) {
            found.addAll(predefined);
            return;
        }
        unresolved.add(new Unresolved(name, "noService", name));
    }

    /** "80,443,8000-8080" as ranges; null when it is no port list. */
    private static List<PortRange> ranges(String text) {
        List<PortRange> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] ends = part.strip().split("-", -1);
            if (ends.length > 2 || !ends[0].matches("\\d{1,5}") || (ends.length == 2 && !ends[1].matches("\\d{1,5}"))) {
                return null;
            }
            int low = Integer.parseInt(ends[0]);
            int high = ends.length == 2 ? Integer.parseInt(ends[1]) : low;
            if (low > high || high > 65535) {
                return null;
            }
            ranges.add(new PortRange(low, high));
        }
        return ranges;
    }
}
