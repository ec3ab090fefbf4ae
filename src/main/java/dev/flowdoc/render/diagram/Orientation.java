package dev.flowdoc.render.diagram;

/**
 * Which way a diagram runs. The same graph is laid out both ways: wide for screens, print and the PDFs; tall for
 * a phone, where the page's CSS shows it instead of the wide one.
 */
public enum Orientation {
    /** Zones left to right (the Internet at the left), each zone a column. */
    WIDE,
    /** Zones top to bottom (the Internet at the top), each zone a band across the diagram. */
    TALL
}
