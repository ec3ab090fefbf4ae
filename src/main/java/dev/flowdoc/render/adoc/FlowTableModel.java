package dev.flowdoc.render.adoc;

import dev.flowdoc.view.DocView;
import dev.flowdoc.view.FlowRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The flow table of one or all groups of the view as cell texts (AsciiDoc inline source). Both the block macro
 * (AST) and the generated AsciiDoc (table source) are built from it, so they agree; what a cell says is the view's.
 */
public final class FlowTableModel {
    /** Relative column widths: the description needs the room. */
    public static final List<Integer> WIDTHS = List.of(16, 14, 15, 15, 10, 30);

    /** One group: its cell spans its rows. */
    public record GroupBlock(dev.flowdoc.view.GroupBlock group, String cell, List<FlowRow> rows) {}

    /** One flow: port, source, destination, direction and description cells. */
    public record FlowRow(dev.flowdoc.view.FlowRow flow, List<String> cells) {}

    private FlowTableModel() {}

    public static List<String> headings(DocView view, AdocText text) {
        return view.headings().stream().map(text::literal).toList();
    }

    public static List<GroupBlock> build(List<dev.flowdoc.view.GroupBlock> groups, AdocText text) {
        List<GroupBlock> blocks = new ArrayList<>();
        for (dev.flowdoc.view.GroupBlock group : groups) {
            List<FlowRow> rows = group.rows().stream().map(r -> row(r, text)).toList();
            blocks.add(new GroupBlock(group, "[[" + group.anchor() + "]]" + text.cell(group.cell()), rows));
        }
        return blocks;
    }

    private static FlowRow row(dev.flowdoc.view.FlowRow row, AdocText text) {
        return new FlowRow(row, List.of(
                "[[" + row.anchor() + "]]" + text.cell(row.ports()),
                text.cell(row.source()),
                text.cell(row.destination()),
                text.cell(row.directionCell()),
                text.cell(row.description())));
    }
}
