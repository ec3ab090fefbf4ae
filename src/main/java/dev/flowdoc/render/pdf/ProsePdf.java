package dev.flowdoc.render.pdf;

import dev.flowdoc.render.page.Prose;
import dev.flowdoc.render.page.Prose.Admonition;
import dev.flowdoc.render.page.Prose.Block;
import dev.flowdoc.render.page.Prose.FlowTable;
import dev.flowdoc.render.page.Prose.Heading;
import dev.flowdoc.render.page.Prose.Item;
import dev.flowdoc.render.page.Prose.ListBlock;
import dev.flowdoc.render.page.Prose.Literal;
import dev.flowdoc.render.page.Prose.Paragraph;
import dev.flowdoc.render.page.Prose.Run;
import dev.flowdoc.render.page.Prose.TableCell;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a page's {@link Prose} into the page flow, one method per kind of block: headings (with a bookmark and an
 * anchor), paragraphs of styled runs (links to anchors of the document become link annotations), lists with bullets
 * or numbers, admonitions with their label in bold, tables as grids, literal blocks on a gray ground. The flow
 * table is the caller's: it is drawn from the data, not from the page.
 * The theme has a regular and a bold face: italic and monospace runs are set in the regular one.
 * Tagged as it is drawn: sections as H2… below the document's H1 (never skipping a level), paragraphs as P, lists as
 * L of LI with Lbl (the bullet or number) and LBody, admonitions as a Div of the label and the blocks, tables as Table.
 */
final class ProsePdf {
    static final float SIZE = 9.5f;
    private static final float SMALL = 8.5f;
    private static final float GAP = 6;
    private static final float MARKER = 14;
    private static final float INDENT = 14;
    private static final float LABEL = 58;

    private final PageFlow flow;
    private final PdfFonts fonts;
    private final Bookmarks bookmarks;
    private final Consumer<FlowTable> flowTable;
    private final Consumer<Prose.FlowDiagram> flowDiagram;
    /** How much of a page a diagram takes: the text that introduces it is kept on its page. */
    private final java.util.function.ToDoubleFunction<Prose.FlowDiagram> diagramHeight;
    private final Tagging tagging;
    private int unnamed;
    /** The level of the last heading tagged: the document title is H1. */
    private int lastLevel = 1;

    ProsePdf(PageFlow flow, PdfFonts fonts, Bookmarks bookmarks, Consumer<FlowTable> flowTable,
             Consumer<Prose.FlowDiagram> flowDiagram) {
        this(flow, fonts, bookmarks, flowTable, flowDiagram, d -> 0);
    }

    /**
     * {@code diagramHeight}: how much of a page each diagram takes, so that the headings and paragraphs right before
     * a diagram (its introduction) start on the diagram's page rather than stay alone at the foot of the page before.
     */
    ProsePdf(PageFlow flow, PdfFonts fonts, Bookmarks bookmarks, Consumer<FlowTable> flowTable,
             Consumer<Prose.FlowDiagram> flowDiagram, java.util.function.ToDoubleFunction<Prose.FlowDiagram> diagramHeight) {
        this.flowDiagram = flowDiagram;
        this.diagramHeight = diagramHeight;
        this.flow = flow;
        this.fonts = fonts;
        this.bookmarks = bookmarks;
        this.flowTable = flowTable;
        this.tagging = flow.tagging();
    }

    void draw(List<Block> blocks) {
        draw(blocks, 0);
    }

    private void draw(List<Block> blocks, float indent) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            keepWithDiagram(blocks, i, indent);
            if (block instanceof Heading h) {
                heading(h);
            } else if (block instanceof Paragraph p) {
                tagging.begin("P");
                text(lines(p.runs(), SIZE), indent, GAP);
                tagging.end("P");
            } else if (block instanceof ListBlock l) {
                list(l, indent);
            } else if (block instanceof Admonition a) {
                admonition(a, indent);
            } else if (block instanceof Prose.Table t) {
                table(t);
            } else if (block instanceof Literal l) {
                literal(l, indent);
            } else if (block instanceof FlowTable t) {
                flowTable.accept(t);
                flow.moveTo(flow.y() - GAP);
            } else if (block instanceof Prose.FlowDiagram d) {
                flowDiagram.accept(d);
                flow.moveTo(flow.y() - GAP);
            }
        }
    }

    /**
     * Where the headings and paragraphs from {@code i} on lead straight to a diagram, and they and the diagram fit on one
     * page but not on what is left of this one, starts a new page, so that they stay with the diagram.
     */
    private void keepWithDiagram(List<Block> blocks, int i, float indent) {
        if (i > 0 && (blocks.get(i - 1) instanceof Heading || blocks.get(i - 1) instanceof Paragraph)) {
            return; // decided at the first of them
        }
        float need = 0;
        int j = i;
        for (; j < blocks.size() && (blocks.get(j) instanceof Heading || blocks.get(j) instanceof Paragraph); j++) {
            need += blocks.get(j) instanceof Heading h ? 8 + headingSize(h) * 3 + 4
                    : lines(((Paragraph) blocks.get(j)).runs(), SIZE).height(flow.width() - indent) + GAP;
        }
        if (j == i || j >= blocks.size() || !(blocks.get(j) instanceof Prose.FlowDiagram d)) {
            return;
        }
        need += (float) diagramHeight.applyAsDouble(d);
        float page = org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getHeight() - PageFlow.MARGIN_TOP - PageFlow.MARGIN_BOTTOM;
        if (need <= page) {
            flow.ensure(need);
        }
    }

    private static float headingSize(Heading h) {
        return h.level() <= 1 ? 13 : h.level() == 2 ? 11 : 10;
    }

    private void heading(Heading h) {
        float size = headingSize(h);
        flow.moveTo(flow.y() - 8);
        flow.ensure(size * 3 + 40);
        String id = h.id() != null ? h.id() : "section-" + (++unnamed);
        String title = plain(h.title());
        bookmarks.add(title, flow.anchor(id));
        // a section of level 1 is an H2 under the title's H1; a deeper one never skips a level
        int level = Math.min(Math.max(h.level(), 1) + 1, Math.min(lastLevel + 1, 6));
        lastLevel = level;
        flow.block("H" + level, TextBlock.of(new Span(title, fonts.bold(), size)), 4);
    }

    private void list(ListBlock list, float indent) {
        int n = 1;
        tagging.begin("L");
        if (list.ordered()) {
            tagging.current().getCOSObject().setItem(org.apache.pdfbox.cos.COSName.A, listAttributes("Decimal"));
        } else {
            tagging.current().getCOSObject().setItem(org.apache.pdfbox.cos.COSName.A, listAttributes("Disc"));
        }
        for (Item item : list.items()) {
            String marker = list.ordered() ? (n++) + "." : "•";
            TextBlock text = lines(item.runs(), SIZE);
            float width = flow.width() - indent - MARKER;
            float h = text.height(width);
            flow.ensure(h);
            float top = flow.y();
            tagging.begin("LI");
            tagging.begin("Lbl");
            TextBlock.of(new Span(marker, fonts.regular(), SIZE)).draw(flow, flow.left() + indent, top, MARKER);
            tagging.end("Lbl");
            tagging.begin("LBody");
            text.draw(flow, flow.left() + indent + MARKER, top, width);
            flow.moveTo(top - h - 2);
            draw(item.blocks(), indent + MARKER);
            tagging.end("LBody");
            tagging.end("LI");
        }
        tagging.end("L");
        flow.moveTo(flow.y() - (GAP - 2));
    }

    /** The list attribute {@code /ListNumbering}, so that a reader announces bullets or numbers. */
    static org.apache.pdfbox.cos.COSDictionary listAttributes(String numbering) {
        org.apache.pdfbox.cos.COSDictionary a = new org.apache.pdfbox.cos.COSDictionary();
        a.setDirect(true);
        a.setName(org.apache.pdfbox.cos.COSName.O, "List");
        a.setName("ListNumbering", numbering);
        return a;
    }

    /** The label in bold in a column of its own, the content beside it, a rule between them. */
    private void admonition(Admonition a, float indent) {
        TextBlock label = TextBlock.of(new Span(a.label(), fonts.bold(), SIZE));
        flow.ensure(label.height(LABEL) + 2 * SIZE);
        PDPage page = flow.page();
        float top = flow.y();
        tagging.begin("Div");
        tagging.begin("P");
        label.draw(flow, flow.left() + indent, top, LABEL - 6);
        tagging.end("P");
        draw(a.blocks(), indent + LABEL + 6);
        tagging.end("Div");
        if (flow.page() == page) {
            float bottom = Math.min(flow.y() + GAP, top - label.height(LABEL));
            flow.line(flow.left() + indent + LABEL, top, flow.left() + indent + LABEL, bottom, 0.6f);
            flow.moveTo(Math.min(flow.y(), bottom - GAP));
        }
    }

    private void table(Prose.Table t) {
        float[] widths = widths(t.widths());
        List<Cell> header = t.header().isEmpty() ? List.of() : cells(t.header().get(0), widths.length, true);
        Table table = new Table(flow, widths, header);
        table.begin();
        for (List<TableCell> row : t.header().subList(Math.min(1, t.header().size()), t.header().size())) {
            table.row(cells(row, widths.length, true), null, true);
        }
        for (List<TableCell> row : t.body()) {
            table.row(cells(row, widths.length, false), null);
        }
        table.end();
        flow.moveTo(flow.y() - GAP);
    }

    /** A row's cells, one per column: a cell spanning columns or rows keeps its text in its first column. */
    private List<Cell> cells(List<TableCell> row, int columns, boolean header) {
        List<Cell> cells = new ArrayList<>();
        for (TableCell cell : row) {
            List<List<Span>> paragraphs = new ArrayList<>();
            for (List<Run> p : cell.paragraphs()) {
                paragraphs.addAll(spans(p, SMALL, header));
            }
            cells.add(Cell.text(new TextBlock(paragraphs, 2), Math.max(1, cell.colspan()), Math.max(1, cell.rowspan())));
            for (int i = 1; i < cell.colspan(); i++) {
                cells.add(Cell.covered());
            }
        }
        // the slots of cells that span rows from above
        while (cells.size() < columns) {
            cells.add(Cell.covered());
        }
        return cells.subList(0, columns);
    }

    private float[] widths(List<Double> relative) {
        double sum = relative.stream().mapToDouble(Double::doubleValue).sum();
        float[] widths = new float[relative.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (sum > 0 ? relative.get(i) / sum * flow.width() : flow.width() / widths.length);
        }
        return widths;
    }

    private void literal(Literal l, float indent) {
        List<String> lines = new ArrayList<>();
        for (String line : l.text().split("\n", -1)) {
            int lead = 0;
            while (lead < line.length() && line.charAt(lead) == ' ') {
                lead++;
            }
            // no-break spaces keep the indentation, which the layout would otherwise take for word gaps
            lines.add("\u00a0".repeat(lead) + line.substring(lead));
        }
        TextBlock text = TextBlock.lines(fonts.regular(), SMALL, lines);
        float width = flow.width() - indent - 8;
        float h = text.height(width) + 8;
        flow.ensure(h);
        float top = flow.y();
        flow.rect(flow.left() + indent, top - h, flow.width() - indent, h, 0.95f, null);
        tagging.begin("P");
        text.draw(flow, flow.left() + indent + 4, top - 4, width);
        tagging.end("P");
        flow.moveTo(top - h - GAP);
    }

    private void text(TextBlock block, float indent, float gapAfter) {
        float width = flow.width() - indent;
        float h = block.height(width);
        flow.ensure(h);
        block.draw(flow, flow.left() + indent, flow.y(), width);
        flow.moveTo(flow.y() - h - gapAfter);
    }

    private TextBlock lines(List<Run> runs, float size) {
        return new TextBlock(spans(runs, size, false), 0);
    }

    /** Runs as lines of spans: a line break starts a new line. */
    private List<List<Span>> spans(List<Run> runs, float size, boolean bold) {
        List<List<Span>> lines = new ArrayList<>();
        List<Span> line = new ArrayList<>();
        for (Run run : runs) {
            if (run.isBreak()) {
                lines.add(line);
                line = new ArrayList<>();
                continue;
            }
            PDFont font = bold || run.style() == Prose.Style.BOLD ? fonts.bold() : fonts.regular();
            line.add(new Span(run.text(), font, size, anchor(run.link())));
        }
        lines.add(line);
        return lines;
    }

    /** The anchor a link jumps to in this document; links to other pages' anchors find them if the PDF has them. */
    private static String anchor(Prose.Target target) {
        return target instanceof Prose.Anchor a ? a.anchor() : null;
    }

    private static String plain(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.isBreak() ? " " : r.text()));
        return sb.toString();
    }
}
