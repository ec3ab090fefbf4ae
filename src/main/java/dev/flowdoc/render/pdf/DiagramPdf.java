package dev.flowdoc.render.pdf;

import dev.flowdoc.render.diagram.Colors;
import dev.flowdoc.render.diagram.Drawing;
import dev.flowdoc.render.diagram.LineStyle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws laid-out diagrams ({@link Drawing}) as vectors on the page flow: the same zones, boxes, arrows, labels and
 * legend as the page's SVG, scaled to the text width (and to a page's height), each with its title above it.
 * Every label links to its flow's row where the document has one.
 */
final class DiagramPdf {
    private static final float TITLE_SIZE = 10;

    private final PageFlow flow;
    private final PdfFonts fonts;
    private float x0;
    private float y0;
    private float scale;

    private DiagramPdf(PageFlow flow, PdfFonts fonts) {
        this.flow = flow;
        this.fonts = fonts;
    }

    /** Draws each drawing at the cursor (a new page where it does not fit), and moves the cursor below it. */
    static void draw(PageFlow flow, PdfFonts fonts, List<Drawing> drawings) {
        for (Drawing d : drawings) {
            if (!d.boxes().isEmpty()) {
                new DiagramPdf(flow, fonts).drawing(d);
            }
        }
    }

    /** How much of a page the first of the drawings takes, with its title (0 where there is none to draw). */
    static float height(PageFlow flow, List<Drawing> drawings) {
        return drawings.stream().filter(d -> !d.boxes().isEmpty()).findFirst()
                .map(d -> (float) d.height() * scale(flow, d) + TITLE_SIZE * 1.6f).orElse(0f);
    }

    /** A drawing's scale: the text width, and no higher than a page. */
    private static float scale(PageFlow flow, Drawing d) {
        float pageHeight = PDRectangle.A4.getHeight() - PageFlow.MARGIN_TOP - PageFlow.MARGIN_BOTTOM - 2 * TITLE_SIZE;
        return (float) Math.min(1, Math.min(flow.width() / d.width(), pageHeight / d.height()));
    }

    private void drawing(Drawing d) {
        scale = scale(flow, d);
        float height = (float) d.height() * scale;
        flow.ensure(height + TITLE_SIZE * 1.6f);
        flow.block(TextBlock.of(new Span(d.title(), fonts.bold(), TITLE_SIZE)), 4);
        x0 = flow.left();
        y0 = flow.y();
        // tagged as one Figure whose alternative text sums the picture up in words; its lines and fills are
        // decoration (artifacts), its labels the figure's text; the label links follow as Link elements
        Tagging tagging = flow.tagging();
        tagging.begin("Figure").setAlternateDescription(d.title() + ". " + d.description());
        List<Runnable> links = new java.util.ArrayList<>();
        try {
            for (Drawing.Area a : d.areas()) {
                rect(a.bounds(), Colors.AREA_FILL, Colors.AREA_STROKE);
                text(a.label(), fonts.bold(), Drawing.AREA_TEXT_SIZE, a.bounds().x() + 8, a.bounds().y() + 16, false);
            }
            for (Drawing.Arrow arrow : d.arrows()) {
                line(arrow.points(), arrow.style(), Colors.of(arrow.mark()), Colors.width(arrow.mark()), true, arrow.twoWay());
                // the arrow's one label on its line, a band per flow: its requirement's sample, then its lines
                rect(arrow.label(), Colors.LABEL_FILL, Colors.AREA_STROKE);
                for (Drawing.Label l : arrow.labels()) {
                    Drawing.Rect band = l.bounds();
                    double sy = band.y() + Drawing.LINE_HEIGHT / 2;
                    line(List.of(new Drawing.Point(band.x(), sy), new Drawing.Point(band.x() + Drawing.Label.SAMPLE, sy)),
                            l.style(), Colors.of(arrow.mark()), Colors.width(arrow.mark()), false);
                    for (int i = 0; i < l.lines().size(); i++) {
                        text(l.lines().get(i), fonts.regular(), Drawing.TEXT_SIZE,
                                band.x() + Drawing.Label.SAMPLE + Drawing.Label.SAMPLE_GAP,
                                band.y() + (i + 1) * Drawing.LINE_HEIGHT - 3.5, false);
                    }
                    Drawing.Rect r = l.bounds();
                    float lx = px(r.x());
                    float ly = py(r.y() + r.h());
                    float lw = (float) r.w() * scale;
                    float lh = (float) r.h() * scale;
                    String words = String.join(" ", l.lines());
                    links.add(() -> {
                        var link = tagging.begin("Link");
                        tagging.end("Link");
                        flow.link(lx, ly, lw, lh, l.anchor(), link, words);
                    });
                }
            }
            for (Drawing.Box b : d.boxes()) {
                rect(b.bounds(), Colors.BOX_FILL, Colors.INK);
                text(b.label(), fonts.regular(), Drawing.TEXT_SIZE, b.bounds().x() + b.bounds().w() / 2,
                        b.bounds().y() + b.bounds().h() / 2 + 4, true);
            }
            for (Drawing.LegendItem item : d.legend()) {
                Drawing.Rect r = item.bounds();
                double y = r.y() + r.h() / 2;
                line(List.of(new Drawing.Point(r.x(), y), new Drawing.Point(r.x() + Drawing.LegendItem.SAMPLE, y)),
                        item.style(), Colors.of(item.mark()), Colors.width(item.mark()), false);
                text(item.words(), fonts.regular(), Drawing.TEXT_SIZE, r.x() + Drawing.LegendItem.SAMPLE + 6, y + 4, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tagging.end("Figure");
        links.forEach(Runnable::run);
        flow.moveTo(y0 - height - 10);
    }

    private float px(double x) {
        return x0 + (float) x * scale;
    }

    private float py(double y) {
        return y0 - (float) y * scale;
    }

    private PDPageContentStream content() {
        return flow.content();
    }

    private void rect(Drawing.Rect r, int[] fill, int[] stroke) throws IOException {
        flow.artifact(() -> {
            try {
                fillRect(r, fill, stroke);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void fillRect(Drawing.Rect r, int[] fill, int[] stroke) throws IOException {
        PDPageContentStream c = content();
        c.addRect(px(r.x()), py(r.y() + r.h()), (float) r.w() * scale, (float) r.h() * scale);
        c.setNonStrokingColor(rgb(fill[0]), rgb(fill[1]), rgb(fill[2]));
        if (stroke != null) {
            c.setStrokingColor(rgb(stroke[0]), rgb(stroke[1]), rgb(stroke[2]));
            c.setLineWidth(0.6f * scale);
            c.setLineDashPattern(new float[0], 0);
            c.fillAndStroke();
        } else {
            c.fill();
        }
        c.setNonStrokingColor(0f);
    }

    private void line(List<Drawing.Point> points, LineStyle style, int[] color, double width, boolean head) throws IOException {
        line(points, style, color, width, head, false);
    }

    /** {@code tail}: a second head at the first point, pointing back (a two-way arrow). */
    private void line(List<Drawing.Point> points, LineStyle style, int[] color, double width, boolean head, boolean tail)
            throws IOException {
        flow.artifact(() -> {
            try {
                strokeLine(points, style, color, width, head);
                if (tail && points.size() >= 2) {
                    arrowHead(points.get(1), points.get(0), color, width);
                    content().setStrokingColor(0f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void strokeLine(List<Drawing.Point> points, LineStyle style, int[] color, double width, boolean head) throws IOException {
        PDPageContentStream c = content();
        c.setStrokingColor(rgb(color[0]), rgb(color[1]), rgb(color[2]));
        c.setLineWidth((float) width * scale);
        float[] dashes = style.dashes();
        for (int i = 0; i < dashes.length; i++) {
            dashes[i] *= scale;
        }
        c.setLineDashPattern(dashes, 0);
        c.moveTo(px(points.get(0).x()), py(points.get(0).y()));
        for (int i = 1; i < points.size(); i++) {
            c.lineTo(px(points.get(i).x()), py(points.get(i).y()));
        }
        c.stroke();
        c.setLineDashPattern(new float[0], 0);
        if (head && points.size() >= 2) {
            arrowHead(points.get(points.size() - 2), points.get(points.size() - 1), color, width);
        }
        c.setStrokingColor(0f);
    }

    /** A filled triangle at {@code tip}, pointing from {@code from}, as long as the SVG's marker. */
    private void arrowHead(Drawing.Point from, Drawing.Point tip, int[] color, double width) throws IOException {
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return;
        }
        double size = width * (width > 1.5 ? 5 : 8);
        double ux = dx / len;
        double uy = dy / len;
        double bx = tip.x() - ux * size;
        double by = tip.y() - uy * size;
        PDPageContentStream c = content();
        c.setNonStrokingColor(rgb(color[0]), rgb(color[1]), rgb(color[2]));
        c.moveTo(px(tip.x()), py(tip.y()));
        c.lineTo(px(bx - uy * size / 2), py(by + ux * size / 2));
        c.lineTo(px(bx + uy * size / 2), py(by - ux * size / 2));
        c.closePath();
        c.fill();
        c.setNonStrokingColor(0f);
    }

    private void text(String text, PDFont font, double size, double x, double baseline, boolean centred) throws IOException {
        float s = (float) size * scale;
        float at = px(x);
        if (centred) {
            at -= width(text, font, s) / 2;
        }
        flow.text(text, font, s, at, py(baseline));
    }

    private static float width(String text, PDFont font, float size) {
        float w = 0;
        for (FontRuns.Run run : FontRuns.split(text, font)) {
            w += FontRuns.units(run.text(), run.font()) / 1000f * size;
        }
        return w;
    }

    private static float rgb(int v) {
        return v / 255f;
    }
}
