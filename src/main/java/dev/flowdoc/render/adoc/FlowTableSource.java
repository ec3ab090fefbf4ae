package dev.flowdoc.render.adoc;

import java.util.List;
import java.util.stream.Collectors;

/** Writes a flow table as AsciiDoc table source ({@code |===}), for the generated AsciiDoc of a page. */
public final class FlowTableSource {
    private FlowTableSource() {}

    public static String write(List<String> headings, List<FlowTableModel.GroupBlock> blocks) {
        StringBuilder out = new StringBuilder();
        String cols = FlowTableModel.WIDTHS.stream().map(String::valueOf).collect(Collectors.joining(","));
        out.append("[.flowtable,cols=\"").append(cols).append("\",options=\"header\"]\n|===\n");
        headings.forEach(h -> out.append('|').append(AdocEscape.cell(h)).append('\n'));
        for (FlowTableModel.GroupBlock block : blocks) {
            for (int i = 0; i < block.rows().size(); i++) {
                out.append('\n');
                if (i == 0) {
                    String span = block.rows().size() > 1 ? "." + block.rows().size() + "+" : "";
                    out.append(span).append('|').append(AdocEscape.cell(block.cell())).append('\n');
                }
                for (String cell : block.rows().get(i).cells()) {
                    out.append('|').append(AdocEscape.cell(cell)).append('\n');
                }
            }
        }
        return out.append("|===\n").toString();
    }
}
