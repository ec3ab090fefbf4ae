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
        List<Path> written = new PdfSet(PdfFixtures.project()).writeAll(out, PdfFixtures.manualProse());
        assertEquals(List.of("de/index.pdf", "de/checklist-full.pdf", "de/checklist-minimal.pdf",
                "en/index.pdf", "en/checklist-full.pdf", "en/checklist-minimal.pdf"),
                written.stream().map(p -> out.relativize(p).toString().replace('\\', '/')).toList());
        for (Path p : written) {
            try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                assertEquals(p.getParent().getFileName().toString(), doc.getDocumentCatalog().getLanguage());
            }
        }
    }
}
