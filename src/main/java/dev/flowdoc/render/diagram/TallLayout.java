package dev.flowdoc.render.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout for a phone: zones top to bottom (the first zone, the Internet, at the top), every endpoint a box across
 * one narrow column, one below the other, and the arrows in lanes beside the column, left or right, as in a subway map.
 * An arrow leaves its box sideways, runs up or down its lane and enters the other box from the same side. Its label
 * stands in a row of its own between the boxes, touching its lane: no label shares a row with another label or a box,
 * so the diagram is as wide as its widest box or label plus its lanes, however many arrows there are.
 *
 * <p>The arrows of one side nest like brackets (a longer arrow runs outside a shorter one it encloses, and the ports on
 * a box are ordered to match), so they do not cross; an arrow goes to the other side where it would interleave with
 * one already on a side. A label stands where no arrow inside its own lane runs (next to the endpoint with fewer
 * arrows where it can), so it lies on no other arrow. An arrow from a box to itself is a loop below the box, around its
 * label. Linear in the arrows (lanes are looked for among the arrows already placed): no layout engine runs.
 */
final class TallLayout {
    /** A box's height where it has few arrows, and the distance between two arrows on one side of a box. */
    static final double BOX_HEIGHT = 30;
    static final double PORT_SPACING = 12;
    /** Between two lanes; between the column and the nearest lane; between a lane and its label. */
    static final double LANE = 7;
    static final double STUB = 8;
    static final double TOUCH = 3;
    /** Between two rows (boxes, labels); inside a zone's band beside the lanes; below a band's last row; between bands. */
    static final double ROW_GAP = 6;
    static final double BAND_PAD = 6;
    static final double BAND_BOTTOM = 8;
    static final double BAND_GAP = 8;
    /** A loop's left side stands this far inside its box; loops around one box nest this far apart. */
    static final double LOOP_INSET = 10;
    static final double LOOP_STEP = 6;

    private TallLayout() {}

    private enum Side { LEFT, RIGHT }

    /** One arrow between two different boxes: its boxes' places in the column, its side and lane, its label's gap. */
    private static final class Arc {
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
    private record Loop(int index, DiagramGraph.Edge edge, int box, double labelWidth, double labelHeight) {}

    /** The boxes in one order, and the arrows placed for it: how often they cross. */
    private record Plan(List<DiagramGraph.Node> order, Map<String, Integer> place, List<Arc> arcs, List<Loop> loops,
                        int crossings) {}

    private static Plan plan(DiagramGraph graph, List<DiagramGraph.Node> order) {
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
        return new Plan(order, place, arcs, loops, placeArcs(arcs, degree));
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

    static Drawing layout(DiagramGraph graph) {
        // the boxes in the column: zone by zone in the zones' order, in each zone in the graph's order, unless an order
        // by the arrows' other ends crosses fewer arrows
        List<DiagramGraph.Node> first = new ArrayList<>();
        for (DiagramGraph.Area area : graph.areas()) {
            graph.nodes().stream().filter(n -> n.area().equals(area.key())).forEach(first::add);
        }
        Plan plan = plan(graph, first);
        List<DiagramGraph.Node> order = first;
        for (int round = 0; round < 4 && plan.crossings() > 0; round++) {
            order = byNeighbours(graph, order);
            Plan other = plan(graph, order);
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
                Plan other = plan(graph, swapped);
                if (other.crossings() < plan.crossings()) {
                    plan = other;
                    better = true;
                }
            }
            if (!better) {
                break;
            }
        }
        order = plan.order();
        Map<String, Integer> place = plan.place();
        List<Arc> arcs = plan.arcs();
        List<Loop> loops = plan.loops();

        // the column's width: its widest box, label, loop or zone name
        double column = 120;
        for (DiagramGraph.Node n : order) {
            column = Math.max(column, Math.ceil(TextWidth.of(n.label(), Drawing.TEXT_SIZE) + 2 * DiagramLayout.BOX_PADDING));
        }
        Map<Integer, List<Loop>> loopsOf = new HashMap<>();
        loops.forEach(l -> loopsOf.computeIfAbsent(l.box(), b -> new ArrayList<>()).add(l));
        for (List<Loop> ls : loopsOf.values()) {
            double need = 0;
            for (int j = 0; j < ls.size(); j++) {
                double xa = LOOP_INSET + (ls.size() - 1 - j) * LOOP_STEP;
                need = Math.max(xa + 2 * TOUCH + ls.get(j).labelWidth(), j > 0 ? need + LOOP_STEP : 0);
            }
            column = Math.max(column, need + LOOP_INSET);
        }
        for (DiagramGraph.Area area : graph.areas()) {
            column = Math.max(column, TextWidth.of(area.label(), Drawing.AREA_TEXT_SIZE) + 16 - 2 * BAND_PAD);
        }

        // the lanes' distances from the column, per side: a lane whose arrow's label needs room keeps it free
        double[] left = offsets(arcs, Side.LEFT);
        double[] right = offsets(arcs, Side.RIGHT);
        // a label starts at its lane, so an outer lane's label reaches less far into the column
        for (Arc a : arcs) {
            column = Math.max(column, a.labelWidth - (STUB + (a.side == Side.LEFT ? left : right)[a.lane] - TOUCH));
        }
        column = Math.ceil(column);
        // the zones' bands are as wide as the column: the lanes run outside them, clear of the zones' names
        double x0 = DiagramLayout.MARGIN + Math.max(BAND_PAD, left.length == 0 ? 0 : left[left.length - 1] + STUB);
        double x1 = x0 + column;
        double width = x1 + Math.max(BAND_PAD, right.length == 0 ? 0 : right[right.length - 1] + STUB) + DiagramLayout.MARGIN;

        // the ports on each side of each box: arrows from above first (the innermost at the top), then arrows below
        // (the outermost at the top), so that a box's arrows nest as their lanes do
        Map<Integer, List<Arc>> portsLeft = new HashMap<>();
        Map<Integer, List<Arc>> portsRight = new HashMap<>();
        List<Arc> byRank = new ArrayList<>(arcs);
        byRank.sort(Comparator.comparingInt(a -> a.rank));
        for (Arc a : byRank) { // innermost first: arrows from above
            (a.side == Side.LEFT ? portsLeft : portsRight).computeIfAbsent(a.bottom, b -> new ArrayList<>()).add(a);
        }
        for (int i = byRank.size() - 1; i >= 0; i--) { // outermost first: arrows below
            Arc a = byRank.get(i);
            (a.side == Side.LEFT ? portsLeft : portsRight).computeIfAbsent(a.top, b -> new ArrayList<>()).add(a);
        }

        // the labels of each gap, in the arrows' order: below the box above, then above the box below
        Map<Integer, List<Arc>> below = new HashMap<>();
        Map<Integer, List<Arc>> above = new HashMap<>();
        for (Arc a : arcs) {
            (a.beforeBox ? above : below).computeIfAbsent(a.beforeBox ? a.gap : a.gap - 1, b -> new ArrayList<>()).add(a);
        }

        // top to bottom: each zone's band, its name, then per box the labels above it, the box, its loops, the labels below
        List<Drawing.Box> boxes = new ArrayList<>();
        List<Drawing.Area> areas = new ArrayList<>();
        Map<Arc, Drawing.Rect> labelOf = new HashMap<>();
        Map<Loop, Drawing.Arrow> loopArrows = new HashMap<>();
        Map<Arc, double[]> portY = new HashMap<>(); // the arc's y at its top box, at its bottom box
        double y = DiagramLayout.MARGIN;
        Map<String, DiagramGraph.Area> areaOf = new LinkedHashMap<>();
        graph.areas().forEach(a -> areaOf.put(a.key(), a));
        int i = 0;
        while (i < order.size()) {
            String key = order.get(i).area();
            double bandTop = y;
            y += DiagramLayout.AREA_HEADER + 2;
            for (; i < order.size() && order.get(i).area().equals(key); i++) {
                for (Arc a : above.getOrDefault(i, List.of())) {
                    y = label(a, y, x0, x1, left, right, labelOf);
                }
                DiagramGraph.Node node = order.get(i);
                List<Arc> l = portsLeft.getOrDefault(i, List.of());
                List<Arc> r = portsRight.getOrDefault(i, List.of());
                double h = Math.max(BOX_HEIGHT, (Math.max(l.size(), r.size()) + 1) * PORT_SPACING);
                boxes.add(new Drawing.Box(node.id(), node.label(), new Drawing.Rect(x0, round(y), column, h), node.area()));
                ports(i, l, y, h, portY);
                ports(i, r, y, h, portY);
                y += h + ROW_GAP;
                y = loops(loopsOf.getOrDefault(i, List.of()), x0, y, loopArrows);
                for (Arc a : below.getOrDefault(i, List.of())) {
                    y = label(a, y, x0, x1, left, right, labelOf);
                }
            }
            y += BAND_BOTTOM - ROW_GAP;
            DiagramGraph.Area area = areaOf.get(key);
            areas.add(new Drawing.Area(key, area.label(), new Drawing.Rect(round(x0 - BAND_PAD), round(bandTop),
                    round(column + 2 * BAND_PAD), round(y - bandTop))));
            y += BAND_GAP;
        }
        // zones without an endpoint have no band (the wide layout has no column for them either)

        List<Drawing.Arrow> arrows = new ArrayList<>();
        Map<Integer, Drawing.Arrow> byIndex = new HashMap<>();
        for (Arc a : arcs) {
            double lane = a.side == Side.LEFT ? x0 - STUB - left[a.lane] : x1 + STUB + right[a.lane];
            double edge = a.side == Side.LEFT ? x0 : x1;
            double[] ys = portY.get(a);
            boolean down = place.get(a.edge.source()) == a.top;
            double from = down ? ys[0] : ys[1];
            double to = down ? ys[1] : ys[0];
            List<Drawing.Point> points = List.of(new Drawing.Point(edge, from), new Drawing.Point(round(lane), from),
                    new Drawing.Point(round(lane), to), new Drawing.Point(edge, to));
            byIndex.put(a.index, arrow(a.edge, points, labelOf.get(a)));
        }
        loopArrows.forEach((l, arrow) -> byIndex.put(l.index(), arrow));
        for (int k = 0; k < graph.edges().size(); k++) {
            arrows.add(byIndex.get(k));
        }
        double height = y - BAND_GAP + DiagramLayout.MARGIN;
        return DiagramLayout.withLegend(graph, round(width), height, areas, boxes, arrows);
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

    /**
     * Each lane's distance from its side of the column, lane 0 nearest: a lane is {@link #LANE} beyond the one inside
     * it, or as far as a label standing between them needs.
     */
    private static double[] offsets(List<Arc> arcs, Side side) {
        int count = arcs.stream().filter(a -> a.side == side).mapToInt(a -> a.lane + 1).max().orElse(0);
        double[] out = new double[count];
        for (int lane = 0; lane < count; lane++) {
            double step = lane == 0 ? 0 : LANE;
            for (Arc a : arcs) {
                if (a.side == side && a.lane == lane && a.wide && lane > 0) {
                    step = Math.max(step, TOUCH + a.labelWidth + TOUCH);
                }
            }
            out[lane] = (lane == 0 ? 0 : out[lane - 1]) + step;
        }
        return out;
    }

    /** The y of each arrow's port on box {@code box}, spread evenly along the box's side. */
    private static void ports(int box, List<Arc> arcs, double y, double h, Map<Arc, double[]> portY) {
        for (int p = 0; p < arcs.size(); p++) {
            Arc a = arcs.get(p);
            double py = round(y + (p + 1) * h / (arcs.size() + 1));
            portY.computeIfAbsent(a, k -> new double[2])[a.top == box ? 0 : 1] = py;
        }
    }

    /** Places an arrow's label in its own row, touching its lane; returns the next row's y. */
    private static double label(Arc a, double y, double x0, double x1, double[] left, double[] right, Map<Arc, Drawing.Rect> out) {
        double x = a.side == Side.LEFT ? x0 - STUB - left[a.lane] + TOUCH : x1 + STUB + right[a.lane] - TOUCH - a.labelWidth;
        out.put(a, new Drawing.Rect(round(x), round(y), a.labelWidth, a.labelHeight));
        return y + a.labelHeight + ROW_GAP;
    }

    /**
     * The loops of one box, below it: the first innermost, each around its label, which touches its left side, and
     * around the loops before it.
     */
    private static double loops(List<Loop> loops, double x0, double y, Map<Loop, Drawing.Arrow> out) {
        if (loops.isEmpty()) {
            return y;
        }
        double top = y - ROW_GAP;
        double rightSide = 0;
        for (int j = 0; j < loops.size(); j++) {
            Loop l = loops.get(j);
            double xa = x0 + LOOP_INSET + (loops.size() - 1 - j) * LOOP_STEP;
            double xb = Math.max(xa + TOUCH + l.labelWidth() + TOUCH, rightSide + LOOP_STEP);
            rightSide = xb;
            Drawing.Rect label = new Drawing.Rect(round(xa + TOUCH), round(y), l.labelWidth(), l.labelHeight());
            double bottom = y + l.labelHeight() + TOUCH;
            List<Drawing.Point> points = List.of(new Drawing.Point(round(xa), round(top)), new Drawing.Point(round(xa), round(bottom)),
                    new Drawing.Point(round(xb), round(bottom)), new Drawing.Point(round(xb), round(top)));
            out.put(l, arrow(l.edge(), points, label));
            y = bottom + ROW_GAP;
        }
        return y;
    }

    /** An arrow along {@code points} with its label box, a band per flow in it. */
    private static Drawing.Arrow arrow(DiagramGraph.Edge edge, List<Drawing.Point> points, Drawing.Rect box) {
        return new Drawing.Arrow(edge.source(), edge.target(), points, edge.style(), edge.mark(), box,
                DiagramLayout.bands(edge, box), edge.twoWay());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
