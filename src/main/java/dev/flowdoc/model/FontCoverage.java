package dev.flowdoc.model;

import java.util.BitSet;
import java.util.List;

/**
 * Which characters the theme's PDFs can draw: those that the regular and the bold face have a glyph for, each face
 * helped by the theme's fallback fonts. Read from the font files by the loader; the check of texts asks here.
 */
public final class FontCoverage {
    private final BitSet drawable;
    private final List<String> fonts;

    public FontCoverage(BitSet drawable, List<String> fonts) {
        this.drawable = (BitSet) drawable.clone();
        this.fonts = List.copyOf(fonts);
    }

    public boolean drawable(int codePoint) {
        return codePoint >= 0 && drawable.get(codePoint);
    }

    /** The font files, regular and bold first, then the fallbacks. */
    public List<String> fonts() {
        return fonts;
    }
}
