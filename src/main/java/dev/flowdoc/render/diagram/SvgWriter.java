package dev.flowdoc.render.diagram;

import java.math.BigDecimal;
import java.util.List;

/**
 * A drawing as an SVG element to inline in a page (or to save as a file): {@code role="figure"} (not "img": an img's
 * content is presentational, and the diagram holds links — axe-core's nested-interactive rule) with a {@code <title>}
 * and a {@code <desc>} in the page's language, real text, every arrow and label a link to its flow's row
 * ({@code #flow-ID}). Scales to its container through its viewBox. Every text is escaped here; presentation
 * attributes, no {@code <style>} element, no script.
 */
public final class SvgWriter {
    private static final String FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";

    private StringBuilder out;
    private final String id;
    private final boolean file;
    /** The svg element's class: "flowdiagram", and the page's word for which layout it is, if any. */
    private final String classes;
    /** The size the svg element asks for (its width and height attributes), as a multiple of the drawing's. */
    private final double scale;

    private SvgWriter(String id, boolean file, String extraClass, double scale) {
        this.id = id;
        this.file = file;
        this.classes = extraClass.isEmpty() ? "flowdiagram" : "flowdiagram " + extraClass;
        this.scale = scale;
    }

    /** The element to inline in HTML; {@code id}: unique in the page (marker and title ids derive from it). */
    public static String write(Drawing d, String id) {
        return write(d, id, "", 1);
    }

    /**
     * The same with one more class on the svg element (the page's CSS chooses the layout by it), asking to be shown
     * at {@code scale} times the drawing's size where the CSS leaves it its own size.
     */
    public static String write(Drawing d, String id, String extraClass, double scale) {
        return new SvgWriter(id, false, extraClass, scale).svg(d);
    }

    /** A standalone SVG file (with its namespace, which HTML does not need). */
    public static String file(Drawing d, String id) {
        return new SvgWriter(id, true, "", 1).svg(d);
    }

    private String svg(Drawing d) {
        // about what the drawing takes, so that the text is not copied as it grows (a tenth of the SVG's cost)
        int labels = 0;
        for (Drawing.Arrow a : d.arrows()) {
            for (Drawing.Label l : a.labels()) {
                labels += 1 + l.lines().size();
            }
        }
        out = new StringBuilder(1200 + d.description().length() + 250 * (d.areas().size() + d.boxes().size() + d.legend().size())
                + 450 * d.arrows().size() + 160 * labels);
        out.append(file ? "<svg xmlns=\"http://www.w3.org/2000/svg\"" : "<svg").append(" class=\"").append(esc(classes)).append("\" id=\"").append(esc(id))
                .append("\" viewBox=\"0 0 ").append(n(d.width())).append(' ').append(n(d.height()))
                .append("\" width=\"").append(n(d.width() * scale)).append("\" height=\"").append(n(d.height() * scale))
                .append("\" role=\"figure\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"")
                .append(" font-family=\"").append(FONT).append("\" font-size=\"").append(n(Drawing.TEXT_SIZE)).append("\">\n");
        out.append("<title id=\"").append(id).append("-title\">").append(esc(d.title())).append("</title>\n");
        out.append("<desc id=\"").append(id).append("-desc\">").append(esc(d.description())).append("</desc>\n");
        out.append("<defs>\n");
        for (Mark mark : Mark.values()) {
            out.append("<marker id=\"").append(marker(mark)).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                    .append(" markerWidth=\"").append(mark == Mark.NONE ? 8 : 5).append("\" markerHeight=\"")
                    .append(mark == Mark.NONE ? 8 : 5).append("\" markerUnits=\"strokeWidth\" orient=\"auto\">")
                    .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(Colors.hex(Colors.of(mark))).append("\"/></marker>\n");
        }
        // the head at the start of a two-way arrow: the same head pointing back (refX 0: its tip on the first point)
        for (Mark mark : Mark.values()) {
            if (d.arrows().stream().anyMatch(a -> a.twoWay() && a.mark() == mark)) {
                out.append("<marker id=\"").append(startMarker(mark)).append("\" viewBox=\"0 0 10 10\" refX=\"0\" refY=\"5\"")
                        .append(" markerWidth=\"").append(mark == Mark.NONE ? 8 : 5).append("\" markerHeight=\"")
                        .append(mark == Mark.NONE ? 8 : 5).append("\" markerUnits=\"strokeWidth\" orient=\"auto\">")
                        .append("<path d=\"M10,0 L0,5 L10,10 z\" fill=\"").append(Colors.hex(Colors.of(mark))).append("\"/></marker>\n");
            }
        }
        out.append("</defs>\n");
        out.append("<g class=\"zones\">\n");
        for (Drawing.Area a : d.areas()) {
            Drawing.Rect r = a.bounds();
            out.append("<g class=\"zone zone-").append(esc(a.key())).append("\">");
            rect(r, Colors.AREA_FILL, Colors.AREA_STROKE, 6);
            text(a.label(), r.x() + 8, r.y() + 16, "start", true);
            out.append("</g>\n");
        }
        out.append("</g>\n<g class=\"arrows\">\n");
        for (Drawing.Arrow arrow : d.arrows()) {
            arrow(arrow);
        }
        out.append("</g>\n<g class=\"endpoints\">\n");
        for (Drawing.Box b : d.boxes()) {
            out.append("<g class=\"endpoint\">");
            rect(b.bounds(), Colors.BOX_FILL, Colors.INK, 3);
            text(b.label(), b.bounds().x() + b.bounds().w() / 2, b.bounds().y() + b.bounds().h() / 2 + 4, "middle", false);
            out.append("</g>\n");
        }
        out.append("</g>\n<g class=\"legend\">\n");
        for (Drawing.LegendItem item : d.legend()) {
            Drawing.Rect r = item.bounds();
            double y = r.y() + r.h() / 2;
            out.append("<g class=\"legend-item ").append(item.style().key()).append(' ').append(item.mark().key()).append("\">");
            out.append("<path d=\"M").append(n(r.x())).append(',').append(n(y)).append(" H").append(n(r.x() + Drawing.LegendItem.SAMPLE))
                    .append('"');
            stroke(item.style(), item.mark());
            out.append("/>");
            text(item.words(), r.x() + Drawing.LegendItem.SAMPLE + 6, y + 4, "start", false);
            out.append("</g>\n");
        }
        out.append("</g>\n</svg>\n");
        return out.toString();
    }

    private void arrow(Drawing.Arrow arrow) {
        out.append("<g class=\"flow ").append(arrow.style().key()).append(' ').append(arrow.mark().key()).append("\">");
        // the line links for the pointer; keyboard and screen readers use the label links, which carry the words
        out.append("<a href=\"#").append(esc(arrow.anchor())).append("\" tabindex=\"-1\" aria-hidden=\"true\"><path class=\"line\" d=\"");
        List<Drawing.Point> points = arrow.points();
        for (int i = 0; i < points.size(); i++) {
            out.append(i == 0 ? "M" : " L").append(n(points.get(i).x())).append(',').append(n(points.get(i).y()));
        }
        out.append('"');
        stroke(arrow.style(), arrow.mark());
        if (arrow.twoWay()) {
            out.append(" marker-start=\"url(#").append(startMarker(arrow.mark())).append(")\"");
        }
        out.append(" marker-end=\"url(#").append(marker(arrow.mark())).append(")\"/></a>");
        // the arrow's label: one box on the line (it covers the line beneath it), a band per flow
        out.append("<rect class=\"label\"");
        rectBody(arrow.label(), Colors.LABEL_FILL, Colors.AREA_STROKE, 2);
        for (Drawing.Label l : arrow.labels()) {
            Drawing.Rect r = l.bounds();
            out.append("<a href=\"#").append(esc(l.anchor())).append("\" class=\"").append(l.style().key()).append("\">");
            // a band the size of the flow's lines, for the focus ring; the sample shows the flow's requirement
            out.append("<rect class=\"band\"");
            rectBody(r, Colors.LABEL_FILL, null, 1);
            double y = r.y() + Drawing.LINE_HEIGHT / 2;
            out.append("<path class=\"sample\" d=\"M").append(n(r.x())).append(',').append(n(y)).append(" H")
                    .append(n(r.x() + Drawing.Label.SAMPLE)).append('"');
            stroke(l.style(), arrow.mark());
            out.append("/>");
            for (int i = 0; i < l.lines().size(); i++) {
                text(l.lines().get(i), r.x() + Drawing.Label.SAMPLE + Drawing.Label.SAMPLE_GAP,
                        r.y() + (i + 1) * Drawing.LINE_HEIGHT - 3.5, "start", false);
            }
            out.append("</a>");
        }
        out.append("</g>\n");
    }

    private void stroke(LineStyle style, Mark mark) {
        out.append(" fill=\"none\" stroke=\"").append(Colors.hex(Colors.of(mark))).append("\" stroke-width=\"")
                .append(n(Colors.width(mark))).append('"');
        float[] dashes = style.dashes();
        if (dashes.length > 0) {
            out.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                out.append(i > 0 ? " " : "").append(n(dashes[i]));
            }
            out.append('"');
        }
    }

    private void rect(Drawing.Rect r, int[] fill, int[] stroke, double radius) {
        out.append("<rect");
        rectBody(r, fill, stroke, radius);
    }

    private void rectBody(Drawing.Rect r, int[] fill, int[] stroke, double radius) {
        out.append(" x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y())).append("\" width=\"").append(n(r.w()))
                .append("\" height=\"").append(n(r.h())).append("\" rx=\"").append(n(radius)).append("\" fill=\"")
                .append(Colors.hex(fill)).append('"');
        if (stroke != null) {
            out.append(" stroke=\"").append(Colors.hex(stroke)).append('"');
        }
        out.append("/>");
    }

    private void text(String text, double x, double y, String anchor, boolean bold) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
        if (!anchor.equals("start")) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (bold) {
            out.append(" font-weight=\"bold\" font-size=\"").append(n(Drawing.AREA_TEXT_SIZE)).append('"');
        }
        out.append(" fill=\"").append(Colors.hex(Colors.INK)).append("\">").append(esc(text)).append("</text>");
    }

    private String marker(Mark mark) {
        return id + "-head-" + mark.key();
    }

    private String startMarker(Mark mark) {
        return id + "-tail-" + mark.key();
    }

    /**
     * A number as written: at most two decimals (rounded half up), no trailing zeros, no exponent, no locale. Written
     * from the rounded hundredths as digits (BigDecimal cost a tenth of the SVG at 5,000 flows); the same text as
     * {@link #decimal} for every number a drawing has (SvgWriterNumberTest compares them).
     */
    static String n(double v) {
        long r = Math.round(v * 100);
        if (r >= LIMIT || r <= -LIMIT) {
            return decimal(v);
        }
        StringBuilder b = new StringBuilder(12);
        if (r < 0) {
            b.append('-');
            r = -r;
        }
        b.append(r / 100);
        int cents = (int) (r % 100);
        if (cents != 0) {
            b.append('.').append((char) ('0' + cents / 10));
            if (cents % 10 != 0) {
                b.append((char) ('0' + cents % 10));
            }
        }
        return b.toString();
    }

    /** Beyond this many hundredths a double holds no exact cents; such numbers go through BigDecimal. */
    private static final long LIMIT = 1_000_000_000_000L;

    /** The same through BigDecimal (how numbers were written before; kept for huge numbers and for the test). */
    static String decimal(double v) {
        BigDecimal d = BigDecimal.valueOf(Math.round(v * 100) / 100.0).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** XML text and attribute escaping. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
