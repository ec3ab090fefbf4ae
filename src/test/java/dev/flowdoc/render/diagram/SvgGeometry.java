package dev.flowdoc.render.diagram;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The geometry of a diagram as a reader's browser gets it: read back from the SVG text, not from the layout's
 * objects. Each {@code <g class="flow">} is one arrow (its path) and its label rectangles; each
 * {@code <g class="endpoint">} one box. Measures what issue 27 asks: how far each label stands from its own arrow,
 * overlaps, labels lying on other arrows, and crossings of arrows.
 */
record SvgGeometry(List<Flow> flows, List<Rect> boxes) {
    record Point(double x, double y) {}

    record Rect(double x, double y, double w, double h) {
        boolean overlaps(Rect o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        /** Does the segment pass through the rectangle's inside (shrunk by {@code inset} on each side)? */
        boolean crossedBy(Point a, Point b, double inset) {
            return new Rect(x + inset, y + inset, w - 2 * inset, h - 2 * inset).distance(a, b) == 0 && w > 2 * inset && h > 2 * inset;
        }

        /** Distance between the rectangle (its edge or inside) and an axis-parallel or any straight segment. */
        double distance(Point a, Point b) {
            if (segmentHitsRect(a, b)) {
                return 0;
            }
            double best = Double.MAX_VALUE;
            Point[] corners = {new Point(x, y), new Point(x + w, y), new Point(x + w, y + h), new Point(x, y + h)};
            for (int i = 0; i < 4; i++) {
                Point c = corners[i];
                Point d = corners[(i + 1) % 4];
                best = Math.min(best, pointSegment(a, c, d));
                best = Math.min(best, pointSegment(b, c, d));
                best = Math.min(best, pointSegment(c, a, b));
            }
            return best;
        }

        private boolean segmentHitsRect(Point a, Point b) {
            // Liang-Barsky clipping
            double t0 = 0;
            double t1 = 1;
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {a.x() - x, x + w - a.x(), a.y() - y, y + h - a.y()};
            for (int i = 0; i < 4; i++) {
                if (p[i] == 0) {
                    if (q[i] < 0) {
                        return false;
                    }
                } else {
                    double t = q[i] / p[i];
                    if (p[i] < 0) {
                        t0 = Math.max(t0, t);
                    } else {
                        t1 = Math.min(t1, t);
                    }
                }
            }
            return t0 <= t1;
        }
    }

    /** One {@code <g class="flow">}: its arrow's points and its labels' rectangles. */
    record Flow(String classes, List<Point> points, List<Rect> labels) {
        double distance(Rect label) {
            double best = Double.MAX_VALUE;
            for (int i = 1; i < points.size(); i++) {
                best = Math.min(best, label.distance(points.get(i - 1), points.get(i)));
            }
            return best;
        }
    }

    static SvgGeometry read(String svg) {
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        List<Flow> flows = new ArrayList<>();
        for (Element g : doc.select("g.flow")) {
            Element line = g.selectFirst("path.line");
            if (line == null) {
                line = g.selectFirst("path");
            }
            List<Rect> labels = new ArrayList<>();
            var rects = g.select("rect.label");
            for (Element r : rects.isEmpty() ? g.select("rect") : rects) {
                labels.add(rect(r));
            }
            flows.add(new Flow(g.attr("class"), points(line.attr("d")), labels));
        }
        List<Rect> boxes = new ArrayList<>();
        for (Element g : doc.select("g.endpoint")) {
            boxes.add(rect(g.selectFirst("rect")));
        }
        return new SvgGeometry(flows, boxes);
    }

    private static Rect rect(Element r) {
        return new Rect(Double.parseDouble(r.attr("x")), Double.parseDouble(r.attr("y")),
                Double.parseDouble(r.attr("width")), Double.parseDouble(r.attr("height")));
    }

    private static List<Point> points(String d) {
        List<Point> points = new ArrayList<>();
        for (String part : d.trim().split("\\s*[ML]\\s*")) {
            if (!part.isBlank()) {
                String[] xy = part.trim().split("[ ,]+");
                points.add(new Point(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
            }
        }
        return points;
    }

    static double pointSegment(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }

    /** Every label's distance to its own arrow. */
    List<Double> distances() {
        List<Double> out = new ArrayList<>();
        for (Flow f : flows) {
            for (Rect r : f.labels()) {
                out.add(f.distance(r));
            }
        }
        return out;
    }

    List<Rect> labels() {
        return flows.stream().flatMap(f -> f.labels().stream()).toList();
    }

    /** Pairs of labels that overlap, and labels overlapping a box: described, empty when none. */
    List<String> overlaps() {
        List<String> out = new ArrayList<>();
        List<Rect> labels = labels();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (labels.get(i).overlaps(labels.get(j))) {
                    out.add(labels.get(i) + " overlaps label " + labels.get(j));
                }
            }
            for (Rect b : boxes) {
                if (labels.get(i).overlaps(b)) {
                    out.add(labels.get(i) + " overlaps box " + b);
                }
            }
        }
        return out;
    }

    /** Labels through which another flow's arrow passes (more than a pixel inside). */
    List<String> labelsOnOtherArrows() {
        List<String> out = new ArrayList<>();
        for (Flow f : flows) {
            for (Rect r : f.labels()) {
                for (Flow other : flows) {
                    if (other == f) {
                        continue;
                    }
                    for (int i = 1; i < other.points().size(); i++) {
                        if (r.crossedBy(other.points().get(i - 1), other.points().get(i), 1)) {
                            out.add(r + " of " + f.classes() + " lies on the arrow of " + other.classes());
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Points where segments of two different arrows cross (properly: not where they touch or run together). */
    int crossings() {
        int n = 0;
        for (int i = 0; i < flows.size(); i++) {
            for (int j = i + 1; j < flows.size(); j++) {
                List<Point> a = flows.get(i).points();
                List<Point> b = flows.get(j).points();
                for (int s = 1; s < a.size(); s++) {
                    for (int t = 1; t < b.size(); t++) {
                        if (properlyCross(a.get(s - 1), a.get(s), b.get(t - 1), b.get(t))) {
                            n++;
                        }
                    }
                }
            }
        }
        return n;
    }

    private static boolean properlyCross(Point p1, Point p2, Point q1, Point q2) {
        double d1 = cross(q1, q2, p1);
        double d2 = cross(q1, q2, p2);
        double d3 = cross(p1, p2, q1);
        double d4 = cross(p1, p2, q2);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    private static double cross(Point o, Point a, Point b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }

    /** A one-line summary: labels, how many farther than {@code far} px, the farthest, crossings, overlaps. */
    String summary(double far) {
        List<Double> d = distances();
        long beyond = d.stream().filter(v -> v > far).count();
        double max = d.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return String.format(java.util.Locale.ROOT, "labels %d, > %.0f px: %d, farthest %.1f px, crossings %d, overlaps %d, on other arrows %d",
                d.size(), far, beyond, max, crossings(), overlaps().size(), labelsOnOtherArrows().size());
    }
}
