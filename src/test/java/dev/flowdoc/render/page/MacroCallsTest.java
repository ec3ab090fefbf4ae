package dev.flowdoc.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.site.Inputs;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.view.Documentation;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's conversion is reused after a data edit only when every macro it calls gives the same output again; the
 * reused body, with the new tables put in, is the body a conversion gives.
 */
class MacroCallsTest {
    @TempDir
    Path tmp;

    /** The converter and the macros it registers, with the project's data as it is now. */
    record Converter(PageConverter converter, PageMacros macros) {
        MacroCalls.Recorded convertRecorded(Page page) {
            return converter.convert(page).recorded();
        }

        Optional<MacroCalls.Recorded> reuse(Page page, MacroCalls.Recorded earlier) {
            return macros.replay(page, earlier);
        }
    }

    private static <T> T withConverter(Path root, Function<Converter, T> work) {
        Inputs inputs = TestProjects.load(root).forRelease(null);
        Documentation docs = Documentation.of(inputs.project(), inputs.theme().messages());
        dev.flowdoc.render.diagram.Diagrams diagrams = new dev.flowdoc.render.diagram.Diagrams();
        PageMacros macros = new PageMacros(docs.views(), inputs.content(),
                language -> dev.flowdoc.render.diagram.Diagrams.svg(diagrams.of(docs.view(language))));
        PageConverter converter = new PageConverter(TestProjects.asciidoctor(), macros);
        try {
            return work.apply(new Converter(converter, macros));
        } finally {
            converter.close();
        }
    }

    private static Page page(Path root, String name) {
        return TestProjects.load(root).content().page(Language.DE, name).orElseThrow();
    }

    @Test
    void aRowEditReusesTheConversionAndAReferencedLabelEditDoesNot() {
        Path project = TestProjects.copyOfRepository(tmp.resolve("project"));
        MacroCalls.Recorded index = withConverter(project, c -> c.convertRecorded(page(project, "index")));
        MacroCalls.Recorded clustering = withConverter(project, c -> c.convertRecorded(page(project, "clustering")));
        assertTrue(index.calls().stream().anyMatch(c -> c.macro().equals("flowtable") && c.spliced()), index.calls().toString());
        assertTrue(index.calls().stream().anyMatch(c -> c.macro().equals("chapter") && !c.spliced()), index.calls().toString());
        assertFalse(index.converted().contains("stretch flowtable"), "the table goes in after conversion");
        assertTrue(index.body().contains("stretch flowtable"), "and is in the body");

        // a flow's description: shown in the table only (its references are labelled by endpoints and ports)
        TestProjects.replace(project, "data/flows.json", "Wird für das Aufteilen der Appliance in Funktionsgruppen benötigt",
                "Wird für das Teilen der Appliance benötigt");
        withConverter(project, c -> {
            Optional<MacroCalls.Recorded> reused = c.reuse(page(project, "index"), index);
            assertTrue(reused.isPresent(), "the main page shows the edit only in its table");
            String fresh = c.convertRecorded(page(project, "index")).body();
            assertEquals(fresh, reused.get().body(), "the reused body is the converted one");
            assertTrue(fresh.contains("Wird für das Teilen der Appliance benötigt"), "the new text is in the table");
            assertFalse(index.body().contains("Wird für das Teilen der Appliance benötigt"));
            assertTrue(c.reuse(page(project, "clustering"), clustering).isPresent(), "the clustering page does not show descriptions");
            return null;
        });
        // the same flow's port: part of the label the clustering page shows for flow:cluster-frontend-backend[]
        TestProjects.replace(project, "data/flows.json", "\"id\": \"cluster-frontend-backend\",\n          \"ports\": [{\"protocols\": [\"tcp\"], \"ports\": [22]",
                "\"id\": \"cluster-frontend-backend\",\n          \"ports\": [{\"protocols\": [\"tcp\"], \"ports\": [2022]");
        withConverter(project, c -> {
            assertTrue(c.reuse(page(project, "index"), index).isPresent(), "the main page does not name the flow");
            assertTrue(c.reuse(page(project, "clustering"), clustering).isEmpty(), "the clustering page names the flow: converted again");
            assertTrue(c.convertRecorded(page(project, "clustering")).body().contains("TCP 2022 (SSH)"));
            return null;
        });
    }
}
