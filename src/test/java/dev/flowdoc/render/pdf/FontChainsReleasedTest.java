package dev.flowdoc.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A written PDF leaves no font chain behind: the chains hold the document's fonts, and serve writes the PDFs again
 * on every edit (kept, they cost ~57 MiB per rebuild of the real project and filled the heap within an hour).
 */
class FontChainsReleasedTest {
    @Test
    void writingTheManualAndAChecklistLeavesNoChain() throws Exception {
        int before = FontRuns.chains();
        int faces = FontRuns.faces();
        for (Language language : Language.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfFixtures.manualWriter(language, PdfFixtures.manualProse().get(language)).write(out);
            var profile = PdfFixtures.inputs().project().deployment().profile("minimal").orElseThrow();
            PdfFixtures.checklistWriter(language).write(PdfFixtures.docs().profile(profile, language), profile, out);
            assertTrue(out.size() > 10_000, "PDFs were written");
        }
        assertEquals(before, FontRuns.chains());
        assertEquals(faces, FontRuns.faces(), "no font is kept for measuring");
    }
}
