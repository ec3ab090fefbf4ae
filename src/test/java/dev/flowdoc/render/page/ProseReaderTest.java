package dev.flowdoc.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Project;
import dev.flowdoc.render.page.Prose.Admonition;
import dev.flowdoc.render.page.Prose.Anchor;
import dev.flowdoc.render.page.Prose.Block;
import dev.flowdoc.render.page.Prose.FlowTable;
import dev.flowdoc.render.page.Prose.Heading;
import dev.flowdoc.render.page.Prose.ListBlock;
import dev.flowdoc.render.page.Prose.Literal;
import dev.flowdoc.render.page.Prose.Paragraph;
import dev.flowdoc.render.page.Prose.Run;
import dev.flowdoc.render.page.Prose.Style;
import dev.flowdoc.render.page.Prose.Url;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A page read from Asciidoctor's document after flowdoc's extensions ran: every kind of block of the sample page,
 * links to flows, groups, chapters and menu paths titled in the page's language, and no macro or reference raw
 * anywhere, in the sample and in every page of the repository.
 */
class ProseReaderTest {
    /** What a macro or a data reference left unresolved would look like. */
    private static final Pattern RAW = Pattern.compile(
            "\\b(chapter|flow|group|menupath):[\\w.-]*\\[|\\[]|\\{(menu|chapter|group|flow):|\\w+::\\w*\\[|<[a-z/]|&[a-z#0-9]+;");

    @ParameterizedTest
    @EnumSource(Language.class)
    void sampleParagraphHasStylesLinksAndABreak(Language lang) {
        Project project = ProseFixtures.sources().project();
        Prose prose = ProseFixtures.sample(lang);
        boolean de = lang == Language.DE;
        assertEquals(de ? "Prosa-Probe" : "Prose sample", prose.title());
        List<Run> runs = ((Paragraph) prose.blocks().get(0)).runs();
        assertTrue(runs.contains(new Run(de ? "fett" : "bold", Style.BOLD, null)), runs.toString());
        assertTrue(runs.contains(new Run(de ? "kursiv" : "italic", Style.ITALIC, null)));
        assertTrue(runs.contains(new Run("monospace", Style.MONOSPACE, null)));
        assertEquals(project.chapter("clustering").orElseThrow().title().in(lang), linked(runs, "clustering", null).text());
        assertEquals(project.group("mail").orElseThrow().title().in(lang), linked(runs, null, "group-mail").text());
        assertEquals("System › Proxy settings", linked(runs, "menu", "menu-system.proxy-settings").text());
        assertTrue(linked(runs, null, "flow-cluster-frontend-backend").text().contains("TCP 22"));
        assertTrue(runs.contains(new Run(de ? "externen Link" : "external link", Style.PLAIN, new Url("https://example.org/doc"))));
        assertEquals(1, runs.stream().filter(Run::isBreak).count());
        assertInstanceOf(FlowTable.class, prose.blocks().get(1));
        assertEquals("all", ((FlowTable) prose.blocks().get(1)).target());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void sampleSectionsListsAdmonitionsTablesLiterals(Language lang) {
        boolean de = lang == Language.DE;
        List<Block> blocks = ProseFixtures.sample(lang).blocks();
        List<Heading> headings = of(blocks, Heading.class);
        assertEquals(List.of("more", "details"), headings.stream().map(Heading::id).toList());
        assertEquals(List.of(1, 2), headings.stream().map(Heading::level).toList());
        assertEquals(de ? "Weitere Regeln" : "More rules", ProseFixtures.text(headings.get(0).title()));

        List<ListBlock> lists = of(blocks, ListBlock.class);
        ListBlock bullets = lists.get(0);
        assertFalse(bullets.ordered());
        assertEquals(de ? "Erster Punkt" : "First item", ProseFixtures.text(bullets.items().get(0).runs()));
        ListBlock nested = (ListBlock) bullets.items().get(1).blocks().get(0);
        assertEquals(de ? "Unterpunkt" : "Sub item", ProseFixtures.text(nested.items().get(0).runs()));
        assertTrue(lists.get(1).ordered());
        assertEquals(2, lists.get(1).items().size());
        String term = ProseFixtures.text(lists.get(2).items().get(0).runs());
        assertEquals(de ? "Begriff: Erklärung mit Clustern mehrerer Systeme" : "Term: Explanation with Clustering multiple systems", term);

        List<Admonition> admonitions = of(blocks, Admonition.class);
        assertEquals(de ? List.of("Hinweis", "Wichtig") : List.of("Note", "Important"),
                admonitions.stream().map(Admonition::label).toList());
        Paragraph note = (Paragraph) admonitions.get(0).blocks().get(0);
        assertEquals(new Anchor("menu", "menu-cluster"), note.runs().get(1).link());
        assertInstanceOf(ListBlock.class, admonitions.get(1).blocks().get(1));

        List<Prose.Table> tables = of(blocks, Prose.Table.class);
        Prose.Table table = tables.get(0);
        assertEquals(List.of(25.0, 75.0), table.widths());
        assertEquals(de ? "Spalte B" : "Column B", ProseFixtures.text(table.header().get(0).get(1).paragraphs().get(0)));
        assertEquals("flow-cluster-gina-satellite-smtp",
                ((Anchor) table.body().get(0).get(1).paragraphs().get(0).get(1).link()).anchor());
        assertEquals(2, table.body().get(1).get(1).paragraphs().size());
        // menupaths::all[]: a table generated from the data, its references resolved
        Prose.Table menuPaths = tables.get(1);
        assertTrue(menuPaths.body().size() > 3);
        assertTrue(ProseFixtures.texts(new Prose("", List.of(menuPaths))).contains("System › Proxy settings"));

        Literal literal = of(blocks, Literal.class).get(0);
        assertEquals("iptables -A INPUT -p tcp --dport 22 -j ACCEPT\n  " + (de ? "eingerückt" : "indented"), literal.text());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noMacroOrReferenceStaysRaw(Language lang) {
        assertNoRaw("sample", ProseFixtures.sample(lang));
        for (Page page : ProseFixtures.sources().content().pages(lang)) {
            assertNoRaw(page.name(), ProseFixtures.page(lang, page.name()));
        }
    }

    private static void assertNoRaw(String page, Prose prose) {
        for (String text : ProseFixtures.texts(prose)) {
            assertFalse(RAW.matcher(text).find(), page + ": raw markup in \"" + text + "\"");
        }
    }

    private static Run linked(List<Run> runs, String page, String anchor) {
        return runs.stream().filter(r -> r.link() instanceof Anchor a && (page == null || page.equals(a.page()))
                && java.util.Objects.equals(anchor, a.anchor())).findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + page + "#" + anchor + " in " + runs));
    }

    private static <T> List<T> of(List<Block> blocks, Class<T> type) {
        return blocks.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
