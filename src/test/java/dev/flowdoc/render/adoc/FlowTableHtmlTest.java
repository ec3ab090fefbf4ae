package dev.flowdoc.render.adoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.render.Links;
import dev.flowdoc.render.html.RowAttributes;
import dev.flowdoc.site.Inputs;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.Documentation;
import dev.flowdoc.view.Labels;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flow tables written in Java are the tables Asciidoctor writes from the same cell texts, character for
 * character: every page of the repository's project, and of copies whose data holds markup, AsciiDoc syntax,
 * replacements and a pending translation; and the Java writer is really used for the repository's tables.
 */
class FlowTableHtmlTest {
    @TempDir
    Path tmp;

    @Test
    void repositoryPagesAreTheSameEitherWay() {
        assertSameEitherWay(TestProjects.REPOSITORY);
    }

    @Test
    void javaWriterWritesTheRepositoryTables() {
        Inputs inputs = TestProjects.load(TestProjects.REPOSITORY).forRelease(null);
        Documentation docs = Documentation.of(inputs.project(), inputs.theme().messages());
        for (Language language : Language.values()) {
            DocView view = docs.view(language);
            AdocText cells = new AdocText(view.words(), RefSyntax.MACROS);
            FlowTableHtml html = new FlowTableHtml(inputs.project(), new Labels(inputs.project(), view.words()),
                    new Links(inputs.project(), inputs.content()), language);
            assertTrue(html.write(FlowTableModel.headings(view, cells), FlowTableModel.build(view.groups(), cells), "index").isPresent(),
                    language + ": the Java writer gave up on the repository's table");
        }
    }

    @Test
    void unusualDataIsTheSameEitherWay() {
        Path project = TestProjects.copyOfRepository(tmp.resolve("project"));
        String evil = "<b>x</b> & pass:[<i>y</i>] {attr} a -- b ... (C) it's ((term)) https://x.example/y "
                + "*bold* _em_ #mark# [[anchor]] flow:nothing[] x +";
        TestProjects.replace(project, "data/flows.json", "Wird für den direkten Empfang von E-Mails aus dem Internet benötigt", evil);
        TestProjects.replace(project, "data/flows.json", "Required to receive email directly from the Internet.", "trailing \\\\");
        TestProjects.replace(project, "data/flows.json", "\"de\": \"E-Mail Kommunikation\"", "\"de\": \"E-Mail: Kommunikation \\u00a0 ]\"");
        assertSameEitherWay(project);
    }

    @Test
    void menuSequencesAreTheSameEitherWay() {
        // no page of menu paths: menupath references become AsciiDoc's menu sequence (System › Proxy settings)
        Path project = withoutMenuPage(tmp.resolve("project"));
        assertSameEitherWay(project);
        TestProjects.replace(project, "content/de/index.adoc", "= Kommunikationswege\n", "= Kommunikationswege\n:icons: font\n");
        assertSameEitherWay(project);
    }

    @Test
    void siteTablesAreWhatThePostProcessingMakesOfTheTables() {
        assertSiteTablesSame(TestProjects.REPOSITORY, true);
        assertSiteTablesSame(withoutMenuPage(tmp.resolve("menus")), true);
    }

    @Test
    void siteTablesOfUnusualDataAreWhatThePostProcessingMakes() {
        Path project = TestProjects.copyOfRepository(tmp.resolve("project"));
        // characters jsoup writes in another form (no-break space, quotes, ampersands) and data it keeps as it is
        TestProjects.replace(project, "data/flows.json", "Wird für den direkten Empfang von E-Mails aus dem Internet benötigt",
                "a\u00a0b \\\"q\\\" & <i>x</i> ' ›");
        TestProjects.replace(project, "data/flows.json", "\"de\": \"E-Mail Kommunikation\"", "\"de\": \"E-Mail: Kommunikation \u00a0 ]\"");
        assertSiteTablesSame(project, true);
    }

    private static Path withoutMenuPage(Path target) {
        Path project = TestProjects.copyOfRepository(target);
        for (String language : new String[] {"de", "en"}) {
            TestProjects.replace(project, "content/" + language + "/menu.adoc", "menupaths::all[]", "Text.");
        }
        return project;
    }

    /**
     * Every page as the site shows it: the tables written for the site, put back into the post-processed prose,
     * give what the post-processing makes of the whole body converted by Asciidoctor.
     */
    private static void assertSiteTablesSame(Path root, boolean javaWritten) {
        Inputs inputs = TestProjects.load(root).forRelease(null);
        Documentation docs = Documentation.of(inputs.project(), inputs.theme().messages());
        Content content = inputs.content();
        PageConverter converter = new PageConverter(TestProjects.asciidoctor(), docs.views(), content);
        try {
            int written = 0;
            for (Language language : Language.values()) {
                for (Page page : content.pages(language)) {
                    String expected = RowAttributes.decorate(converter.convertThroughAsciidoctor(page), inputs.project());
                    MacroCalls.Recorded body = converter.convertRecorded(page);
                    written += (int) body.calls().stream().filter(c -> c.splice() == MacroCalls.Splice.BODY).count();
                    String actual = body.join(RowAttributes.decorate(body.prose(), inputs.project())).orElseThrow();
                    assertEquals(expected, actual, page.location().file());
                    assertTrue(expected.contains("data-flow=") == expected.contains("stretch flowtable"), page.location().file());
                }
            }
            if (javaWritten) {
                assertTrue(written > 0, "no table written for the site in Java");
            }
        } finally {
            converter.close();
        }
    }

    private static void assertSameEitherWay(Path root) {
        Inputs inputs = TestProjects.load(root).forRelease(null);
        Documentation docs = Documentation.of(inputs.project(), inputs.theme().messages());
        Content content = inputs.content();
        PageConverter converter = new PageConverter(TestProjects.asciidoctor(), docs.views(), content);
        try {
            int tables = 0;
            for (Language language : Language.values()) {
                for (Page page : content.pages(language)) {
                    String expected = converter.convertThroughAsciidoctor(page);
                    tables += expected.split("stretch flowtable", -1).length - 1;
                    assertEquals(expected, converter.convert(page), page.location().file());
                }
            }
            assertTrue(tables > 0, "no flow table on any page");
        } finally {
            converter.close();
        }
    }
}
