package dev.flowdoc.render.diagram;

import dev.flowdoc.model.Messages;
import dev.flowdoc.view.EndpointName;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.GroupBlock;
import dev.flowdoc.view.Line;
import dev.flowdoc.view.delta.DeltaView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a view into the graphs of its diagrams: what the diagram says comes from the view (endpoint names as the
 * table's source and destination cells, port lines as its port cell, every other word from the theme's bundle).
 * A view with more flows than one readable diagram holds gets one diagram per group, and a group that is still too
 * big one per pair of zones.
 */
public final class DiagramModelBuilder {
    /** More flows than this (or endpoints) make a diagram too dense to read; it is split. */
    static final int MAX_FLOWS = 48;
    static final int MAX_ENDPOINTS = 28;

    private record Entry(FlowRow row, String requirement, Mark mark, Zones zones) {}

    private final Messages words;

    private DiagramModelBuilder(Messages words) {
        this.words = words;
    }

    /** The diagrams of every flow of the view: one, or one per group (per zone pair) when too many. */
    public static List<DiagramGraph> of(DocView view) {
        return new DiagramModelBuilder(view.words()).split(entries(view, Mark.NONE), view.words().get("diagram.title"));
    }

    /** The diagrams of an upgrade: the flows to open or change and the flows to close, marked as such. */
    public static List<DiagramGraph> of(DeltaView upgrade) {
        List<Entry> entries = new ArrayList<>(entries(upgrade.open(), Mark.OPEN));
        entries.addAll(entries(upgrade.close(), Mark.CLOSE));
        return new DiagramModelBuilder(upgrade.open().words()).split(entries, upgrade.open().words().get("diagram.title"));
    }

    private static List<Entry> entries(DocView view, Mark mark) {
        Zones zones = new Zones(view.zones());
        List<Entry> entries = new ArrayList<>();
        for (GroupBlock group : view.groups()) {
            for (FlowRow row : group.rows()) {
                entries.add(new Entry(row, row.requirementKey(), mark, zones));
            }
        }
        return entries;
    }

    private List<DiagramGraph> split(List<Entry> entries, String title) {
        if (fits(entries)) {
            return List.of(graph(entries, title));
        }
        Map<String, List<Entry>> byGroup = new LinkedHashMap<>();
        entries.forEach(e -> byGroup.computeIfAbsent(e.row().groupId(), k -> new ArrayList<>()).add(e));
        List<List<Entry>> parts = new ArrayList<>();
        for (List<Entry> group : byGroup.values()) {
            if (fits(group)) {
                parts.add(group);
                continue;
            }
            Map<String, List<Entry>> byPair = new LinkedHashMap<>();
            group.forEach(e -> byPair.computeIfAbsent(pair(e), k -> new ArrayList<>()).add(e));
            for (List<Entry> pair : byPair.values()) {
                for (int i = 0; i < pair.size(); i += MAX_FLOWS / 2) {
                    parts.add(pair.subList(i, Math.min(pair.size(), i + MAX_FLOWS / 2)));
                }
            }
        }
        List<DiagramGraph> graphs = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            graphs.add(graph(parts.get(i), words.format("diagram.part", title, i + 1, parts.size())));
        }
        return graphs;
    }

    private static boolean fits(List<Entry> entries) {
        Set<String> endpoints = new LinkedHashSet<>();
        for (Entry e : entries) {
            endpoints.addAll(e.row().sourceIds());
            endpoints.addAll(e.row().destinationIds());
        }
        return entries.size() <= MAX_FLOWS && endpoints.size() <= MAX_ENDPOINTS;
    }

    private static String pair(Entry e) {
        FlowRow row = e.row();
        return e.zones().of(row.sources().get(0)) + ">" + e.zones().of(row.destinations().get(0));
    }

    private DiagramGraph graph(List<Entry> entries, String title) {
        Map<String, DiagramGraph.Node> nodes = new LinkedHashMap<>();
        Map<String, List<DiagramGraph.EdgeLabel>> labels = new LinkedHashMap<>();
        Map<String, Entry> firstOf = new LinkedHashMap<>();
        Zones zones = entries.isEmpty() ? null : entries.get(0).zones();
        for (Entry e : entries) {
            FlowRow row = e.row();
            List<EndpointName> sources = row.sources();
            List<EndpointName> targets = row.destinations();
            for (int s = 0; s < sources.size(); s++) {
                node(nodes, e, sources.get(s), row.source().lines(), s);
            }
            for (int t = 0; t < targets.size(); t++) {
                node(nodes, e, targets.get(t), row.destination().lines(), t);
            }
            DiagramGraph.EdgeLabel label = new DiagramGraph.EdgeLabel(row.id(), row.anchor(), style(e.requirement()),
                    row.ports().lines().stream().map(Line::plain).toList());
            for (String s : row.sourceIds()) {
                for (String t : row.destinationIds()) {
                    // one arrow per pair of endpoints, direction and mark: flows of every requirement share it; two-way
                    // flows have an arrow of their own, with two heads
                    String key = s + "\u0000" + t + "\u0000" + e.mark() + "\u0000" + row.bidirectional();
                    labels.computeIfAbsent(key, k -> new ArrayList<>()).add(label);
                    firstOf.putIfAbsent(key, e);
                }
            }
        }
        List<DiagramGraph.Edge> edges = new ArrayList<>();
        labels.forEach((key, list) -> {
            String[] parts = key.split("\u0000");
            LineStyle line = LineStyle.strongest(list.stream().map(DiagramGraph.EdgeLabel::style).toList());
            edges.add(new DiagramGraph.Edge(parts[0], parts[1], line, firstOf.get(key).mark(), list,
                    Boolean.parseBoolean(parts[3])));
        });
        List<DiagramGraph.Area> areas = new ArrayList<>();
        if (zones != null) {
            for (String key : zones.keys()) {
                if (nodes.values().stream().anyMatch(n -> n.area().equals(key))) {
                    areas.add(new DiagramGraph.Area(key, zones.label(key)));
                }
            }
        }
        return new DiagramGraph(title, description(entries, nodes, areas), areas, List.copyOf(nodes.values()),
                edges, legend(entries));
    }

    private static void node(Map<String, DiagramGraph.Node> nodes, Entry e, EndpointName endpoint, List<Line> names, int index) {
        // the cell has one line per endpoint, in the flow's order: the name exactly as the table shows it
        String label = index < names.size() ? names.get(index).plain() : endpoint.name();
        nodes.putIfAbsent(endpoint.id(), new DiagramGraph.Node(endpoint.id(), label, e.zones().of(endpoint)));
    }

    /** The line of a requirement, by the view's key ("required", "optional", "conditional"). */
    private static LineStyle style(String requirement) {
        return switch (requirement) {
            case "optional" -> LineStyle.OPTIONAL;
            case "conditional" -> LineStyle.CONDITIONAL;
            default -> LineStyle.REQUIRED;
        };
    }

    /** The picture in words: how many flows between which zones (the SVG's desc, read by screen readers). */
    private String description(List<Entry> entries, Map<String, DiagramGraph.Node> nodes, List<DiagramGraph.Area> areas) {
        Map<String, String> areaLabel = new LinkedHashMap<>();
        areas.forEach(a -> areaLabel.put(a.key(), a.label()));
        Map<String, Integer> pairs = new LinkedHashMap<>();
        for (String from : areaLabel.keySet()) {
            for (String to : areaLabel.keySet()) {
                pairs.put(from + ">" + to, 0);
            }
        }
        entries.forEach(e -> pairs.merge(pair(e), 1, Integer::sum));
        StringBuilder out = new StringBuilder(words.format("diagram.desc", entries.size(), nodes.size(),
                String.join(", ", areaLabel.values())));
        pairs.forEach((pair, count) -> {
            if (count > 0) {
                String[] ends = pair.split(">");
                out.append(' ').append(words.format("diagram.desc.pair", areaLabel.get(ends[0]), areaLabel.get(ends[1]), count));
            }
        });
        return out.toString();
    }

    private List<DiagramGraph.LegendEntry> legend(List<Entry> entries) {
        Set<LineStyle> styles = entries.stream().map(e -> style(e.requirement())).collect(Collectors.toSet());
        Set<Mark> marks = entries.stream().map(Entry::mark).collect(Collectors.toSet());
        List<DiagramGraph.LegendEntry> legend = new ArrayList<>();
        for (LineStyle style : LineStyle.values()) {
            if (styles.contains(style)) {
                legend.add(new DiagramGraph.LegendEntry(style, Mark.NONE, words.get("diagram." + style.key())));
            }
        }
        for (Mark mark : List.of(Mark.OPEN, Mark.CLOSE)) {
            if (marks.contains(mark)) {
                legend.add(new DiagramGraph.LegendEntry(LineStyle.REQUIRED, mark, words.get("diagram." + mark.key())));
            }
        }
        return legend;
    }
}
