package dev.flowdoc.render.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The fillable cells of a checklist row: labelled text fields for the addresses, and the "opened" checkbox. */
final class ChecklistCells {
    /** A one-line field (customer, sign-off). */
    static final float FIELD_HEIGHT = 12;
    /**
     * An address field: room for two lines of two IPv6 networks or four IPv4 addresses at the size the viewer picks
     * (automatic font size); what the customer types is never cut off, only drawn smaller.
     */
    static final float ADDRESS_HEIGHT = 32;
    static final float BOX = 11;

    private ChecklistCells() {}

    /** Text fields one below the other, each with its label in front: {@code names[i]} labelled {@code labels[i]}. */
    static Cell fields(FormFields form, PDFont font, float size, String[] names, String[] labels, String tooltip,
                       float fieldHeight) {
        return new Cell() {
            @Override
            public float height(float width) {
                return names.length * (fieldHeight + 2) - 2;
            }

            @Override
            public void draw(PageFlow flow, float x, float yTop, float width) {
                float labelWidth = 0;
                for (String l : labels) {
                    labelWidth = Math.max(labelWidth, TextBlock.measure(l, font, size));
                }
                float y = yTop;
                // in a table cell the labels and fields are the cell's content; elsewhere each pair is a paragraph
                boolean paragraphs = !"TD".equals(flow.tagging().current().getStructureType());
                for (int i = 0; i < names.length; i++) {
                    float bottom = y - fieldHeight;
                    if (paragraphs) {
                        flow.tagging().begin("P");
                    }
                    flow.text(labels[i], font, size, x, y - FIELD_HEIGHT + 3.5f);
                    PDRectangle rect = new PDRectangle(x + labelWidth + 3, bottom, width - labelWidth - 3, fieldHeight);
                    flow.rect(rect.getLowerLeftX(), bottom, rect.getWidth(), fieldHeight, null, 0.6f);
                    form.text(names[i], flow.page(), rect, tooltip.isEmpty() ? labels[i] : tooltip + ": " + labels[i]);
                    if (paragraphs) {
                        flow.tagging().end("P");
                    }
                    y = bottom - 2;
                }
            }
        };
    }

    /** A checkbox centred in the cell. */
    static Cell checkbox(FormFields form, String name, String tooltip) {
        return new Cell() {
            @Override
            public float height(float width) {
                return BOX;
            }

            @Override
            public void draw(PageFlow flow, float x, float yTop, float width) {
                PDRectangle rect = new PDRectangle(x + (width - BOX) / 2, yTop - BOX, BOX, BOX);
                form.checkbox(name, flow.page(), rect, tooltip);
            }
        };
    }
}
