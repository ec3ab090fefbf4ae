package dev.flowdoc.render.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Names each body cell of a table after its column ({@code data-label="Port"}), so that on a small screen, where the
 * theme shows every row as a block of its own, each cell stands under its column's name. Row and column spans are
 * followed: a row that continues a group (the group's cell spans it) starts in the second column.
 */
final class CellLabels {
    private CellLabels() {}

    static void label(Document doc) {
        for (Element table : doc.select("table")) {
            Element head = table.selectFirst("> thead > tr");
            if (head == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (Element th : head.children()) {
                for (int i = 0; i < Math.max(1, span(th, "colspan")); i++) {
                    names.add(th.text());
                }
            }
            // column -> rows still covered by a cell above (rowspan)
            Map<Integer, Integer> covered = new HashMap<>();
            for (Element tbody : table.select("> tbody")) {
                for (Element row : tbody.children()) {
                    int column = 0;
                    for (Element cell : row.children()) {
                        while (covered.getOrDefault(column, 0) > 0) {
                            column++;
                        }
                        if (column < names.size() && !names.get(column).isBlank()) {
                            cell.attr("data-label", names.get(column));
                        }
                        int colspan = Math.max(1, span(cell, "colspan"));
                        int rowspan = Math.max(1, span(cell, "rowspan"));
                        for (int c = column; c < column + colspan; c++) {
                            covered.put(c, rowspan); // counted down below, this row included
                        }
                        column += colspan;
                    }
                    covered.replaceAll((c, n) -> Math.max(0, n - 1));
                }
            }
        }
    }

    private static int span(Element cell, String attribute) {
        try {
            return cell.hasAttr(attribute) ? Integer.parseInt(cell.attr(attribute).trim()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
