package dev.flowdoc.view;

import java.util.List;
import java.util.stream.Collectors;

/** A table cell: lines of inline parts. */
public record Cell(List<Line> lines) {
    public Cell {
        lines = List.copyOf(lines);
    }

    public static Cell text(String text) {
        return new Cell(List.of(Line.of(new Part.Text(text))));
    }

    /** The cell's words on one line per line (CSV, JSON, tooltips). */
    public String plain() {
        return lines.stream().map(Line::plain).collect(Collectors.joining("\n"));
    }

    /** The cell's words as one line: lines joined by a space. */
    public String oneLine() {
        return lines.stream().map(Line::plain).collect(Collectors.joining(" "));
    }
}
