package dev.flowdoc.render.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Splits a string into runs of one font each: every character goes to the first font of its face's chain (the face,
 * then the theme's fallbacks) that has a glyph for it. What no font can draw never reaches PDFBox (which would throw
 * "No glyph for U+…"): control characters are dropped, any other character becomes "?". {@code check} reports such
 * characters before a build, so this is only the last line of defence. Fonts that were not registered (none here)
 * pass through unchanged.
 */
final class FontRuns {
    /** A loaded font with its character map. */
    record Face(PDFont font, CmapLookup cmap) {
        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }

    /** A piece of text in one font. */
    record Run(String text, PDFont font) {}

    /**
     * Chains by face. Weak keys alone would not free them (a chain holds its own face, and the fallbacks hold the
     * document, which holds the face): writers unregister their faces when the document is written ({@link PdfFonts#close}).
     */
    private static final Map<PDFont, List<Face>> CHAINS = Collections.synchronizedMap(new WeakHashMap<>());

    private FontRuns() {}

    static void register(Face face, List<Face> fallbacks) {
        List<Face> chain = new ArrayList<>();
        chain.add(face);
        chain.addAll(fallbacks);
        CHAINS.put(face.font(), List.copyOf(chain));
    }

    /** Forgets the chain of a face whose document is written (the chain holds fonts of that document). */
    static void unregister(PDFont font) {
        CHAINS.remove(font);
    }

    /** How many faces have a chain now (for the test that written documents leave none behind). */
    static int chains() {
        return CHAINS.size();
    }

    static List<Run> split(String text, PDFont font) {
        List<Face> chain = CHAINS.get(font);
        if (chain == null) {
            return List.of(new Run(text, font));
        }
        Face primary = chain.get(0);
        if (text.codePoints().allMatch(primary::has)) {
            return List.of(new Run(text, font));
        }
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        PDFont runFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Face face = faceFor(chain, cp);
            if (face == null) {
                int type = Character.getType(cp);
                if (type == Character.CONTROL || type == Character.SURROGATE || !primary.has('?')) {
                    continue;
                }
                cp = '?';
                face = primary;
            }
            if (runFont != null && runFont != face.font()) {
                runs.add(new Run(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = face.font();
            run.appendCodePoint(cp);
        }
        if (runFont != null) {
            runs.add(new Run(run.toString(), runFont));
        }
        return runs;
    }

    private static Face faceFor(List<Face> chain, int cp) {
        for (Face f : chain) {
            if (f.has(cp)) {
                return f;
            }
        }
        return null;
    }
}
