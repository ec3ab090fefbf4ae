package dev.flowdoc.render.page;

import java.util.List;
import java.util.Objects;

/**
 * A prose page as a reader sees it, independent of any output format: its title and its blocks, with every
 * macro and reference already resolved into text and links. Made by {@link ProseReader}.
 */
public record Prose(String title, List<Block> blocks) {
    public Prose {
        blocks = List.copyOf(blocks);
    }

    /** How a run of text looks. */
    public enum Style { PLAIN, BOLD, ITALIC, MONOSPACE }

    /**
     * Where a link leads: an anchor ({@code page} null: on the same page; {@code anchor} null: the page itself),
     * or a URL outside the documentation.
     */
    public sealed interface Target {}

    public record Anchor(String page, String anchor) implements Target {}

    public record Url(String url) implements Target {
        public Url {
            Objects.requireNonNull(url);
        }
    }

    /** A piece of inline text in one style; {@code link} null: not a link. A line break is a run of "\n". */
    public record Run(String text, Style style, Target link) {
        public Run {
            Objects.requireNonNull(text);
            Objects.requireNonNull(style);
        }

        public static Run plain(String text) {
            return new Run(text, Style.PLAIN, null);
        }

        public boolean isBreak() {
            return text.equals("\n");
        }
    }

    public sealed interface Block {}

    /** A section heading; {@code level} 1 for "==", 2 for "===" …; {@code id} null when the writer gave none. */
    public record Heading(int level, String id, List<Run> title) implements Block {
        public Heading {
            title = List.copyOf(title);
        }
    }

    public record Paragraph(List<Run> runs) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }
    }

    public record ListBlock(boolean ordered, List<Item> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** A list item: its text, then the blocks attached to it (nested lists, further paragraphs). */
    public record Item(List<Run> runs, List<Block> blocks) {
        public Item {
            runs = List.copyOf(runs);
            blocks = List.copyOf(blocks);
        }
    }

    /** NOTE, TIP, IMPORTANT, WARNING, CAUTION; {@code label} is the caption Asciidoctor gives ("Note", "Hinweis"). */
    public record Admonition(String label, List<Block> blocks) implements Block {
        public Admonition {
            blocks = List.copyOf(blocks);
        }
    }

    /** A table from the page; {@code widths} are the columns' relative widths (they sum to about 100). */
    public record Table(List<Double> widths, List<List<TableCell>> header, List<List<TableCell>> body) implements Block {
        public Table {
            widths = List.copyOf(widths);
            header = header.stream().map(List::copyOf).toList();
            body = body.stream().map(List::copyOf).toList();
        }

        public int columns() {
            return widths.size();
        }
    }

    /** A table cell: its paragraphs (one list of runs each), and how many columns and rows it spans. */
    public record TableCell(List<List<Run>> paragraphs, int colspan, int rowspan) {
        public TableCell {
            paragraphs = paragraphs.stream().map(List::copyOf).toList();
        }
    }

    /** A literal or listing block: text shown as written, line by line. */
    public record Literal(String text) implements Block {}

    /** The place of flowdoc's flow table ({@code flowtable::TARGET[]}): a renderer draws it from the data. */
    public record FlowTable(String target) implements Block {}

    /** The place of flowdoc's zone diagram ({@code flowdiagram::TARGET[]}): a renderer draws it from the data. */
    public record FlowDiagram(String target) implements Block {}

    /** True if {@code blocks} (or blocks inside them) place the zone diagram themselves. */
    public static boolean placesDiagram(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof FlowDiagram
                    || b instanceof Admonition a && placesDiagram(a.blocks())
                    || b instanceof ListBlock l && l.items().stream().anyMatch(i -> placesDiagram(i.blocks()))) {
                return true;
            }
        }
        return false;
    }
}
