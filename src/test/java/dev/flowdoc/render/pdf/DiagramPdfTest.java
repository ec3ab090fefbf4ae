package dev.flowdoc.render.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Version;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.Line;
import dev.flowdoc.view.delta.Delta;
import dev.flowdoc.view.delta.DeltaView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The zone diagram in the PDFs, read back: its text on its page, a profile's only its flows, an upgrade's marks. */
class DiagramPdfTest {
    private static String diagramPage(byte[] pdf, String title) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return PdfFixtures.pages(doc).stream().filter(p -> p.contains(title)).findFirst()
                    .orElseThrow(() -> new AssertionError("no page shows the diagram '" + title + "'"));
        }
    }

    private static void assertShowsRows(String page, DocView view) {
        for (FlowRow row : view.rows().toList()) {
            for (Line l : row.ports().lines()) {
                assertTrue(page.contains(l.plain()), row.id() + ": " + l.plain());
            }
            for (Line l : row.destination().lines()) {
                assertTrue(page.contains(l.plain()), row.id() + ": " + l.plain());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theManualShowsTheDiagramOfEveryFlow(Language language) throws IOException {
        byte[] pdf = new PdfSet(PdfFixtures.docs(), PdfFixtures.inputs().theme(), PdfFixtures.inputs().buildDate())
                .manuals(PdfFixtures.manualProse()).get(PdfSet.manualPath(language));
        DocView view = PdfFixtures.view(language);
        String page = diagramPage(pdf, view.words().get("diagram.title"));
        assertTrue(page.contains(view.words().get("diagram.required")), page);
        assertTrue(page.contains(view.words().get("zone.internet")), page);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aProfilesChecklistShowsOnlyItsFlows(Language language) throws IOException {
        Profile minimal = PdfFixtures.docs().project().deployment().profiles().stream()
                .filter(p -> p.id().equals("minimal")).findFirst().orElseThrow();
        DocView selected = PdfFixtures.docs().profile(minimal, language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFixtures.checklistWriter(language).write(selected, minimal, out);
        String page = diagramPage(out.toByteArray(), selected.words().get("diagram.title"));
        assertShowsRows(page, selected);
        // the syslog server takes part in no flow of the minimal profile
        String syslog = PdfFixtures.view(language).row("syslog-forwarding").orElseThrow().destination().plain();
        assertFalse(page.contains(syslog), page);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anUpgradeChecklistHighlightsWhatToOpen(Language language) throws IOException {
        DocView view = PdfFixtures.view(language);
        Delta delta = Delta.between(PdfFixtures.project(), Version.of("12.0.0"), Version.of("13.0.0"));
        DeltaView upgrade = DeltaView.of(delta, PdfFixtures.project(), view.words());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new UpgradeChecklistWriter(view, PdfFixtures.inputs().theme(), PdfFixtures.inputs().buildDate()).write(upgrade, null, out);
        String page = diagramPage(out.toByteArray(), view.words().get("diagram.title"));
        assertTrue(page.contains(view.words().get("diagram.open")), page);
        assertShowsRows(page, upgrade.open());
        assertFalse(page.contains(view.words().get("diagram.close")), "nothing to close from 12.0.0");
    }
}
