package dev.flowdoc.render.pdf;

import dev.flowdoc.model.ThemeFonts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded fonts of a document (from the theme's {@code fonts/fonts.properties}). Ligatures are off, so that
 * "fi" extracts and searches as two letters. For a form the regular face is embedded whole: it is the fields' font,
 * and a subset form font ends up unembedded (viewers need every glyph a user may type). The theme's fallback fonts
 * are loaded too and registered with {@link FontRuns}: text in the regular or bold face switches to the first
 * fallback that has a glyph the face lacks.
 */
record PdfFonts(PDType0Font regular, PDType0Font bold) {
    static PdfFonts load(PDDocument doc, Path projectRoot, boolean forForms) throws IOException {
        ThemeFonts declared = declared(projectRoot);
        FontRuns.Face regular = face(doc, projectRoot, declared.regular(), !forForms);
        FontRuns.Face bold = face(doc, projectRoot, declared.bold(), true);
        List<FontRuns.Face> fallbacks = new ArrayList<>();
        for (String file : declared.fallback()) {
            fallbacks.add(face(doc, projectRoot, file, true));
        }
        FontRuns.register(regular, fallbacks);
        FontRuns.register(bold, fallbacks);
        return new PdfFonts((PDType0Font) regular.font(), (PDType0Font) bold.font());
    }

    private static ThemeFonts declared(Path projectRoot) throws IOException {
        Optional<InputStream> in = ThemeFiles.find(projectRoot, ThemeFonts.FILE);
        if (in.isEmpty()) {
            return ThemeFonts.DEFAULT;
        }
        Properties properties = new Properties();
        try (InputStream stream = in.get()) {
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        return ThemeFonts.parse(properties);
    }

    private static FontRuns.Face face(PDDocument doc, Path projectRoot, String file, boolean subset) throws IOException {
        TrueTypeFont ttf;
        try (InputStream in = ThemeFiles.open(projectRoot, "fonts/" + file)) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        ttf.setEnableGsub(false);
        doc.registerTrueTypeFontForClosing(ttf);
        return new FontRuns.Face(PDType0Font.load(doc, ttf, subset), ttf.getUnicodeCmapLookup());
    }
}
