package dev.flowdoc.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded fonts of a document (from the theme). Ligatures are off, so that "fi" extracts and searches as
 * two letters. For a form the regular face is embedded whole: it is the fields' font, and a subset form font
 * ends up unembedded (viewers need every glyph a user may type).
 */
record PdfFonts(PDType0Font regular, PDType0Font bold) {
    static PdfFonts load(PDDocument doc, Path projectRoot, boolean forForms) throws IOException {
        return new PdfFonts(face(doc, projectRoot, "fonts/DejaVuSansCondensed.ttf", !forForms),
                face(doc, projectRoot, "fonts/DejaVuSansCondensed-Bold.ttf", true));
    }

    private static PDType0Font face(PDDocument doc, Path projectRoot, String file, boolean subset) throws IOException {
        TrueTypeFont ttf;
        try (InputStream in = ThemeFiles.open(projectRoot, file)) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        ttf.setEnableGsub(false);
        doc.registerTrueTypeFontForClosing(ttf);
        return PDType0Font.load(doc, ttf, subset);
    }
}
