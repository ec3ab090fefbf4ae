package dev.flowdoc.render.html;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Project;
import dev.flowdoc.render.adoc.FlowRowData;
import dev.flowdoc.render.adoc.FlowTableMacro;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Adds what the filter script needs to the rows of the flow tables: Asciidoctor writes no attributes on
 * table rows, so the converted body is post-processed. Rows are found by the flow anchors the cells carry.
 * Every table's body cells also get their column's name ({@link CellLabels}) for small screens.
 */
public final class RowAttributes {
    private RowAttributes() {}

    public static String decorate(String body, Project project) {
        Document doc = Jsoup.parseBodyFragment(body);
        doc.outputSettings().prettyPrint(false);
        for (Element table : doc.select("table." + FlowTableMacro.ROLE)) {
            for (Element anchor : table.select("td a[id^=flow-]")) {
                String id = anchor.id().substring("flow-".length());
                Element row = anchor.closest("tr");
                project.flow(id).ifPresent(f -> row(row, f, project));
            }
            for (Element anchor : table.select("td a[id^=group-]")) {
                Element cell = anchor.closest("td");
                cell.addClass("group-cell").attr("data-group-cell", anchor.id().substring("group-".length()));
            }
        }
        CellLabels.label(doc);
        return doc.body().html();
    }

    private static void row(Element row, Flow flow, Project project) {
        FlowRowData.of(flow, project).forEach(row::attr);
    }
}
