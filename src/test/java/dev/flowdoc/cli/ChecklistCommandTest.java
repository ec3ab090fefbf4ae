package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** flowdoc checklist: writes the PDF, or says clearly what is wrong (exit 1 for the project, 2 for usage). */
class ChecklistCommandTest {
    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }

    private static String project() {
        return Path.of("").toAbsolutePath().toString();
    }

    @Test
    void writesTheChecklistOfAProfile() throws Exception {
        Path pdf = out.resolve("sub/minimal-de.pdf");
        int code = run("checklist", "--project", project(), "--lang", "de", "--profile", "minimal", "--out", pdf.toString());
        assertEquals(0, code, stderr.toString());
        assertTrue(stdout.toString().contains("profile minimal, de, 9 flows"), stdout.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals("de", doc.getDocumentCatalog().getLanguage());
        }
        try (var files = Files.list(pdf.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void unknownProfileExitsOneWithTheKnownProfiles() {
        Path pdf = out.resolve("x.pdf");
        int code = run("checklist", "--project", project(), "--lang", "en", "--profile", "minimall", "--out", pdf.toString());
        assertEquals(ExitCodes.PROBLEMS, code);
        assertEquals("flowdoc checklist: unknown profile 'minimall'; did you mean 'minimal'? "
                + "known profiles (data/profiles/*.json): full, minimal", stderr.toString().strip());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void unknownLanguageIsAUsageError() {
        int code = run("checklist", "--project", project(), "--lang", "fr", "--profile", "full", "--out", out.resolve("x.pdf").toString());
        assertEquals(ExitCodes.USAGE, code);
        assertTrue(stderr.toString().contains("unknown language 'fr' (expected de or en)"), stderr.toString());
    }
}
