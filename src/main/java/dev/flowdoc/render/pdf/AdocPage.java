package dev.flowdoc.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The prose of a content page read simply, for the PDF: the title ("= "), section headings ("== ", with a
 * preceding [[id]] anchor), paragraphs (lines up to a blank line) and the place of the flow table
 * ({@code flowtable::…[]}). Inline AsciiDoc markup is kept as written; comments, attribute lines and other
 * block macros are skipped. The HTML build converts the same files with Asciidoctor.
 */
record AdocPage(String title, List<Block> blocks) {
    sealed interface Block {}

    record Heading(int level, String text, String id) implements Block {}

    record Paragraph(String text) implements Block {}

    record FlowTable() implements Block {}

    static AdocPage read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static AdocPage parse(List<String> lines) {
        String title = null;
        String anchor = null;
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            boolean special = line.isEmpty() || line.startsWith("//") || line.startsWith("=")
                    || line.matches("\\[\\[[^\\]]+]]") || line.matches(":[\\w-]+:.*") || line.matches("[\\w-]+::.*\\[.*]");
            if (special && paragraph.length() > 0) {
                blocks.add(new Paragraph(paragraph.toString()));
                paragraph.setLength(0);
            }
            if (line.isEmpty() || line.startsWith("//") || line.matches(":[\\w-]+:.*")) {
                continue;
            }
            if (line.matches("\\[\\[[^\\]]+]]")) {
                anchor = line.substring(2, line.length() - 2).split(",")[0];
            } else if (line.matches("=+ .*")) {
                int level = line.indexOf(' ');
                if (level == 1 && title == null) {
                    title = line.substring(2).strip();
                } else {
                    blocks.add(new Heading(level, line.substring(level + 1).strip(), anchor));
                }
                anchor = null;
            } else if (line.startsWith("flowtable::")) {
                blocks.add(new FlowTable());
            } else if (!line.matches("[\\w-]+::.*\\[.*]")) {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
            }
        }
        if (paragraph.length() > 0) {
            blocks.add(new Paragraph(paragraph.toString()));
        }
        return new AdocPage(title, blocks);
    }
}
