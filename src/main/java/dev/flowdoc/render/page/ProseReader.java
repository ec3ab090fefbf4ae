package dev.flowdoc.render.page;

import dev.flowdoc.render.page.Prose.Admonition;
import dev.flowdoc.render.page.Prose.Block;
import dev.flowdoc.render.page.Prose.FlowTable;
import dev.flowdoc.render.page.Prose.Heading;
import dev.flowdoc.render.page.Prose.Item;
import dev.flowdoc.render.page.Prose.ListBlock;
import dev.flowdoc.render.page.Prose.Literal;
import dev.flowdoc.render.page.Prose.Paragraph;
import dev.flowdoc.render.page.Prose.Run;
import dev.flowdoc.render.page.Prose.Style;
import dev.flowdoc.render.page.Prose.TableCell;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.Column;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;

/**
 * Reads a loaded Asciidoctor document into {@link Prose}, one method per kind of node, as Asciidoctor's converters
 * do. Inline content is converted on the way ({@code getContent()}, {@code getText()}, {@code getTitle()}), which
 * runs flowdoc's inline macros: the document must be read while the page's extension group is registered.
 * Blocks that only group others (preamble, open, example, sidebar, quote) pass their children through; images,
 * passthroughs, breaks and comments say nothing a reader of text needs.
 */
public final class ProseReader {
    private ProseReader() {}

    public static Prose read(Document document) {
        String title = document.getDoctitle();
        return new Prose(title == null ? null : text(InlineHtml.runs(title)), blocks(document.getBlocks()));
    }

    private static List<Block> blocks(List<StructuralNode> nodes) {
        List<Block> out = new ArrayList<>();
        for (StructuralNode node : nodes) {
            block(node, out);
        }
        return out;
    }

    private static void block(StructuralNode node, List<Block> out) {
        switch (node.getContext()) {
            case "section" -> section((Section) node, out);
            case "paragraph" -> {
                title(node, out);
                paragraph(node.getContent(), out);
            }
            case "ulist", "olist", "colist" -> {
                title(node, out);
                out.add(list((org.asciidoctor.ast.List) node));
            }
            case "dlist" -> {
                title(node, out);
                descriptions((DescriptionList) node, out);
            }
            case "admonition" -> out.add(admonition(node));
            case "table" -> {
                title(node, out);
                out.add(table((Table) node));
            }
            case "pass" -> {
                if (node.hasRole(FlowTableMacro.ROLE)) {
                    Object target = node.getAttribute(FlowTableMacro.TARGET_ATTRIBUTE);
                    out.add(new FlowTable(target == null ? "all" : target.toString()));
                } else if (node.hasRole(FlowDiagramMacro.ROLE)) {
                    out.add(new Prose.FlowDiagram(dev.flowdoc.model.Content.ALL));
                }
            }
            case "listing", "literal", "verse" -> {
                title(node, out);
                out.add(new Literal(source(node)));
            }
            case "preamble", "open", "example", "sidebar", "quote" -> {
                title(node, out);
                if (node.getBlocks().isEmpty() && node.getContent() instanceof String s) {
                    paragraph(s, out); // a quote or example written as a single paragraph
                } else {
                    for (StructuralNode child : node.getBlocks()) {
                        block(child, out);
                    }
                }
            }
            default -> { } // image, pass, thematic_break, page_break, toc, floating_title handled below
        }
        if (node.getContext().equals("floating_title")) {
            out.add(new Heading(node.getLevel(), node.getId(), InlineHtml.runs(node.getTitle())));
        }
    }

    private static void section(Section section, List<Block> out) {
        out.add(new Heading(section.getLevel(), section.getId(), InlineHtml.runs(section.getTitle())));
        for (StructuralNode child : section.getBlocks()) {
            block(child, out);
        }
    }

    /** A block title (".Title" above a block) as a paragraph in bold before it. */
    private static void title(StructuralNode node, List<Block> out) {
        String title = node.getTitle();
        if (title != null && !title.isBlank()) {
            String caption = node.getCaption();
            List<Run> runs = InlineHtml.runs((caption == null ? "" : caption) + title);
            out.add(new Paragraph(runs.stream().map(r -> new Run(r.text(), Style.BOLD, r.link())).toList()));
        }
    }

    private static void paragraph(Object html, List<Block> out) {
        List<Run> runs = InlineHtml.runs(html == null ? "" : html.toString());
        if (!runs.isEmpty()) {
            out.add(new Paragraph(runs));
        }
    }

    private static ListBlock list(org.asciidoctor.ast.List list) {
        List<Item> items = new ArrayList<>();
        for (StructuralNode node : list.getItems()) {
            ListItem item = (ListItem) node;
            items.add(new Item(item.hasText() ? InlineHtml.runs(item.getText()) : List.of(), blocks(item.getBlocks())));
        }
        return new ListBlock(!list.getContext().equals("ulist"), items);
    }

    /** A description list as an unordered list: each item the terms in bold, then the description. */
    private static void descriptions(DescriptionList list, List<Block> out) {
        List<Item> items = new ArrayList<>();
        for (DescriptionListEntry entry : list.getItems()) {
            List<Run> runs = new ArrayList<>();
            for (ListItem term : entry.getTerms()) {
                if (!runs.isEmpty()) {
                    runs.add(new Run(", ", Style.BOLD, null));
                }
                InlineHtml.runs(term.getText()).forEach(r -> runs.add(new Run(r.text(), Style.BOLD, r.link())));
            }
            ListItem description = entry.getDescription();
            List<Block> blocks = new ArrayList<>();
            if (description != null) {
                if (description.hasText()) {
                    runs.add(Run.plain(": "));
                    runs.addAll(InlineHtml.runs(description.getText()));
                }
                blocks.addAll(blocks(description.getBlocks()));
            }
            items.add(new Item(runs, blocks));
        }
        out.add(new ListBlock(false, items));
    }

    private static Admonition admonition(StructuralNode node) {
        Object label = node.getAttribute("textlabel");
        String text = label != null ? label.toString() : node.getStyle();
        List<Block> blocks = new ArrayList<>();
        title(node, blocks);
        if (node.getBlocks().isEmpty()) {
            paragraph(node.getContent(), blocks); // "NOTE: text": the text is the admonition's own content
        } else {
            blocks.addAll(blocks(node.getBlocks()));
        }
        return new Admonition(text(InlineHtml.runs(text)), blocks);
    }

    private static Prose.Table table(Table table) {
        List<Double> widths = new ArrayList<>();
        for (Column column : table.getColumns()) {
            Object pc = column.getAttribute("colpcwidth");
            widths.add(pc instanceof Number n ? n.doubleValue() : (double) column.getWidth());
        }
        return new Prose.Table(widths, rows(table.getHeader()), rows(table.getBody()));
    }

    private static List<List<TableCell>> rows(List<Row> rows) {
        List<List<TableCell>> out = new ArrayList<>();
        for (Row row : rows) {
            List<TableCell> cells = new ArrayList<>();
            for (Cell cell : row.getCells()) {
                cells.add(new TableCell(cellParagraphs(cell), Math.max(1, cell.getColspan()), Math.max(1, cell.getRowspan())));
            }
            out.add(cells);
        }
        return out;
    }

    /** A cell's paragraphs; an AsciiDoc cell ("a|") is read as a small document and flattened into paragraphs. */
    private static List<List<Run>> cellParagraphs(Cell cell) {
        List<List<Run>> paragraphs = new ArrayList<>();
        if ("asciidoc".equals(cell.getStyle()) && cell.getInnerDocument() != null) {
            flatten(blocks(cell.getInnerDocument().getBlocks()), "", paragraphs);
            return paragraphs;
        }
        Object content = cell.getContent();
        if (content instanceof List<?> list) {
            for (Object p : list) {
                addNonEmpty(paragraphs, InlineHtml.runs(String.valueOf(p)));
            }
        } else {
            addNonEmpty(paragraphs, InlineHtml.runs(content == null ? cell.getText() : content.toString()));
        }
        return paragraphs;
    }

    private static void flatten(List<Block> blocks, String indent, List<List<Run>> out) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add(prefixed(indent, p.runs()));
            } else if (b instanceof Heading h) {
                out.add(h.title().stream().map(r -> new Run(r.text(), Style.BOLD, r.link())).toList());
            } else if (b instanceof ListBlock l) {
                int n = 1;
                for (Item item : l.items()) {
                    out.add(prefixed(indent + (l.ordered() ? (n++) + ". " : "• "), item.runs()));
                    flatten(item.blocks(), indent + "  ", out);
                }
            } else if (b instanceof Admonition a) {
                out.add(List.of(new Run(a.label(), Style.BOLD, null)));
                flatten(a.blocks(), indent, out);
            } else if (b instanceof Literal l) {
                for (String line : l.text().split("\n", -1)) {
                    out.add(List.of(new Run(indent + line, Style.MONOSPACE, null)));
                }
            } else if (b instanceof Prose.Table t) {
                for (List<TableCell> row : t.body()) {
                    for (TableCell c : row) {
                        c.paragraphs().forEach(p -> out.add(prefixed(indent, p)));
                    }
                }
            }
        }
    }

    private static List<Run> prefixed(String prefix, List<Run> runs) {
        if (prefix.isEmpty()) {
            return runs;
        }
        List<Run> out = new ArrayList<>();
        out.add(Run.plain(prefix));
        out.addAll(runs);
        return out;
    }

    private static void addNonEmpty(List<List<Run>> paragraphs, List<Run> runs) {
        if (!runs.isEmpty()) {
            paragraphs.add(runs);
        }
    }

    /** Literal text as written: Asciidoctor keeps the source lines of listing and literal blocks. */
    private static String source(StructuralNode node) {
        if (node instanceof org.asciidoctor.ast.Block block) {
            return String.join("\n", block.getLines());
        }
        return "";
    }

    private static String text(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.isBreak() ? " " : r.text()));
        return sb.toString();
    }
}
