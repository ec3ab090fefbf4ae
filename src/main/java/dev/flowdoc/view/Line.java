package dev.flowdoc.view;

import java.util.List;

/** A line of a cell; {@code paragraph}: it starts a new paragraph, else it follows after a line break. */
public record Line(List<Part> parts, boolean paragraph) {
    public Line {
        parts = List.copyOf(parts);
    }

    public static Line of(Part... parts) {
        return new Line(List.of(parts), false);
    }

    public String plain() {
        return Part.plain(parts);
    }
}
