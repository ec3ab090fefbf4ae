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
 * label. Sides, lanes, label gaps and the boxes' order are decided by {@link TallPlan}; this class gives them
 * coordinates. No layout engine runs: each arrow's place is looked for among the arrows already placed (quadratic in
 * the arrows of one diagram, which holds at most 48 flows), and other orders of the boxes are tried only where the
 * first crosses.
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

    static Drawing layout(DiagramGraph graph) {
        TallPlan plan = TallPlan.best(graph);
        List<DiagramGraph.Node> order = plan.order();
        Map<String, Integer> place = plan.place();
        List<TallPlan.Arc> arcs = plan.arcs();
        List<TallPlan.Loop> loops = plan.loops();

        // the column's width: its widest box, label, loop or zone name
        double column = 120;
        for (DiagramGraph.Node n : order) {
            column = Math.max(column, Math.ceil(TextWidth.of(n.label(), Drawing.TEXT_SIZE) + 2 * DiagramLayout.BOX_PADDING));
        }
        Map<Integer, List<TallPlan.Loop>> loopsOf = new HashMap<>();
        loops.forEach(l -> loopsOf.computeIfAbsent(l.box(), b -> new ArrayList<>()).add(l));
        for (List<TallPlan.Loop> ls : loopsOf.values()) {
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
        double[] left = offsets(arcs, TallPlan.Side.LEFT);
        double[] right = offsets(arcs, TallPlan.Side.RIGHT);
        // a label starts at its lane, so an outer lane's label reaches less far into the column
        for (TallPlan.Arc a : arcs) {
            column = Math.max(column, a.labelWidth - (STUB + (a.side == TallPlan.Side.LEFT ? left : right)[a.lane] - TOUCH));
        }
        column = Math.ceil(column);
        // the zones' bands are as wide as the column: the lanes run outside them, clear of the zones' names
        double x0 = DiagramLayout.MARGIN + Math.max(BAND_PAD, left.length == 0 ? 0 : left[left.length - 1] + STUB);
        double x1 = x0 + column;
        double width = x1 + Math.max(BAND_PAD, right.length == 0 ? 0 : right[right.length - 1] + STUB) + DiagramLayout.MARGIN;

        // the ports on each side of each box: arrows from above first (the innermost at the top), then arrows below
        // (the outermost at the top), so that a box's arrows nest as their lanes do
        Map<Integer, List<TallPlan.Arc>> portsLeft = new HashMap<>();
        Map<Integer, List<TallPlan.Arc>> portsRight = new HashMap<>();
        List<TallPlan.Arc> byRank = new ArrayList<>(arcs);
        byRank.sort(Comparator.comparingInt(a -> a.rank));
        for (TallPlan.Arc a : byRank) { // innermost first: arrows from above
            (a.side == TallPlan.Side.LEFT ? portsLeft : portsRight).computeIfAbsent(a.bottom, b -> new ArrayList<>()).add(a);
        }
        for (int i = byRank.size() - 1; i >= 0; i--) { // outermost first: arrows below
            TallPlan.Arc a = byRank.get(i);
            (a.side == TallPlan.Side.LEFT ? portsLeft : portsRight).computeIfAbsent(a.top, b -> new ArrayList<>()).add(a);
        }

        // the labels of each gap, in the arrows' order: below the box above, then above the box below
        Map<Integer, List<TallPlan.Arc>> below = new HashMap<>();
        Map<Integer, List<TallPlan.Arc>> above = new HashMap<>();
        for (TallPlan.Arc a : arcs) {
            (a.beforeBox ? above : below).computeIfAbsent(a.beforeBox ? a.gap : a.gap - 1, b -> new ArrayList<>()).add(a);
        }

        // top to bottom: each zone's band, its name, then per box the labels above it, the box, its loops, the labels below
        List<Drawing.Box> boxes = new ArrayList<>();
        List<Drawing.Area> areas = new ArrayList<>();
        Map<TallPlan.Arc, Drawing.Rect> labelOf = new HashMap<>();
        Map<TallPlan.Loop, Drawing.Arrow> loopArrows = new HashMap<>();
        Map<TallPlan.Arc, double[]> portY = new HashMap<>(); // the arc's y at its top box, at its bottom box
        double y = DiagramLayout.MARGIN;
        Map<String, DiagramGraph.Area> areaOf = new LinkedHashMap<>();
        graph.areas().forEach(a -> areaOf.put(a.key(), a));
        int i = 0;
        while (i < order.size()) {
            String key = order.get(i).area();
            double bandTop = y;
            y += DiagramLayout.AREA_HEADER + 2;
            for (; i < order.size() && order.get(i).area().equals(key); i++) {
                for (TallPlan.Arc a : above.getOrDefault(i, List.of())) {
                    y = label(a, y, x0, x1, left, right, labelOf);
                }
                DiagramGraph.Node node = order.get(i);
                List<TallPlan.Arc> l = portsLeft.getOrDefault(i, List.of());
                List<TallPlan.Arc> r = portsRight.getOrDefault(i, List.of());
                double h = Math.max(BOX_HEIGHT, (Math.max(l.size(), r.size()) + 1) * PORT_SPACING);
                boxes.add(new Drawing.Box(node.id(), node.label(), new Drawing.Rect(x0, round(y), column, h), node.area()));
                ports(i, l, y, h, portY);
                ports(i, r, y, h, portY);
                y += h + ROW_GAP;
                y = loops(loopsOf.getOrDefault(i, List.of()), x0, y, loopArrows);
                for (TallPlan.Arc a : below.getOrDefault(i, List.of())) {
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
        for (TallPlan.Arc a : arcs) {
            double lane = a.side == TallPlan.Side.LEFT ? x0 - STUB - left[a.lane] : x1 + STUB + right[a.lane];
            double edge = a.side == TallPlan.Side.LEFT ? x0 : x1;
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
     * Each lane's distance from its side of the column, lane 0 nearest: a lane is {@link #LANE} beyond the one inside
     * it, or as far as a label standing between them needs.
     */
    private static double[] offsets(List<TallPlan.Arc> arcs, TallPlan.Side side) {
        int count = arcs.stream().filter(a -> a.side == side).mapToInt(a -> a.lane + 1).max().orElse(0);
        double[] out = new double[count];
        for (int lane = 0; lane < count; lane++) {
            double step = lane == 0 ? 0 : LANE;
            for (TallPlan.Arc a : arcs) {
                if (a.side == side && a.lane == lane && a.wide && lane > 0) {
                    step = Math.max(step, TOUCH + a.labelWidth + TOUCH);
                }
            }
            out[lane] = (lane == 0 ? 0 : out[lane - 1]) + step;
        }
        return out;
    }

    /** The y of each arrow's port on box {@code box}, spread evenly along the box's side. */
    private static void ports(int box, List<TallPlan.Arc> arcs, double y, double h, Map<TallPlan.Arc, double[]> portY) {
        for (int p = 0; p < arcs.size(); p++) {
            TallPlan.Arc a = arcs.get(p);
            double py = round(y + (p + 1) * h / (arcs.size() + 1));
            portY.computeIfAbsent(a, k -> new double[2])[a.top == box ? 0 : 1] = py;
        }
    }

    /** Places an arrow's label in its own row, touching its lane; returns the next row's y. */
    private static double label(TallPlan.Arc a, double y, double x0, double x1, double[] left, double[] right, Map<TallPlan.Arc, Drawing.Rect> out) {
        double x = a.side == TallPlan.Side.LEFT ? x0 - STUB - left[a.lane] + TOUCH : x1 + STUB + right[a.lane] - TOUCH - a.labelWidth;
        out.put(a, new Drawing.Rect(round(x), round(y), a.labelWidth, a.labelHeight));
        return y + a.labelHeight + ROW_GAP;
    }

    /**
     * The loops of one box, below it: the first innermost, each around its label, which touches its left side, and
     * around the loops before it.
     */
    private static double loops(List<TallPlan.Loop> loops, double x0, double y, Map<TallPlan.Loop, Drawing.Arrow> out) {
        if (loops.isEmpty()) {
            return y;
        }
        double top = y - ROW_GAP;
        double rightSide = 0;
        for (int j = 0; j < loops.size(); j++) {
            TallPlan.Loop l = loops.get(j);
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
