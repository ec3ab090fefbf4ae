package dev.flowdoc.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Splits a string into runs of one font each: every character goes to the first font of its face's chain (the face,
 * then the theme's fallbacks) that has a glyph for it. What no font can draw never reaches PDFBox (which would throw
 * "No glyph for U+…"): control characters are dropped, any other character becomes "?". {@code check} reports such
 * characters before a build, so this is only the last line of defence. Fonts that were not registered (none here)
 * pass through unchanged. Also measures text in registered fonts ({@link #units}), from widths kept per character.
 */
final class FontRuns {
    /**
     * A loaded font with its character map; remembers which characters it has and their widths (a checklist of
     * thousands of flows asks for the same few hundred characters hundreds of thousands of times). One document's:
     * not shared between threads.
     */
    static final class Face {
        private final PDFont font;
        private final CmapLookup cmap;
        /** By character of the BMP: 0 not asked yet, 1 has a glyph, 2 has none. */
        private final byte[] glyphs = new byte[0x10000];
        /** Widths in font units by character of the BMP, NaN where not measured yet; allocated when first asked. */
        private float[] widths;

        Face(PDFont font, CmapLookup cmap) {
            this.font = font;
            this.cmap = cmap;
        }

        PDFont font() {
            return font;
        }

        boolean has(int codePoint) {
            if (codePoint >= 0x10000) {
                return cmap.getGlyphId(codePoint) > 0;
            }
            byte known = glyphs[codePoint];
            if (known == 0) {
                known = cmap.getGlyphId(codePoint) > 0 ? (byte) 1 : (byte) 2;
                glyphs[codePoint] = known;
            }
            return known == 1;
        }

        /**
         * The width of one character in font units: what PDFBox's {@code getStringWidth} adds for it (which is a
         * sum of the characters' widths in order), asked once; asking encodes it, which adds it to a subset.
         */
        float width(int codePoint) {
            if (codePoint >= 0x10000) {
                return stringWidth(new String(Character.toChars(codePoint)));
            }
            if (widths == null) {
                widths = new float[0x10000];
                Arrays.fill(widths, Float.NaN);
            }
            float w = widths[codePoint];
            if (Float.isNaN(w)) {
                w = stringWidth(String.valueOf((char) codePoint));
                widths[codePoint] = w;
            }
            return w;
        }

        private float stringWidth(String text) {
            try {
                return font.getStringWidth(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A piece of text in one font. */
    record Run(String text, PDFont font) {}

    /**
     * Chains by face; writers unregister their faces when the document is written ({@link PdfFonts#close}): the
     * chains hold the document's fonts.
     */
    private static final Map<PDFont, List<Face>> CHAINS = new ConcurrentHashMap<>();
    /** Every registered font (faces and fallbacks) → its face, for measuring; released with the chains. */
    private static final Map<PDFont, Face> FACES = new ConcurrentHashMap<>();

    private FontRuns() {}

    static void register(Face face, List<Face> fallbacks) {
        List<Face> chain = new ArrayList<>();
        chain.add(face);
        chain.addAll(fallbacks);
        CHAINS.put(face.font(), List.copyOf(chain));
        for (Face f : chain) {
            FACES.put(f.font(), f);
        }
    }

    /** Forgets the chain of a face whose document is written (the chain holds fonts of that document). */
    static void unregister(PDFont font) {
        List<Face> chain = CHAINS.remove(font);
        if (chain != null) {
            for (Face f : chain) {
                FACES.remove(f.font());
            }
        }
    }

    /** How many faces have a chain now (for the test that written documents leave none behind). */
    static int chains() {
        return CHAINS.size();
    }

    /** How many fonts can be measured now (for the same test). */
    static int faces() {
        return FACES.size();
    }

    static List<Run> split(String text, PDFont font) {
        List<Face> chain = CHAINS.get(font);
        if (chain == null) {
            return List.of(new Run(text, font));
        }
        Face primary = chain.get(0);
        if (allIn(text, primary)) {
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
                if (dropped(cp, primary)) {
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

    /**
     * The width of {@code text} in {@code font} in font units, exactly as PDFBox measures the runs {@link #split}
     * makes of it, one after the other (the sum of each run's {@code getStringWidth}), without making them.
     */
    static float units(String text, PDFont font) {
        Face single = FACES.get(font);
        if (single == null) {
            float units = 0;
            try {
                for (Run run : split(text, font)) {
                    units += run.font().getStringWidth(run.text());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return units;
        }
        List<Face> chain = CHAINS.get(font);
        if (chain == null) {
            // a fallback: its runs are never split again
            return sum(text, single);
        }
        if (allIn(text, single)) {
            return sum(text, single);
        }
        float units = 0;
        float run = 0;
        Face runFace = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Face face = faceFor(chain, cp);
            if (face == null) {
                if (dropped(cp, single)) {
                    continue;
                }
                cp = '?';
                face = single;
            }
            if (runFace != null && runFace.font() != face.font()) {
                units += run;
                run = 0;
            }
            runFace = face;
            run += face.width(cp);
        }
        return runFace == null ? units : units + run;
    }

    private static float sum(String text, Face face) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            units += face.width(cp);
        }
        return units;
    }

    private static boolean allIn(String text, Face face) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!face.has(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** A character no font of the chain has: dropped (control characters, halves of pairs), else drawn as '?'. */
    private static boolean dropped(int cp, Face primary) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.SURROGATE || !primary.has('?');
    }

    private static Face faceFor(List<Face> chain, int cp) {
        for (int i = 0; i < chain.size(); i++) {
            Face f = chain.get(i);
            if (f.has(cp)) {
                return f;
            }
        }
        return null;
    }
}
