package dev.flowdoc.render.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.PageMode;

/** The document outline: one flat list of bookmarks in reading order; the viewer opens with it shown. */
final class Bookmarks {
    private final PDDocumentOutline outline = new PDDocumentOutline();

    Bookmarks(PDDocument doc) {
        doc.getDocumentCatalog().setDocumentOutline(outline);
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    void add(String title, PDPageXYZDestination destination) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        outline.addLast(item);
    }
}
