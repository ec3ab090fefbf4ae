package dev.flowdoc.view;

import java.util.List;

/**
 * One flow as every output shows it, every word decided: no output asks the model what a row says.
 * <ul>
 * <li>{@code id}, {@code anchor}, {@code groupId}: where it stands; {@code name} its one-line name
 *     ("Frontend → Backend, TCP 22 (SSH)", the theme's {@code ref.flow}).</li>
 * <li>the table's cells {@code ports}, {@code source}, {@code destination}, {@code description}: lines of typed
 *     parts; the description leads with the flow's own annotations (its release, its own requirement clause where
 *     it differs from the group's), then its text, a paragraph per port change and the proxy hint.</li>
 * <li>the same facts for outputs with a column each: {@code portsText} the ports on one line, {@code descriptionText}
 *     the description alone (references as their labels), {@code descriptionParts} the same as parts,
 *     {@code requirementKey} ("required", "optional", "conditional") and {@code requirement} in words
 *     ("erforderlich", "optional, im Cluster zwingend"), {@code requiredWhen} the clause alone (null without),
 *     {@code since}/{@code removed} (the group's where the flow has none), {@code versionChanges} the port changes visible
 *     in the view's release, {@code annotations} every annotation the cells show, {@code proxy} whether a proxy
 *     can be used and {@code proxyMenu} the menu path where it is set (null without), {@code directionKey} and
 *     {@code direction} in words, {@code fromInternet}.</li>
 * <li>{@code sources}, {@code destinations}, {@code portSpecs}, {@code portsJoin}: the endpoints and ports as data
 *     ({@code portsJoin} "and", "andOr" or "or": how the ports are joined, see {@code dev.flowdoc.model.PortsJoin}).</li>
 * <li>{@code bidirectional}: a two-way flow (either end opens the connection): one row, direction "in beide
 *     Richtungen"; {@code directionCell} the table's column "Richtung" ("eingehend", "intern", "in beide Richtungen").</li>
 * </ul>
 */
public record FlowRow(
        String id,
        String anchor,
        String groupId,
        String name,
        Cell ports,
        String portsText,
        Cell source,
        Cell destination,
        Cell description,
        String descriptionText,
        List<Part> descriptionParts,
        String requirementKey,
        String requirement,
        String requiredWhen,
        String since,
        String removed,
        List<VersionChange> versionChanges,
        List<Annotation> annotations,
        boolean proxy,
        String proxyMenu,
        String directionKey,
        String direction,
        boolean fromInternet,
        List<EndpointName> sources,
        List<EndpointName> destinations,
        List<PortView> portSpecs,
        String portsJoin,
        boolean bidirectional,
        Cell directionCell) {
    public FlowRow {
        descriptionParts = List.copyOf(descriptionParts);
        versionChanges = List.copyOf(versionChanges);
        annotations = List.copyOf(annotations);
        sources = List.copyOf(sources);
        destinations = List.copyOf(destinations);
        portSpecs = List.copyOf(portSpecs);
    }

    /** The paragraphs of the description that tell a port change: "(geändert in 9.10.0, vorher TCP 2222 (SSH)) Warum." */
    public List<String> changes() {
        return versionChanges.stream().map(VersionChange::words).toList();
    }

    /** The annotations of one kind, in order. */
    public List<Annotation> annotations(Annotation.Kind kind) {
        return annotations.stream().filter(a -> a.kind() == kind).toList();
    }

    /** True for ports joined by "und/oder" (the JSON export's old field). */
    public boolean portsAndOr() {
        return "andOr".equals(portsJoin);
    }

    /** True when one of the row's sources stands for any address. */
    public boolean anySource() {
        return sources.stream().anyMatch(EndpointName::any);
    }

    /** True when one of the row's destinations stands for any address. */
    public boolean anyDestination() {
        return destinations.stream().anyMatch(EndpointName::any);
    }

    public List<String> sourceIds() {
        return sources.stream().map(EndpointName::id).toList();
    }

    public List<String> destinationIds() {
        return destinations.stream().map(EndpointName::id).toList();
    }
}
