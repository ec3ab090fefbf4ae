package dev.flowdoc.render.diagram;

import java.util.List;

/**
 * What a diagram says, before it has a shape: the zones (in their order, left to right), the endpoints in them,
 * and the arrows between them with their labels, every word already in the page's language. Made from a view by
 * {@link DiagramModelBuilder}; laid out by {@link DiagramLayout}.
 */
public record DiagramGraph(String title, String description, List<Area> areas, List<Node> nodes, List<Edge> edges,
                           List<LegendEntry> legend) {
    public DiagramGraph {
        areas = List.copyOf(areas);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        legend = List.copyOf(legend);
    }

    /** A zone: its key (stable, for CSS and ordering) and its label. */
    public record Area(String key, String label) {}

    /** An endpoint: id, the name a reader sees, the key of its zone. */
    public record Node(String id, String label, String area) {}

    /**
     * One arrow from source to target: every flow with the same ends, direction and mark shares it, whatever its
     * requirement; its line has the most binding requirement of its flows ({@link LineStyle#strongest}), and each
     * flow's lines in its one label carry their own. {@code twoWay}: the arrow of two-way flows, with a head at both
     * ends (one-way flows between the same ends have an arrow of their own).
     */
    public record Edge(String source, String target, LineStyle style, Mark mark, List<EdgeLabel> labels, boolean twoWay) {
        public Edge {
            labels = List.copyOf(labels);
        }

        public Edge(String source, String target, LineStyle style, Mark mark, List<EdgeLabel> labels) {
            this(source, target, style, mark, labels, false);
        }
    }

    /** One flow's part of its arrow's label: its requirement, its ports (one line each), the anchor of its table row. */
    public record EdgeLabel(String flowId, String anchor, LineStyle style, List<String> lines) {
        public EdgeLabel {
            lines = List.copyOf(lines);
        }
    }

    /** A legend entry: a line sample and its words. */
    public record LegendEntry(LineStyle style, Mark mark, String words) {}
}
