package dev.flowdoc.render.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where {@link TallLayout} puts things before any coordinate: the order of the boxes in the column, and for every
 * arrow its side, its lane (0 nearest the column) and the gap between two boxes its label stands in. The arrows of one
 * side nest like brackets: a longer arrow runs outside a shorter one it encloses; an arrow goes to the other side where
 * it would interleave with one already on a side. A label's gap is one that no arrow inside its lane runs past.
 */
record TallPlan(List<DiagramGraph.Node> order, Map<String, Integer> place, List<TallPlan.Arc> arcs,
                List<TallPlan.Loop> loops, int crossings) {
    /** Which side of the column an arrow's lane runs on. */
    enum Side { LEFT, RIGHT }

    /** One arrow between two different boxes: its boxes' places in the column, its side and lane, its label's gap. */
    static final class Arc {
        final int index;
        final DiagramGraph.Edge edge;
        final int top;
        final int bottom;
        final double labelWidth;
        final double labelHeight;
        int rank;
        Side side;
        int lane;
        /** The gap the label stands in: gap g is between box g - 1 and box g. */
        int gap;
        /** Its label is in its gap's part above box {@code gap} (else below box {@code gap - 1}). */
        boolean beforeBox;
        /** No row between its boxes is free of the arrows inside its lane: its lane keeps the label's width free. */
        boolean wide;

        Arc(int index, DiagramGraph.Edge edge, int top, int bottom, double[] label) {
            this.index = index;
            this.edge = edge;
            this.top = top;
            this.bottom = bottom;
            this.labelWidth = label[0];
            this.labelHeight = label[1];
        }

        boolean overlaps(Arc o) {
            return top < o.bottom && o.top < bottom;
        }

        boolean interleaves(Arc o) {
            return (top < o.top && o.top < bottom && bottom < o.bottom) || (o.top < top && top < o.bottom && o.bottom < bottom);
        }

        /** Does it run past gap g (between box g - 1 and box g)? */
        boolean spans(int g) {
            return top < g && g <= bottom;
        }
    }

    /** An arrow from a box to itself. */
    record Loop(int index, DiagramGraph.Edge edge, int box, double labelWidth, double labelHeight) {}

    private static TallPlan plan(DiagramGraph graph, List<DiagramGraph.Node> order) {
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            place.put(order.get(i).id(), i);
        }
        int[] degree = new int[order.size()];
        List<Arc> arcs = new ArrayList<>();
        List<Loop> loops = new ArrayList<>();
        for (int k = 0; k < graph.edges().size(); k++) {
            DiagramGraph.Edge e = graph.edges().get(k);
            int s = place.get(e.source());
            int t = place.get(e.target());
            degree[s]++;
            degree[t]++;
            double[] size = DiagramLayout.labelSize(e);
            if (s == t) {
                loops.add(new Loop(k, e, s, size[0], size[1]));
            } else {
                arcs.add(new Arc(k, e, Math.min(s, t), Math.max(s, t), size));
            }
        }
        return new TallPlan(order, place, arcs, loops, placeArcs(arcs, degree));
    }

    /** Each zone's boxes ordered by the mean place of the boxes their arrows lead to (stable: ties keep their order). */
    private static List<DiagramGraph.Node> byNeighbours(DiagramGraph graph, List<DiagramGraph.Node> order) {
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            place.put(order.get(i).id(), i);
        }
        Map<String, double[]> sum = new HashMap<>();
        for (DiagramGraph.Edge e : graph.edges()) {
            sum.computeIfAbsent(e.source(), k -> new double[2]);
            sum.computeIfAbsent(e.target(), k -> new double[2]);
            sum.get(e.source())[0] += place.get(e.target());
            sum.get(e.source())[1]++;
            sum.get(e.target())[0] += place.get(e.source());
            sum.get(e.target())[1]++;
        }
        List<DiagramGraph.Node> out = new ArrayList<>();
        int i = 0;
        while (i < order.size()) {
            String area = order.get(i).area();
            List<DiagramGraph.Node> zone = new ArrayList<>();
            for (; i < order.size() && order.get(i).area().equals(area); i++) {
                zone.add(order.get(i));
            }
            zone.sort(Comparator.comparingDouble(n -> {
                double[] v = sum.get(n.id());
                return v == null || v[1] == 0 ? place.get(n.id()) : v[0] / v[1];
            }));
            out.addAll(zone);
        }
        return out;
    }

    /**
     * The plan for the boxes zone by zone in the zones' order, in each zone in the graph's order, unless an order by the
     * arrows' other ends, or swapping neighbours in a zone, crosses fewer arrows (tried only where the first crosses).
     */
    static TallPlan best(DiagramGraph graph) {
        List<DiagramGraph.Node> first = new ArrayList<>();
        for (DiagramGraph.Area area : graph.areas()) {
            graph.nodes().stream().filter(n -> n.area().equals(area.key())).forEach(first::add);
        }
        TallPlan plan = plan(graph, first);
        List<DiagramGraph.Node> order = first;
        for (int round = 0; round < 4 && plan.crossings() > 0; round++) {
            order = byNeighbours(graph, order);
            TallPlan other = plan(graph, order);
            if (other.crossings() < plan.crossings()) {
                plan = other;
            }
        }
        // then neighbours in a zone swap places while that crosses fewer (a few passes: the graphs are small)
        for (int pass = 0; pass < 3 && plan.crossings() > 0; pass++) {
            boolean better = false;
            for (int i = 0; i + 1 < plan.order().size() && plan.crossings() > 0; i++) {
                List<DiagramGraph.Node> o = plan.order();
                if (!o.get(i).area().equals(o.get(i + 1).area())) {
                    continue;
                }
                List<DiagramGraph.Node> swapped = new ArrayList<>(o);
                java.util.Collections.swap(swapped, i, i + 1);
                TallPlan other = plan(graph, swapped);
                if (other.crossings() < plan.crossings()) {
                    plan = other;
                    better = true;
                }
            }
            if (!better) {
                break;
            }
        }
        return plan;
    }

    /**
     * Decides each arrow's side, lane and label gap. The shorter arrows first: an arrow goes to the first side where it
     * interleaves with none there and a gap between its boxes is free of the arrows it encloses; else to a side where it
     * interleaves with none (its lane then keeps room for the label beside the arrows inside); else to the side where it
     * crosses fewest.
     */
    private static int placeArcs(List<Arc> arcs, int[] degree) {
        List<Arc> order = new ArrayList<>(arcs);
        order.sort(Comparator.<Arc>comparingInt(a -> a.bottom - a.top).thenComparingInt(a -> a.index));
        List<Arc> placed = new ArrayList<>();
        int crossings = 0;
        for (int r = 0; r < order.size(); r++) {
            Arc a = order.get(r);
            a.rank = r;
            Side chosen = null;
            int gap = -1;
            int fewest = Integer.MAX_VALUE;
            Side fewestSide = Side.LEFT;
            Side clean = null;
            for (Side side : Side.values()) {
                int interleaved = 0;
                for (Arc o : placed) {
                    if (o.side == side && o.interleaves(a)) {
                        interleaved++;
                    }
                }
                int g = freeGap(a, side, placed, degree);
                if (interleaved == 0 && g >= 0) {
                    chosen = side;
                    gap = g;
                    break;
                }
                if (interleaved == 0 && clean == null) {
                    clean = side;
                }
                if (interleaved < fewest) {
                    fewest = interleaved;
                    fewestSide = side;
                }
            }
            if (chosen == null) {
                chosen = clean != null ? clean : fewestSide;
                crossings += clean != null ? 0 : fewest;
                gap = freeGap(a, chosen, placed, degree);
                if (gap < 0) {
                    a.wide = true;
                    gap = candidates(a, degree).get(0);
                }
            }
            a.side = chosen;
            a.gap = gap;
            // a label in the gap just below its top box belongs to that box's zone, any other to the box below it
            a.beforeBox = !(gap == a.top + 1 && (gap != a.bottom || degree[a.top] <= degree[a.bottom]));
            int lane = 0;
            for (Arc o : placed) {
                if (o.side == chosen && o.overlaps(a)) {
                    lane = Math.max(lane, o.lane + 1);
                }
            }
            a.lane = lane;
            placed.add(a);
        }
        return crossings;
    }

    /** The first of the arrow's gaps, in {@link #candidates} order, that no arrow already on {@code side} inside it runs past. */
    private static int freeGap(Arc a, Side side, List<Arc> placed, int[] degree) {
        for (int g : candidates(a, degree)) {
            boolean free = true;
            for (Arc o : placed) {
                if (o.side == side && o.overlaps(a) && o.spans(g)) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return g;
            }
        }
        return -1;
    }

    /**
     * The gaps between an arrow's boxes in the order its label would best stand in: next to the endpoint with fewer
     * arrows (the one a reader looks for it at), next to the other, then the others from the first end on.
     */
    private static List<Integer> candidates(Arc a, int[] degree) {
        List<Integer> out = new ArrayList<>();
        boolean fromTop = degree[a.top] <= degree[a.bottom];
        out.add(fromTop ? a.top + 1 : a.bottom);
        if (a.bottom > a.top + 1) {
            out.add(fromTop ? a.bottom : a.top + 1);
        }
        if (fromTop) {
            for (int g = a.top + 2; g < a.bottom; g++) {
                out.add(g);
            }
        } else {
            for (int g = a.bottom - 1; g > a.top + 1; g--) {
                out.add(g);
            }
        }
        return out;
    }

}
