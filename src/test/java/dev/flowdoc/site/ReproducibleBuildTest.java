package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.load.BuildDate;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same sources give the same bytes: one build in-process with the tests' shared Asciidoctor, one through
 * the command line with its own, into two folders; every file of the two trees is identical. The only date
 * in the outputs (the PDFs') is BuildDate's, never the clock.
 */
class ReproducibleBuildTest {
    @Test
    void twoBuildsGiveByteIdenticalTrees(@TempDir Path tmp) throws IOException {
        Path first = tmp.resolve("first");
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor).run(TestProjects.REPOSITORY, first, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        Path second = tmp.resolve("second");
        TestProjects.Run run = TestProjects.run("build", "--project", TestProjects.REPOSITORY.toString(),
                "--out", second.toString());
        assertEquals(0, run.exitCode(), run.err());

        Map<String, String> a = TestProjects.tree(first);
        Map<String, String> b = TestProjects.tree(second);
        assertEquals(a.keySet(), b.keySet(), "the same files");
        for (String file : a.keySet()) {
            assertEquals(a.get(file), b.get(file), file + " differs between the two builds");
        }
        for (String kind : List.of(".html", ".pdf", ".csv", ".adoc", "flows.json", "sitemap.xml", ".css", ".js", "releases.json", ".atom")) {
            assertTrue(a.keySet().stream().anyMatch(f -> f.endsWith(kind)), "the tree has " + kind + " files: " + a.keySet());
        }
    }

    @Test
    void thePdfDatesAreTheBuildDate(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("site");
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor).run(TestProjects.REPOSITORY, out, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        long expected = BuildDate.of(TestProjects.project()).toEpochMilli();
        for (String pdf : List.of("de/index.pdf", "en/checklist-full.pdf")) {
            try (PDDocument doc = Loader.loadPDF(out.resolve(pdf).toFile())) {
                assertEquals(expected, doc.getDocumentInformation().getCreationDate().getTimeInMillis(), pdf);
                assertEquals(expected, doc.getDocumentInformation().getModificationDate().getTimeInMillis(), pdf);
                assertEquals(2, doc.getDocument().getDocumentID().size(), pdf + " has a fixed /ID pair");
            }
        }
    }
}
