package dev.flowdoc.render.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The fillable cells of a checklist row: labelled text fields for the addresses, and the "opened" checkbox. */
final class ChecklistCells {
    static final float FIELD_HEIGHT = 12;
    static final float BOX = 11;

    private ChecklistCells() {}

    /** Text fields one below the other, each with its label in front: {@code names[i]} labelled {@code labels[i]}. */
    static Cell fields(FormFields form, PDFont font, float size, String[] names, String[] labels, String tooltip) {
        return new Cell() {
            @Override
            public float height(float width) {
                return names.length * (FIELD_HEIGHT + 2) - 2;
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
                    float bottom = y - FIELD_HEIGHT;
                    if (paragraphs) {
                        flow.tagging().begin("P");
                    }
                    flow.text(labels[i], font, size, x, bottom + 3.5f);
                    PDRectangle rect = new PDRectangle(x + labelWidth + 3, bottom, width - labelWidth - 3, FIELD_HEIGHT);
                    flow.rect(rect.getLowerLeftX(), bottom, rect.getWidth(), FIELD_HEIGHT, null, 0.6f);
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
