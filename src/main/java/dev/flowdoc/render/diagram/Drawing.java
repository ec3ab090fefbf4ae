package dev.flowdoc.render.diagram;

import java.util.List;

/**
 * A laid-out diagram: every shape with its coordinates (origin top left, y downwards, unit: CSS px = PDF pt before
 * scaling). Immutable and neutral: the SVG writer and the PDF drawer draw exactly this.
 */
public record Drawing(double width, double height, String title, String description, List<Area> areas,
                      List<Box> boxes, List<Arrow> arrows, List<LegendItem> legend) {
    /** Font sizes of the shapes' texts. */
    public static final double TEXT_SIZE = 11;
    public static final double AREA_TEXT_SIZE = 12;
    public static final double LINE_HEIGHT = 14;

    public Drawing {
        areas = List.copyOf(areas);
        boxes = List.copyOf(boxes);
        arrows = List.copyOf(arrows);
        legend = List.copyOf(legend);
    }

    public record Point(double x, double y) {}

    public record Rect(double x, double y, double w, double h) {
        public boolean overlaps(Rect o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        public boolean contains(Rect o) {
            return o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h;
        }
    }

    /** A zone's region; its label stands at the top left inside. */
    public record Area(String key, String label, Rect bounds) {}

    /** An endpoint's box; its label is centred. */
    public record Box(String id, String label, Rect bounds, String area) {}

    /**
     * An arrow along {@code points} (the head at the last one) and its one label, placed by the layout on the
     * arrow ({@code label}: the label's box, the arrow runs through it); the label holds its flows' lines, one
     * {@link Label} per flow, stacked in the box. {@code twoWay}: a second head at the first point (two-way flows).
     */
    public record Arrow(String source, String target, List<Point> points, LineStyle style, Mark mark,
                        Rect label, List<Label> labels, boolean twoWay) {
        public Arrow {
            points = List.copyOf(points);
            labels = List.copyOf(labels);
        }

        public Arrow(String source, String target, List<Point> points, LineStyle style, Mark mark, Rect label,
                     List<Label> labels) {
            this(source, target, points, style, mark, label, labels, false);
        }

        /** The anchor the arrow's line links to: its first flow's row. */
        public String anchor() {
            return labels.get(0).anchor();
        }
    }

    /**
     * One flow's part of its arrow's label: its requirement's line sample ({@link #SAMPLE} wide, at the left of its
     * first line), then its lines of text, top-left aligned in {@code bounds} (a band of the arrow's label box).
     */
    public record Label(String flowId, String anchor, LineStyle style, List<String> lines, Rect bounds) {
        /** The width of the line sample in front of a flow's first line, and the gap after it. */
        public static final double SAMPLE = 16;
        public static final double SAMPLE_GAP = 4;

        public Label {
            lines = List.copyOf(lines);
        }
    }

    /** A legend entry: the line sample from (x, y) to (x + sample, y) and the words after it. */
    public record LegendItem(LineStyle style, Mark mark, String words, Rect bounds) {
        public static final double SAMPLE = 36;
    }
}
