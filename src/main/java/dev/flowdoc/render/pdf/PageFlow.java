package dev.flowdoc.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * A4 pages filled from top to bottom: a cursor {@code y}, a new page when the next block does not fit (with a
 * hook that repeats a table header), named anchors and links to them (resolved at the end, so links may point
 * forward), and the page footers written once the page count is known.
 */
final class PageFlow {
    static final float MARGIN_X = 36;
    static final float MARGIN_TOP = 40;
    static final float MARGIN_BOTTOM = 46;

    private record PendingLink(PDPage page, PDRectangle rect, String target) {}

    private final PDDocument doc;
    private final Map<String, PDPageXYZDestination> anchors = new HashMap<>();
    private final List<PendingLink> links = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream content;
    private float y;
    private Runnable onNewPage = () -> {};

    PageFlow(PDDocument doc) {
        this.doc = doc;
    }

    PDDocument document() { return doc; }
    PDPage page() { return page; }
    /** The current page's content stream, for drawings ({@link DiagramPdf}). */
    PDPageContentStream content() { return content; }
    float y() { return y; }
    void moveTo(float newY) { y = newY; }
    float left() { return MARGIN_X; }
    float width() { return PDRectangle.A4.getWidth() - 2 * MARGIN_X; }

    /** Called at the top of every new page (a table repeats its header there). */
    void onNewPage(Runnable hook) {
        onNewPage = hook;
    }

    void newPage() {
        closeContent();
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try {
            content = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGIN_TOP;
        onNewPage.run();
    }

    /** Starts a new page unless {@code height} fits below the cursor; true if it started one. */
    boolean ensure(float height) {
        if (page == null || y - height < MARGIN_BOTTOM) {
            newPage();
            return true;
        }
        return false;
    }

    /** A block of text across the full width at the cursor, on the next page if it does not fit. */
    void block(TextBlock block, float gapAfter) {
        float h = block.height(width());
        ensure(h);
        block.draw(this, left(), y, width());
        y -= h + gapAfter;
    }

    /** Remembers the current place as the target of links to {@code id} (and of bookmarks). */
    PDPageXYZDestination anchor(String id) {
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(page);
        dest.setLeft(0);
        dest.setTop(Math.round(Math.min(y + 12, PDRectangle.A4.getHeight())));
        anchors.putIfAbsent(id, dest);
        return dest;
    }

    void link(float x, float yBottom, float w, float h, String target) {
        links.add(new PendingLink(page, new PDRectangle(x, yBottom, w, h), target));
    }

    /** Draws a line of text; characters the font lacks are drawn in the theme's fallback fonts (see {@link FontRuns}). */
    void text(String text, PDFont font, float size, float x, float baseline) {
        try {
            float at = x;
            for (FontRuns.Run run : FontRuns.split(text, font)) {
                content.beginText();
                content.setFont(run.font(), size);
                content.newLineAtOffset(at, baseline);
                content.showText(run.text());
                content.endText();
                at += run.font().getStringWidth(run.text()) / 1000f * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rectangle, filled with {@code fillGray} (null: not filled) and stroked with {@code strokeGray} (null: not). */
    void rect(float x, float yBottom, float w, float h, Float fillGray, Float strokeGray) {
        try {
            content.addRect(x, yBottom, w, h);
            if (fillGray != null && strokeGray != null) {
                content.setNonStrokingColor(fillGray);
                content.setStrokingColor(strokeGray);
                content.setLineWidth(0.5f);
                content.fillAndStroke();
            } else if (fillGray != null) {
                content.setNonStrokingColor(fillGray);
                content.fill();
            } else {
                content.setStrokingColor(strokeGray == null ? 0f : strokeGray);
                content.setLineWidth(0.5f);
                content.stroke();
            }
            content.setNonStrokingColor(0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, float gray) {
        try {
            content.setStrokingColor(gray);
            content.setLineWidth(0.5f);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Ends the layout: turns links into annotations (links to unknown anchors stay plain text) and writes each
     * page's footer; {@code footer} gets (page number, page count) and draws it.
     */
    void finish(BiFunction<Integer, Integer, Runnable> footer) throws IOException {
        closeContent();
        for (PendingLink l : links) {
            PDPageXYZDestination dest = anchors.get(l.target());
            if (dest != null) {
                PDAnnotationLink link = new PDAnnotationLink();
                link.setRectangle(l.rect());
                PDBorderStyleDictionary none = new PDBorderStyleDictionary();
                none.setWidth(0);
                link.setBorderStyle(none);
                link.setDestination(dest);
                l.page().getAnnotations().add(link);
            }
        }
        int count = doc.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            page = doc.getPage(i);
            content = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true);
            footer.apply(i + 1, count).run();
            closeContent();
        }
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }
}
