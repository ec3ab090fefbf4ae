package dev.flowdoc.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
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

    private record PendingLink(PDPage page, PDRectangle rect, String target, PDStructureElement element, String text) {}

    private final PDDocument doc;
    private final Tagging tagging;
    private boolean artifact;
    private final Map<String, PDPageXYZDestination> anchors = new HashMap<>();
    private final List<PendingLink> links = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream content;
    private float y;
    private Runnable onNewPage = () -> {};

    PageFlow(PDDocument doc) {
        this.doc = doc;
        this.tagging = new Tagging(doc);
    }

    PDDocument document() { return doc; }
    /** The document's structure: writers say what they draw ("H1", "P", "TD" …) through it. */
    Tagging tagging() { return tagging; }
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
        tagging.page(page);
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

    /** A paragraph across the full width at the cursor, on the next page if it does not fit. */
    void block(TextBlock block, float gapAfter) {
        block("P", block, gapAfter);
    }

    /** A block of text across the full width at the cursor as a structure element of {@code type} (P, H1 …). */
    void block(String type, TextBlock block, float gapAfter) {
        float h = block.height(width());
        ensure(h);
        tagging.begin(type);
        block.draw(this, left(), y, width());
        tagging.end(type);
        y -= h + gapAfter;
    }

    /** Draws what {@code drawing} draws as an artifact: decoration, or a repetition (a table header on a later page). */
    void artifact(Runnable drawing) {
        boolean was = artifact;
        try {
            if (!was) {
                tagging.beginArtifact(content);
            }
            artifact = true;
            drawing.run();
            if (!was) {
                tagging.endMarked(content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            artifact = was;
        }
    }

    boolean inArtifact() {
        return artifact;
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

    /**
     * A link from the rectangle to the anchor {@code target}; {@code element}: its Link element (made a Span if the
     * anchor is not in the document), {@code text}: the words the reader sees, also the annotation's description.
     */
    void link(float x, float yBottom, float w, float h, String target, PDStructureElement element, String text) {
        links.add(new PendingLink(page, new PDRectangle(x, yBottom, w, h), target, element, text));
    }

    /** Draws a line of text; characters the font lacks are drawn in the theme's fallback fonts (see {@link FontRuns}). */
    void text(String text, PDFont font, float size, float x, float baseline) {
        try {
            // inside an artifact (a footer, a repeated header) text is part of it; anywhere else it is content
            if (!artifact) {
                tagging.beginMarked(content, page);
            }
            float at = x;
            for (FontRuns.Run run : FontRuns.split(text, font)) {
                content.beginText();
                content.setFont(run.font(), size);
                content.newLineAtOffset(at, baseline);
                content.showText(run.text());
                content.endText();
                at += FontRuns.units(run.text(), run.font()) / 1000f * size;
            }
            if (!artifact) {
                tagging.endMarked(content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rectangle, filled with {@code fillGray} (null: not filled) and stroked with {@code strokeGray} (null: not). */
    void rect(float x, float yBottom, float w, float h, Float fillGray, Float strokeGray) {
        artifact(() -> fillRect(x, yBottom, w, h, fillGray, strokeGray));
    }

    private void fillRect(float x, float yBottom, float w, float h, Float fillGray, Float strokeGray) {
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

    /** A rule: decoration, an artifact. */
    void line(float x1, float y1, float x2, float y2, float gray) {
        artifact(() -> stroke(x1, y1, x2, y2, gray));
    }

    private void stroke(float x1, float y1, float x2, float y2, float gray) {
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
     * page's footer, a pagination artifact; {@code footer} gets (page number, page count) and draws it. Then the
     * structure tree is complete.
     */
    void finish(BiFunction<Integer, Integer, Runnable> footer) throws IOException {
        closeContent();
        // one border style for every link (a document of thousands of links had as many equal dictionaries)
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        for (PendingLink l : links) {
            PDPageXYZDestination dest = anchors.get(l.target());
            if (dest != null) {
                PDAnnotationLink link = new PDAnnotationLink();
                link.setRectangle(l.rect());
                link.setBorderStyle(noBorder);
                link.setDestination(dest);
                link.setContents(l.text());
                link.setPage(l.page());
                link.setPrinted(true);
                annotate(l.page(), link);
                tagging.reference(l.element(), link, l.page());
            } else {
                l.element().setStructureType("Span");
            }
        }
        int count = doc.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            page = doc.getPage(i);
            content = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true);
            tagging.beginFooter(content);
            artifact = true;
            footer.apply(i + 1, count).run();
            artifact = false;
            tagging.endMarked(content);
            closeContent();
        }
        tagging.finish();
    }

    /**
     * Adds an annotation to the page's {@code /Annots}, as {@code page.getAnnotations().add} would, without
     * wrapping every annotation already there (which made a page of hundreds of form fields quadratic).
     */
    static void annotate(PDPage page, PDAnnotation annotation) {
        COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
        if (annots == null) {
            annots = new COSArray();
            page.getCOSObject().setItem(COSName.ANNOTS, annots);
        }
        annots.add(annotation.getCOSObject());
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
