package dev.flowdoc.render.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * One wide layout for a diagram in every language. The graphs of one view in German and in English say the same in
 * different words: the same endpoints, zones, arrows and flows, each flow with as many lines. So ELK lays out once a
 * graph whose every box, label and zone name is as wide as its widest language needs ({@link #widest}), and each
 * language's drawing is that layout with its own words ({@link #inWords}): the same boxes, arrows and labels in the
 * same places, its own title, description and legend. A box is as wide in both languages; the layout costs half.
 */
final class SharedLayout {
    private SharedLayout() {}

    /**
     * True when the graphs differ only in words: the same zones, the same endpoints in them, the same arrows between
     * the same endpoints in the same order, each with the same flows, requirements, marks and number of lines.
     */
    static boolean sameShape(List<DiagramGraph> graphs) {
        DiagramGraph first = graphs.get(0);
        for (DiagramGraph g : graphs.subList(1, graphs.size())) {
            if (g.areas().size() != first.areas().size() || g.nodes().size() != first.nodes().size()
                    || g.edges().size() != first.edges().size()) {
                return false;
            }
            for (int i = 0; i < g.areas().size(); i++) {
                if (!g.areas().get(i).key().equals(first.areas().get(i).key())) {
                    return false;
                }
            }
            for (int i = 0; i < g.nodes().size(); i++) {
                DiagramGraph.Node a = first.nodes().get(i);
                DiagramGraph.Node b = g.nodes().get(i);
                if (!a.id().equals(b.id()) || !a.area().equals(b.area())) {
                    return false;
                }
            }
            for (int i = 0; i < g.edges().size(); i++) {
                DiagramGraph.Edge a = first.edges().get(i);
                DiagramGraph.Edge b = g.edges().get(i);
                if (!a.source().equals(b.source()) || !a.target().equals(b.target()) || a.style() != b.style()
                        || a.mark() != b.mark() || a.twoWay() != b.twoWay() || a.labels().size() != b.labels().size()) {
                    return false;
                }
                for (int j = 0; j < a.labels().size(); j++) {
                    DiagramGraph.EdgeLabel x = a.labels().get(j);
                    DiagramGraph.EdgeLabel y = b.labels().get(j);
                    if (!x.flowId().equals(y.flowId()) || x.style() != y.style() || x.lines().size() != y.lines().size()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The graph to lay out for graphs of {@link #sameShape}: each text the widest of its languages (by the width the
     * layout reserves for it), no title, no description and no legend (each language places its own).
     */
    static DiagramGraph widest(List<DiagramGraph> graphs) {
        DiagramGraph first = graphs.get(0);
        List<DiagramGraph.Area> areas = new ArrayList<>();
        for (int i = 0; i < first.areas().size(); i++) {
            int k = i;
            areas.add(new DiagramGraph.Area(first.areas().get(i).key(),
                    widest(graphs.stream().map(g -> g.areas().get(k).label()).toList(), Drawing.AREA_TEXT_SIZE)));
        }
        List<DiagramGraph.Node> nodes = new ArrayList<>();
        for (int i = 0; i < first.nodes().size(); i++) {
            int k = i;
            DiagramGraph.Node n = first.nodes().get(i);
            nodes.add(new DiagramGraph.Node(n.id(),
                    widest(graphs.stream().map(g -> g.nodes().get(k).label()).toList(), Drawing.TEXT_SIZE), n.area()));
        }
        List<DiagramGraph.Edge> edges = new ArrayList<>();
        for (int i = 0; i < first.edges().size(); i++) {
            DiagramGraph.Edge e = first.edges().get(i);
            List<DiagramGraph.EdgeLabel> labels = new ArrayList<>();
            for (int j = 0; j < e.labels().size(); j++) {
                DiagramGraph.EdgeLabel l = e.labels().get(j);
                List<String> lines = new ArrayList<>();
                for (int n = 0; n < l.lines().size(); n++) {
                    int edge = i;
                    int label = j;
                    int line = n;
                    lines.add(widest(graphs.stream().map(g -> g.edges().get(edge).labels().get(label).lines().get(line)).toList(),
                            Drawing.TEXT_SIZE));
                }
                labels.add(new DiagramGraph.EdgeLabel(l.flowId(), l.anchor(), l.style(), lines));
            }
            edges.add(new DiagramGraph.Edge(e.source(), e.target(), e.style(), e.mark(), labels, e.twoWay()));
        }
        return new DiagramGraph("", "", areas, nodes, edges, List.of());
    }

    /** The widest text (the first of equally wide ones). */
    private static String widest(List<String> texts, double size) {
        String best = texts.get(0);
        double width = TextWidth.of(best, size);
        for (String t : texts.subList(1, texts.size())) {
            double w = TextWidth.of(t, size);
            if (w > width) {
                best = t;
                width = w;
            }
        }
        return best;
    }

    /**
     * {@code graph}'s drawing from the layout of the {@link #widest} graph of its languages ({@code shared}, which has
     * no legend): every shape where the shared layout put it, every text {@code graph}'s, and {@code graph}'s legend
     * below, placed as {@link DiagramLayout} places a legend.
     */
    static Drawing inWords(Drawing shared, DiagramGraph graph) {
        List<Drawing.Area> areas = new ArrayList<>();
        for (int i = 0; i < shared.areas().size(); i++) {
            Drawing.Area a = shared.areas().get(i);
            areas.add(new Drawing.Area(a.key(), graph.areas().get(i).label(), a.bounds()));
        }
        List<Drawing.Box> boxes = new ArrayList<>();
        for (int i = 0; i < shared.boxes().size(); i++) {
            Drawing.Box b = shared.boxes().get(i);
            boxes.add(new Drawing.Box(b.id(), graph.nodes().get(i).label(), b.bounds(), b.area()));
        }
        List<Drawing.Arrow> arrows = new ArrayList<>();
        for (int i = 0; i < shared.arrows().size(); i++) {
            Drawing.Arrow a = shared.arrows().get(i);
            DiagramGraph.Edge edge = graph.edges().get(i);
            List<Drawing.Label> labels = new ArrayList<>();
            for (int j = 0; j < a.labels().size(); j++) {
                Drawing.Label l = a.labels().get(j);
                DiagramGraph.EdgeLabel words = edge.labels().get(j);
                labels.add(new Drawing.Label(l.flowId(), words.anchor(), l.style(), words.lines(), l.bounds()));
            }
            arrows.add(new Drawing.Arrow(a.source(), a.target(), a.points(), a.style(), a.mark(), a.label(), labels, a.twoWay()));
        }
        // the legend below the layout, wrapped at its width (DiagramLayout's rule)
        return DiagramLayout.withLegend(graph, shared.width(), shared.height(), areas, boxes, arrows);
    }
}
