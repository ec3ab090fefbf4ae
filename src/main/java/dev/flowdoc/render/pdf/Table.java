package dev.flowdoc.render.pdf;

import java.util.List;

/**
 * A table laid out over pages: the header row is repeated at the top of every page, a row is never split
 * (it moves to the next page whole), and a band (a group heading across all columns) stays with the row after it.
 * Tagged as Table of TR rows: the header row once, of TH cells with {@code /Scope /Column}; its repetitions on later
 * pages are artifacts (a screen reader meets one table with one header); a band is a TR of one TD across all
 * columns; the grid's rules and fills are artifacts.
 */
final class Table {
    static final float PAD = 3;
    private static final float HEADER_GRAY = 0.85f;
    private static final float BAND_GRAY = 0.93f;
    private static final float RULE_GRAY = 0.55f;

    private final PageFlow flow;
    private final float[] widths;
    private final List<Cell> header;
    private Band pending;

    private record Band(Cell cell, String anchor, Runnable onPlaced) {}

    Table(PageFlow flow, float[] widths, List<Cell> header) {
        this.flow = flow;
        this.widths = widths.clone();
        this.header = List.copyOf(header);
    }

    /** Starts the table at the cursor (on a new page if the header and a first row would not fit). */
    void begin() {
        flow.onNewPage(() -> {});
        flow.ensure(rowHeight(header) + 60);
        flow.tagging().begin("Table");
        if (!header.isEmpty()) {
            drawRow(header, rowHeight(header), HEADER_GRAY, true);
        }
        flow.onNewPage(() -> flow.artifact(this::drawHeader));
    }

    /** A heading across all columns, kept with the next row; {@code onPlaced} runs where it lands (bookmarks). */
    void band(Cell cell, String anchor, Runnable onPlaced) {
        pending = new Band(cell, anchor, onPlaced);
    }

    void row(List<Cell> cells, String anchor) {
        row(cells, anchor, false);
    }

    /** A row of body cells, or of header cells (TH, scope column) when {@code headerCells}. */
    void row(List<Cell> cells, String anchor, boolean headerCells) {
        float h = rowHeight(cells);
        float bandH = pending == null ? 0 : bandHeight(pending.cell());
        flow.ensure(bandH + h);
        if (pending != null) {
            drawBand(pending, bandH);
            pending = null;
        }
        if (anchor != null) {
            flow.anchor(anchor);
        }
        drawRow(cells, h, null, headerCells);
    }

    /** Ends the table: later pages get no header. */
    void end() {
        flow.tagging().end("Table");
        flow.onNewPage(() -> {});
    }

    private void drawHeader() {
        drawRow(header, rowHeight(header), HEADER_GRAY, true);
    }

    private void drawBand(Band band, float h) {
        float total = total();
        float top = flow.y();
        flow.rect(flow.left(), top - h, total, h, BAND_GRAY, RULE_GRAY);
        if (band.anchor() != null) {
            flow.anchor(band.anchor());
        }
        band.onPlaced().run();
        Tagging tagging = flow.tagging();
        tagging.begin("TR");
        tagging.dataCell(widths.length, 1);
        band.cell().draw(flow, flow.left() + PAD, top - PAD, total - 2 * PAD);
        tagging.end("TD");
        tagging.end("TR");
        flow.moveTo(top - h);
    }

    private void drawRow(List<Cell> cells, float h, Float fill, boolean headerCells) {
        float top = flow.y();
        float x = flow.left();
        Tagging tagging = flow.tagging();
        boolean tagged = !flow.inArtifact();
        if (tagged) {
            tagging.begin("TR");
        }
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            flow.rect(x, top - h, widths[i], h, fill, RULE_GRAY);
            boolean structured = tagged && cell != Cell.covered();
            if (structured) {
                if (headerCells) {
                    tagging.headerCell(cell.colspan());
                } else {
                    tagging.dataCell(cell.colspan(), cell.rowspan());
                }
            }
            cell.draw(flow, x + PAD, top - PAD, widths[i] - 2 * PAD);
            if (structured) {
                tagging.end(headerCells ? "TH" : "TD");
            }
            x += widths[i];
        }
        if (tagged) {
            tagging.end("TR");
        }
        flow.moveTo(top - h);
    }

    private float rowHeight(List<Cell> cells) {
        float h = 0;
        for (int i = 0; i < cells.size(); i++) {
            h = Math.max(h, cells.get(i).height(widths[i] - 2 * PAD));
        }
        return h + 2 * PAD;
    }

    private float bandHeight(Cell cell) {
        return cell.height(total() - 2 * PAD) + 2 * PAD;
    }

    private float total() {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        return sum;
    }
}
