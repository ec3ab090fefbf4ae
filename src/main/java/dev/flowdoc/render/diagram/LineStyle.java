package dev.flowdoc.render.diagram;

import java.util.Locale;

/** How an arrow's line tells a flow's requirement apart: not by colour alone, by its dash pattern. */
public enum LineStyle {
    /** Solid. */
    REQUIRED(new float[0]),
    /** Dashed. */
    OPTIONAL(new float[] {6, 4}),
    /** Dash-dot. */
    CONDITIONAL(new float[] {8, 3, 2, 3});

    private final float[] dashes;

    LineStyle(float[] dashes) {
        this.dashes = dashes;
    }

    /** The dash pattern (on, off, …); empty: solid. */
    public float[] dashes() {
        return dashes.clone();
    }

    /** The most binding of the styles (required before conditional before optional): an arrow's line. */
    public static LineStyle strongest(java.util.Collection<LineStyle> styles) {
        return styles.contains(REQUIRED) ? REQUIRED : styles.contains(CONDITIONAL) ? CONDITIONAL : OPTIONAL;
    }

    /** "required", …: the SVG class. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
