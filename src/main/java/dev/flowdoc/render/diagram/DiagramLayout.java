package dev.flowdoc.render.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.core.util.NullElkProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a graph out with Eclipse ELK's layered algorithm, left to right (for a phone: {@link TallLayout}), orthogonal arrows, labels placed by ELK
 * between the layers (so they overlap neither boxes nor each other). Zones are partitions: every zone gets its own
 * band of layers, in the zones' order, so that each zone is a column of its own and the regions drawn around them
 * never overlap. Deterministic: ELK's layered algorithm uses a fixed random seed, and the input order is the view's.
 */
public final class DiagramLayout {
    static final double BOX_HEIGHT = 30;
    static final double BOX_PADDING = 10;
    static final double LABEL_PADDING = 3;
    static final double AREA_PADDING = 14;
    static final double AREA_HEADER = 22;
    static final double MARGIN = 4;
    static final double PORT_SPACING = 12;
    static final double LEGEND_GAP = 14;
    static final double LEGEND_ITEM_GAP = 18;

    private DiagramLayout() {}

    /** The wide layout: zones left to right. */
    public static Drawing layout(DiagramGraph graph) {
        return layout(graph, Orientation.WIDE);
    }

    /**
     * {@code orientation}: wide, zones left to right, laid out by ELK, or tall, zones top to bottom, for a phone
     * ({@link TallLayout}).
     */
    public static Drawing layout(DiagramGraph graph, Orientation orientation) {
        return orientation == Orientation.TALL ? TallLayout.layout(graph) : wide(graph);
    }

    private static Drawing wide(DiagramGraph graph) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PARTITIONING_ACTIVATE, true);
        // one graph, not one per connected component: partitions order only within a component
        root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 16.0);
        root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 2.0);
        root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 8.0);
        root.setProperty(CoreOptions.SPACING_EDGE_NODE, 10.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 2 * AREA_PADDING + 10);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                org.eclipse.elk.alg.layered.options.OrderingStrategy.NODES_AND_EDGES);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(AREA_HEADER + AREA_PADDING,
                AREA_PADDING, AREA_PADDING, AREA_PADDING));

        Map<String, Integer> partition = new HashMap<>();
        for (DiagramGraph.Area area : graph.areas()) {
            partition.put(area.key(), partition.size());
        }
        Map<String, Integer> zoneOf = new HashMap<>();
        graph.nodes().forEach(node -> zoneOf.put(node.id(), partition.get(node.area())));
        // the ports on a box's busier side (east: arrows towards the inside, west: towards the outside)
        Map<String, Integer> east = new HashMap<>();
        Map<String, Integer> west = new HashMap<>();
        for (DiagramGraph.Edge edge : graph.edges()) {
            boolean rightwards = zoneOf.get(edge.source()) <= zoneOf.get(edge.target());
            (rightwards ? east : west).merge(edge.source(), 1, Integer::sum);
            (rightwards ? west : east).merge(edge.target(), 1, Integer::sum);
        }
        Map<String, Integer> ports = new HashMap<>(east);
        west.forEach((k, v) -> ports.merge(k, v, Math::max));
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (DiagramGraph.Node node : graph.nodes()) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setIdentifier(node.id());
            double width = Math.ceil(TextWidth.of(node.label(), Drawing.TEXT_SIZE) + 2 * BOX_PADDING);
            // every arrow has its own port on the side it leaves or enters by, spread along that side by ELK: a
            // box with many arrows is as tall as its busiest side's ports need
            double along = (ports.getOrDefault(node.id(), 0) + 1) * PORT_SPACING;
            n.setDimensions(width, Math.max(BOX_HEIGHT, along));
            n.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
            n.setProperty(CoreOptions.PARTITIONING_PARTITION, partition.get(node.area()));
            nodes.put(node.id(), n);
        }
        Map<ElkEdge, DiagramGraph.Edge> edges = new LinkedHashMap<>();
        for (DiagramGraph.Edge edge : graph.edges()) {
            ElkNode from = nodes.get(edge.source());
            ElkNode to = nodes.get(edge.target());
            // an arrow leaves towards its target's zone: to the right when the target stands right of (or in) the
            // source's zone, else to the left
            boolean rightwards = zoneOf.get(edge.source()) <= zoneOf.get(edge.target());
            ElkEdge e = ElkGraphUtil.createSimpleEdge(port(from, rightwards ? PortSide.EAST : PortSide.WEST),
                    port(to, rightwards ? PortSide.WEST : PortSide.EAST));
            // one label per arrow, laid out by ELK as part of the graph: on the arrow (inline), the arrow runs
            // through it, and other arrows and boxes keep their distance as from a box
            List<String> lines = edge.labels().stream().flatMap(l -> l.lines().stream()).toList();
            ElkLabel l = ElkGraphUtil.createLabel(String.join("\n", lines), e);
            double[] size = labelSize(edge);
            l.setDimensions(size[0], size[1]);
            l.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            l.setProperty(CoreOptions.EDGE_LABELS_INLINE, true);
            edges.put(e, edge);
        }
        // no progress is shown: a monitor that records nothing (the basic one keeps a child per phase)
        new RecursiveGraphLayoutEngine().layout(root, new NullElkProgressMonitor());

        List<Drawing.Box> boxes = new ArrayList<>();
        for (DiagramGraph.Node node : graph.nodes()) {
            ElkNode n = nodes.get(node.id());
            boxes.add(new Drawing.Box(node.id(), node.label(), new Drawing.Rect(n.getX(), n.getY(), n.getWidth(), n.getHeight()),
                    node.area()));
        }
        List<Drawing.Arrow> arrows = new ArrayList<>();
        edges.forEach((e, edge) -> {
            List<Drawing.Point> points = new ArrayList<>();
            for (ElkEdgeSection s : e.getSections()) {
                points.add(new Drawing.Point(s.getStartX(), s.getStartY()));
                s.getBendPoints().forEach(b -> points.add(new Drawing.Point(b.getX(), b.getY())));
                points.add(new Drawing.Point(s.getEndX(), s.getEndY()));
            }
            ElkLabel l = e.getLabels().get(0);
            Drawing.Rect box = new Drawing.Rect(l.getX(), l.getY(), l.getWidth(), l.getHeight());
            List<Drawing.Label> placed = bands(edge, box);
            arrows.add(new Drawing.Arrow(edge.source(), edge.target(), points, edge.style(), edge.mark(), box, placed,
                    edge.twoWay()));
        });
        return finish(graph, root.getWidth(), root.getHeight(), boxes, arrows);
    }

    /** The size of an arrow's label: its widest line after the requirement's sample, and its lines. */
    static double[] labelSize(DiagramGraph.Edge edge) {
        List<String> lines = edge.labels().stream().flatMap(l -> l.lines().stream()).toList();
        double text = lines.stream().mapToDouble(t -> TextWidth.of(t, Drawing.TEXT_SIZE)).max().orElse(0);
        return new double[] {Math.ceil(text + Drawing.Label.SAMPLE + Drawing.Label.SAMPLE_GAP + 2 * LABEL_PADDING),
            lines.size() * Drawing.LINE_HEIGHT + 2 * LABEL_PADDING};
    }

    /** The flows' bands in an arrow's label box {@code box}, top to bottom in the flows' order. */
    static List<Drawing.Label> bands(DiagramGraph.Edge edge, Drawing.Rect box) {
        List<Drawing.Label> placed = new ArrayList<>();
        double y = box.y() + LABEL_PADDING;
        for (DiagramGraph.EdgeLabel label : edge.labels()) {
            double h = label.lines().size() * Drawing.LINE_HEIGHT;
            placed.add(new Drawing.Label(label.flowId(), label.anchor(), label.style(), label.lines(),
                    new Drawing.Rect(box.x() + LABEL_PADDING, y, box.w() - 2 * LABEL_PADDING, h)));
            y += h;
        }
        return placed;
    }

    private static ElkPort port(ElkNode node, PortSide side) {
        ElkPort p = ElkGraphUtil.createPort(node);
        p.setDimensions(0, 0);
        p.setProperty(CoreOptions.PORT_SIDE, side);
        return p;
    }

    /** The zones' regions around their boxes (a column each, full height), and the legend below. */
    private static Drawing finish(DiagramGraph graph, double width, double height, List<Drawing.Box> boxes,
                                  List<Drawing.Arrow> arrows) {
        List<Drawing.Area> areas = new ArrayList<>();
        double top = MARGIN;
        double bottom = height - MARGIN;
        double maxX = width;
        for (DiagramGraph.Area area : graph.areas()) {
            double x0 = Double.MAX_VALUE;
            double x1 = 0;
            for (Drawing.Box b : boxes) {
                if (b.area().equals(area.key())) {
                    x0 = Math.min(x0, b.bounds().x());
                    x1 = Math.max(x1, b.bounds().x() + b.bounds().w());
                }
            }
            // the zone's name must fit in its header
            double need = TextWidth.of(area.label(), Drawing.AREA_TEXT_SIZE) + 2 * 6;
            if (x1 - x0 + 2 * AREA_PADDING < need) {
                double grow = (need - (x1 - x0 + 2 * AREA_PADDING)) / 2;
                x0 -= grow;
                x1 += grow;
            }
            Drawing.Rect r = new Drawing.Rect(round(x0 - AREA_PADDING + 6), top, round(x1 - x0 + 2 * AREA_PADDING - 12), round(bottom - top));
            areas.add(new Drawing.Area(area.key(), area.label(), r));
            maxX = Math.max(maxX, r.x() + r.w() + MARGIN);
        }
        return withLegend(graph, round(maxX), height, areas, boxes, arrows);
    }

    /** The drawing of a layout {@code width} wide, with the legend below its {@code height}, wrapped to that width. */
    static Drawing withLegend(DiagramGraph graph, double width, double height, List<Drawing.Area> areas,
                              List<Drawing.Box> boxes, List<Drawing.Arrow> arrows) {
        double y = height + LEGEND_GAP;
        double x = MARGIN;
        // a narrow drawing (the tall one) is at least as wide as its widest legend entry
        for (DiagramGraph.LegendEntry entry : graph.legend()) {
            width = Math.max(width, Math.ceil(MARGIN + Drawing.LegendItem.SAMPLE + 6 + TextWidth.of(entry.words(), Drawing.TEXT_SIZE) + MARGIN));
        }
        List<Drawing.LegendItem> legend = new ArrayList<>();
        for (DiagramGraph.LegendEntry entry : graph.legend()) {
            double w = Drawing.LegendItem.SAMPLE + 6 + TextWidth.of(entry.words(), Drawing.TEXT_SIZE);
            if (x > MARGIN && x + w > width) {
                x = MARGIN;
                y += Drawing.LINE_HEIGHT + 4;
            }
            legend.add(new Drawing.LegendItem(entry.style(), entry.mark(), entry.words(),
                    new Drawing.Rect(round(x), round(y), round(w), Drawing.LINE_HEIGHT)));
            x += w + LEGEND_ITEM_GAP;
        }
        double total = legend.isEmpty() ? height : y + Drawing.LINE_HEIGHT + MARGIN;
        return new Drawing(round(width), round(total), graph.title(), graph.description(), areas, boxes, arrows, legend);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
