package dev.flowdoc.site;

import dev.flowdoc.render.page.Prose;
import dev.flowdoc.render.page.Prose.Admonition;
import dev.flowdoc.render.page.Prose.Anchor;
import dev.flowdoc.render.page.Prose.Block;
import dev.flowdoc.render.page.Prose.FlowTable;
import dev.flowdoc.render.page.Prose.Heading;
import dev.flowdoc.render.page.Prose.Item;
import dev.flowdoc.render.page.Prose.ListBlock;
import dev.flowdoc.render.page.Prose.Literal;
import dev.flowdoc.render.page.Prose.Paragraph;
import dev.flowdoc.render.page.Prose.Run;
import dev.flowdoc.render.page.Prose.Style;
import dev.flowdoc.render.page.Prose.Table;
import dev.flowdoc.render.page.Prose.TableCell;
import dev.flowdoc.render.page.Prose.Target;
import dev.flowdoc.render.page.Prose.Url;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Prose} as bytes for the {@link BuildCache}, and back: the same record tree (equal by value), doubles
 * bit for bit. A stream that does not decode throws {@link IOException} (the cache entry is then ignored).
 */
final class ProseCodec {
    private static final int MAX_COUNT = 1 << 24;

    private ProseCodec() {}

    static void write(Prose prose, DataOutput out) throws IOException {
        string(prose.title(), out);
        blocks(prose.blocks(), out);
    }

    static Prose read(DataInput in) throws IOException {
        String title = string(in);
        return new Prose(title, blocks(in));
    }

    /** A string that may be null, as UTF-8 of any length (DataOutput.writeUTF stops at 64 KiB). */
    static void string(String s, DataOutput out) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(DataInput in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        byte[] bytes = new byte[count(length)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static String nonNull(DataInput in) throws IOException {
        String s = string(in);
        if (s == null) {
            throw new IOException("null where a text was expected");
        }
        return s;
    }

    static int count(int n) throws IOException {
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("bad count " + n);
        }
        return n;
    }

    private static void blocks(List<Block> blocks, DataOutput out) throws IOException {
        out.writeInt(blocks.size());
        for (Block b : blocks) {
            block(b, out);
        }
    }

    private static List<Block> blocks(DataInput in) throws IOException {
        int n = count(in.readInt());
        List<Block> blocks = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            blocks.add(block(in));
        }
        return blocks;
    }

    private static void block(Block block, DataOutput out) throws IOException {
        if (block instanceof Heading h) {
            out.writeByte(1);
            out.writeInt(h.level());
            string(h.id(), out);
            runs(h.title(), out);
        } else if (block instanceof Paragraph p) {
            out.writeByte(2);
            runs(p.runs(), out);
        } else if (block instanceof ListBlock l) {
            out.writeByte(3);
            out.writeBoolean(l.ordered());
            out.writeInt(l.items().size());
            for (Item item : l.items()) {
                runs(item.runs(), out);
                blocks(item.blocks(), out);
            }
        } else if (block instanceof Admonition a) {
            out.writeByte(4);
            string(a.label(), out);
            blocks(a.blocks(), out);
        } else if (block instanceof Table t) {
            out.writeByte(5);
            out.writeInt(t.widths().size());
            for (Double w : t.widths()) {
                out.writeLong(Double.doubleToRawLongBits(w));
            }
            rows(t.header(), out);
            rows(t.body(), out);
        } else if (block instanceof Literal l) {
            out.writeByte(6);
            string(l.text(), out);
        } else if (block instanceof FlowTable f) {
            out.writeByte(7);
            string(f.target(), out);
        } else {
            throw new IOException("a kind of block the cache does not know: " + block.getClass().getName());
        }
    }

    private static Block block(DataInput in) throws IOException {
        int kind = in.readByte();
        switch (kind) {
            case 1: {
                int level = in.readInt();
                String id = string(in);
                return new Heading(level, id, runs(in));
            }
            case 2:
                return new Paragraph(runs(in));
            case 3: {
                boolean ordered = in.readBoolean();
                int n = count(in.readInt());
                List<Item> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    List<Run> runs = runs(in);
                    items.add(new Item(runs, blocks(in)));
                }
                return new ListBlock(ordered, items);
            }
            case 4: {
                String label = string(in);
                return new Admonition(label, blocks(in));
            }
            case 5: {
                int n = count(in.readInt());
                List<Double> widths = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    widths.add(Double.longBitsToDouble(in.readLong()));
                }
                List<List<TableCell>> header = rows(in);
                return new Table(widths, header, rows(in));
            }
            case 6:
                return new Literal(string(in));
            case 7:
                return new FlowTable(string(in));
            default:
                throw new IOException("unknown block kind " + kind);
        }
    }

    private static void rows(List<List<TableCell>> rows, DataOutput out) throws IOException {
        out.writeInt(rows.size());
        for (List<TableCell> row : rows) {
            out.writeInt(row.size());
            for (TableCell cell : row) {
                out.writeInt(cell.paragraphs().size());
                for (List<Run> paragraph : cell.paragraphs()) {
                    runs(paragraph, out);
                }
                out.writeInt(cell.colspan());
                out.writeInt(cell.rowspan());
            }
        }
    }

    private static List<List<TableCell>> rows(DataInput in) throws IOException {
        int n = count(in.readInt());
        List<List<TableCell>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int cells = count(in.readInt());
            List<TableCell> row = new ArrayList<>();
            for (int c = 0; c < cells; c++) {
                int paragraphs = count(in.readInt());
                List<List<Run>> texts = new ArrayList<>();
                for (int p = 0; p < paragraphs; p++) {
                    texts.add(runs(in));
                }
                int colspan = in.readInt();
                row.add(new TableCell(texts, colspan, in.readInt()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static void runs(List<Run> runs, DataOutput out) throws IOException {
        out.writeInt(runs.size());
        for (Run run : runs) {
            string(run.text(), out);
            out.writeByte(run.style().ordinal());
            Target link = run.link();
            if (link == null) {
                out.writeByte(0);
            } else if (link instanceof Anchor a) {
                out.writeByte(1);
                string(a.page(), out);
                string(a.anchor(), out);
            } else if (link instanceof Url u) {
                out.writeByte(2);
                string(u.url(), out);
            } else {
                throw new IOException("a kind of link the cache does not know: " + link.getClass().getName());
            }
        }
    }

    private static List<Run> runs(DataInput in) throws IOException {
        int n = count(in.readInt());
        List<Run> runs = new ArrayList<>(Math.min(n, 1024));
        Style[] styles = Style.values();
        for (int i = 0; i < n; i++) {
            String text = nonNull(in);
            int style = in.readByte();
            if (style < 0 || style >= styles.length) {
                throw new IOException("unknown style " + style);
            }
            int link = in.readByte();
            Target target = switch (link) {
                case 0 -> null;
                case 1 -> {
                    String page = string(in);
                    yield new Anchor(page, string(in));
                }
                case 2 -> new Url(nonNull(in));
                default -> throw new IOException("unknown link kind " + link);
            };
            runs.add(new Run(text, styles[style], target));
        }
        return runs;
    }
}
