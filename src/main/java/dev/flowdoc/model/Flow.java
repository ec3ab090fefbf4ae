package dev.flowdoc.model;

import java.util.List;

/**
 * One communication path. {@code requirement}, {@code requiredWhen}, {@code since} and {@code removed} are the
 * flow's own values (null: inherited from the group), as is {@code condition} ({@link Condition#ALWAYS}: the group's
 * applies); {@code portsJoin} how its ports are joined in words ("," / "und/oder" / "oder"); use
 * {@link Group#requirementOf(Flow)}, {@link Group#conditionOf(Flow)} and friends for the effective ones.
 * {@code bidirectional}: the flow runs both ways (either end opens the connection: NTP "in &amp; out", cluster members
 * talking to each other); one row, one arrow with two heads, rules in both directions.
 */
public record Flow(
        String id,
        List<PortSpec> ports,
        PortsJoin portsJoin,
        List<String> source,
        List<String> destination,
        Text description,
        Requirement requirement,
        Text requiredWhen,
        String since,
        String removed,
        List<Change> changes,
        Proxy proxy,
        Condition condition,
        Location location,
        java.util.Map<String, Location> valueAt,
        boolean bidirectional) {
    public Flow {
        valueAt = valueAt == null ? java.util.Map.of() : java.util.Map.copyOf(valueAt);
        ports = List.copyOf(ports);
        source = List.copyOf(source);
        destination = List.copyOf(destination);
        changes = List.copyOf(changes);
        condition = condition == null ? Condition.ALWAYS : condition;
        portsJoin = portsJoin == null ? PortsJoin.AND : portsJoin;
    }

    public Flow(String id, List<PortSpec> ports, PortsJoin portsJoin, List<String> source, List<String> destination,
                Text description, Requirement requirement, Text requiredWhen, String since, String removed,
                List<Change> changes, Proxy proxy, Condition condition, Location location) {
        this(id, ports, portsJoin, source, destination, description, requirement, requiredWhen, since, removed, changes,
                proxy, condition, location, null, false);
    }

    public Flow(String id, List<PortSpec> ports, PortsJoin portsJoin, List<String> source, List<String> destination,
                Text description, Requirement requirement, Text requiredWhen, String since, String removed,
                List<Change> changes, Proxy proxy, Condition condition, Location location,
                java.util.Map<String, Location> valueAt) {
        this(id, ports, portsJoin, source, destination, description, requirement, requiredWhen, since, removed, changes,
                proxy, condition, location, valueAt, false);
    }

    /** Where the value {@code field}[{@code index}] stands in data/ (e.g. "source", 0), else the flow's own place. */
    public Location at(String field, int index) {
        return valueAt.getOrDefault(field + "/" + index, location);
    }

    /** The same flow with other ports (the ports it had in an earlier release). */
    public Flow withPorts(List<PortSpec> otherPorts) {
        return new Flow(id, otherPorts, portsJoin, source, destination, description, requirement, requiredWhen,
                since, removed, changes, proxy, condition, location, valueAt, bidirectional);
    }

    /** The same flow with another requirement of its own (the one it had in an earlier release). */
    public Flow withRequirement(Requirement otherRequirement) {
        return new Flow(id, ports, portsJoin, source, destination, description, otherRequirement, requiredWhen,
                since, removed, changes, proxy, condition, location, valueAt, bidirectional);
    }

    /** A firewall needs a rule the other way too: a two-way flow whose sources are not its destinations. */
    public boolean rulesBothWays() {
        return rulesBothWays(bidirectional, source, destination);
    }

    /**
     * A two-way flow needs a rule each way, unless its sources are its destinations (cluster members talking to each
     * other): then the one rule from the set to itself allows both ways.
     */
    public static boolean rulesBothWays(boolean bidirectional, List<String> source, List<String> destination) {
        return bidirectional && !java.util.Set.copyOf(source).equals(java.util.Set.copyOf(destination));
    }

    /** The stable anchor of the flow's row, the same in both languages. */
    public String anchor() {
        return "flow-" + id;
    }
}
