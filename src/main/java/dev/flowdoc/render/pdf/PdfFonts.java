package dev.flowdoc.render.pdf;

import dev.flowdoc.model.Theme;
import dev.flowdoc.model.ThemeFonts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded fonts of a document, from the loaded theme (fonts/fonts.properties names them). Ligatures are off,
 * so that "fi" extracts and searches as two letters. For a form the regular face is embedded whole: it is the
 * fields' font, and a subset form font ends up unembedded (viewers need every glyph a user may type). The theme's
 * fallback fonts are loaded too and registered with {@link FontRuns}: text in the regular or bold face switches to
 * the first fallback that has a glyph the face lacks. Close it when the document is written.
 */
record PdfFonts(PDType0Font regular, PDType0Font bold) implements AutoCloseable {
    static PdfFonts load(PDDocument doc, Theme theme, boolean forForms) throws IOException {
        ThemeFonts declared = theme.declaredFonts();
        FontRuns.Face regular = face(doc, theme.font(declared.regular()), !forForms);
        FontRuns.Face bold = face(doc, theme.font(declared.bold()), true);
        List<FontRuns.Face> fallbacks = new ArrayList<>();
        for (String file : declared.fallback()) {
            fallbacks.add(face(doc, theme.font(file), true));
        }
        FontRuns.register(regular, fallbacks);
        FontRuns.register(bold, fallbacks);
        return new PdfFonts((PDType0Font) regular.font(), (PDType0Font) bold.font());
    }

    /** Forgets the document's font chains (they hold the document's fonts: kept, every build would leak them). */
    @Override
    public void close() {
        FontRuns.unregister(regular);
        FontRuns.unregister(bold);
    }

    private static FontRuns.Face face(PDDocument doc, byte[] bytes, boolean subset) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        ttf.setEnableGsub(false);
        doc.registerTrueTypeFontForClosing(ttf);
        return new FontRuns.Face(PDType0Font.load(doc, ttf, subset), ttf.getUnicodeCmapLookup());
    }
}
