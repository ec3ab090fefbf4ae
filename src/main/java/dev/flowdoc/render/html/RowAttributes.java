package dev.flowdoc.render.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The post-processing of a converted page's prose: every table's body cells get their column's name
 * ({@link CellLabels}) for small screens. The flow tables are not in the prose: they are written in their final
 * form ({@code render/page/FlowTableHtml}) and put in after this.
 */
public final class RowAttributes {
    private RowAttributes() {}

    public static String decorate(String body) {
        Document doc = Jsoup.parseBodyFragment(body);
        doc.outputSettings().prettyPrint(false);
        CellLabels.label(doc);
        return doc.body().html();
    }
}
