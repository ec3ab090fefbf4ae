package dev.flowdoc.render.diagram;

/**
 * The width of a line of text, estimated without a font: the layout must not depend on what font a browser picks,
 * so it reserves what a common sans-serif face (DejaVu Sans, Arial, Helvetica) needs at most. The PDFs draw in
 * DejaVu Sans Condensed, which is narrower.
 */
public final class TextWidth {
    private TextWidth() {}

    public static double of(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            em += width(c);
        }
        return em * size;
    }

    private static double width(int c) {
        if ("iljI.,:;|!'".indexOf(c) >= 0) {
            return 0.32;
        }
        if ("ftr()[] /-".indexOf(c) >= 0) {
            return 0.42;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W') {
            return 0.92;
        }
        if (Character.isUpperCase(c)) {
            return 0.74;
        }
        if (Character.isDigit(c)) {
            return 0.64;
        }
        if (c < 0x80) {
            return 0.62;
        }
        // accented letters, arrows, other scripts: wide enough for most
        return Character.isIdeographic(c) ? 1.0 : 0.7;
    }
}
