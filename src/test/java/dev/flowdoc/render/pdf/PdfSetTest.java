package dev.flowdoc.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the site build gets: the manual and every profile's checklist, in both languages. */
class PdfSetTest {
    @TempDir
    Path out;

    @Test
    void writesEveryPdfInBothLanguages() throws IOException {
        PdfSet set = new PdfSet(PdfFixtures.docs(), PdfFixtures.inputs().theme(), PdfFixtures.inputs().buildDate());
        java.util.Map<String, byte[]> written = new java.util.LinkedHashMap<>(set.manuals(PdfFixtures.manualProse()));
        written.putAll(set.checklists());
        assertEquals(List.of("de/index.pdf", "en/index.pdf", "de/checklist-full.pdf", "de/checklist-minimal.pdf",
                "en/checklist-full.pdf", "en/checklist-minimal.pdf"), List.copyOf(written.keySet()));
        for (var file : written.entrySet()) {
            try (PDDocument doc = Loader.loadPDF(file.getValue())) {
                assertEquals(file.getKey().substring(0, 2), doc.getDocumentCatalog().getLanguage());
            }
        }
    }
}
