package dev.flowdoc.render.diagram;

/** The diagram's few colours (RGB, 0–255), the same in SVG and PDF; meaning never rests on colour alone. */
public final class Colors {
    public static final int[] INK = {34, 34, 34};
    public static final int[] BOX_FILL = {255, 255, 255};
    public static final int[] AREA_FILL = {244, 246, 248};
    public static final int[] AREA_STROKE = {170, 178, 189};
    public static final int[] LABEL_FILL = {255, 255, 255};
    public static final int[] OPEN = {26, 127, 55};
    public static final int[] CLOSE = {180, 35, 24};

    private Colors() {}

    /** The colour of an arrow with this mark. */
    public static int[] of(Mark mark) {
        return switch (mark) {
            case NONE -> INK;
            case OPEN -> OPEN;
            case CLOSE -> CLOSE;
        };
    }

    /** The line width of an arrow with this mark: upgrades draw what changes thicker. */
    public static double width(Mark mark) {
        return mark == Mark.NONE ? 1.2 : 2.2;
    }

    /** "#rrggbb", lower case (written by hand: String.format cost a twentieth of the SVG at 5,000 flows). */
    public static String hex(int[] rgb) {
        char[] c = new char[7];
        c[0] = '#';
        for (int i = 0; i < 3; i++) {
            c[1 + 2 * i] = Character.forDigit((rgb[i] >> 4) & 0xf, 16);
            c[2 + 2 * i] = Character.forDigit(rgb[i] & 0xf, 16);
        }
        return new String(c);
    }
}
