package dev.flowdoc.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.render.Links;
import dev.flowdoc.site.Inputs;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.view.Cell;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.Documentation;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.GroupBlock;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flow table is written once, from the view's cells: every row and group of the view with the filter script's
 * data, each cell saying what the view's cell says (words, references as links, annotations, notes), in both
 * languages; data text is text, never markup.
 */
class FlowTableHtmlTest {
    @TempDir
    Path tmp;

    private static Document table(Path root, Language language, String page) {
        Inputs inputs = TestProjects.load(root).forRelease(null);
        Documentation docs = Documentation.of(inputs.project(), inputs.theme().messages());
        DocView view = docs.view(language);
        String html = new FlowTableHtml(inputs.project(), new Links(inputs.project(), inputs.content()), language)
                .write(view.headings(), view.groups(), page, false);
        return Jsoup.parseBodyFragment(html);
    }

    @Test
    void everyRowAndCellOfTheViewInBothLanguages() {
        Inputs inputs = TestProjects.load(TestProjects.REPOSITORY).forRelease(null);
        Documentation docs = Documentation.of(inputs.project(), inputs.theme().messages());
        for (Language language : Language.values()) {
            DocView view = docs.view(language);
            Document doc = table(TestProjects.REPOSITORY, language, "index");
            Elements rows = doc.select("table.flowtable > tbody > tr");
            List<FlowRow> flows = view.groups().stream().flatMap(g -> g.rows().stream()).toList();
            assertEquals(flows.size(), rows.size(), language + ": one row per flow");
            assertEquals(view.groups().size(), doc.select("td.group-cell").size(), language + ": one cell per group");
            assertEquals(view.headings(), doc.select("thead th").eachText(), language + ": the view's headings");
            for (int i = 0; i < flows.size(); i++) {
                FlowRow flow = flows.get(i);
                Element row = rows.get(i);
                assertEquals(flow.id(), row.attr("data-flow"));
                assertFalse(row.attr("data-direction").isEmpty());
                Elements cells = row.select("> td:not(.group-cell)");
                assertEquals(5, cells.size());
                assertEquals(flow.anchor(), cells.get(0).selectFirst("a[id]").id());
                assertText(flow.ports(), cells.get(0));
                assertText(flow.source(), cells.get(1));
                assertText(flow.destination(), cells.get(2));
                assertText(flow.directionCell(), cells.get(3));
                assertEquals(view.headings().get(DocView.DIRECTION), cells.get(3).attr("data-label"));
                assertText(flow.description(), cells.get(4));
                assertEquals(view.headings().get(DocView.DESCRIPTION), cells.get(4).attr("data-label"));
            }
            for (GroupBlock group : view.groups()) {
                Element cell = doc.selectFirst("td[data-group-cell=" + group.id() + "]");
                assertText(group.cell(), cell);
                assertEquals(group.rows().size() > 1 ? String.valueOf(group.rows().size()) : "", cell.attr("rowspan"));
            }
            assertFalse(doc.select("span.annotation").isEmpty(), language + ": annotations as such");
            assertFalse(doc.select("span.note-label").isEmpty(), language + ": notes with their label");
            assertFalse(doc.select("a.ref").isEmpty(), language + ": references as links");
        }
    }

    @Test
    void dataTextIsTextNeverMarkup() {
        Path project = TestProjects.copyOfRepository(tmp.resolve("project"));
        String evil = "<b>x</b> & pass:[<i>y</i>] {attr} a -- b ... (C) it's ((term)) *bold* [[anchor]] flow:nothing[] x +";
        TestProjects.replace(project, "data/flows.json", "Wird für den direkten Empfang von E-Mails aus dem Internet benötigt", evil);
        Document doc = table(project, Language.DE, "index");
        assertTrue(doc.select("tbody td").eachText().stream().anyMatch(t -> t.contains(evil)), "the words as they are");
        assertTrue(doc.select("tbody b, tbody i").isEmpty(), "no markup from the data");
        assertTrue(doc.select("a#anchor").isEmpty());
    }

    /** The cell's words as a reader sees them: the view's lines, each line's parts in order. */
    private static void assertText(Cell cell, Element td) {
        String expected = cell.oneLine().replaceAll("\\s+", " ").strip();
        assertEquals(expected, td.text().replaceAll("\\s+", " ").strip(), td.outerHtml());
    }
}
