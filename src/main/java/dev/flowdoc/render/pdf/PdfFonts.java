package dev.flowdoc.render.pdf;

import dev.flowdoc.model.Theme;
import java.io.IOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded fonts of a document (from the loaded theme). Ligatures are off, so that "fi" extracts and searches
 * as two letters. For a form the regular face is embedded whole: it is the fields' font, and a subset form font
 * ends up unembedded (viewers need every glyph a user may type).
 */
record PdfFonts(PDType0Font regular, PDType0Font bold) {
    static PdfFonts load(PDDocument doc, Theme theme, boolean forForms) throws IOException {
        return new PdfFonts(face(doc, theme.font(Theme.REGULAR_FONT), !forForms), face(doc, theme.font(Theme.BOLD_FONT), true));
    }

    private static PDType0Font face(PDDocument doc, byte[] bytes, boolean subset) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        ttf.setEnableGsub(false);
        doc.registerTrueTypeFontForClosing(ttf);
        return PDType0Font.load(doc, ttf, subset);
    }
}
