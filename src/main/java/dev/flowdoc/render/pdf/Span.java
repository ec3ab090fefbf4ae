package dev.flowdoc.render.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** A run of text in one font and size; {@code link} names the anchor it jumps to (null: none). */
record Span(String text, PDFont font, float size, String link) {
    Span(String text, PDFont font, float size) {
        this(text, font, size, null);
    }
}
