package dev.flowdoc.render.pdf;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WriteDebugTest {
    @Test
    void write() throws Exception {
        new PdfSet(PdfFixtures.project()).writeAll(Path.of("/tmp/pdfout"), PdfFixtures.manualProse());
    }
}
