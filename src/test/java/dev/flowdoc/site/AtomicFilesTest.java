package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.preview.Preview;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is replaced in one step or not at all; the preview writes every file that way, PDFs included. */
class AtomicFilesTest {
    @TempDir
    Path tmp;

    private List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailingWriteLeavesTheOldFileAndNoTemporaryOne() throws Exception {
        Path file = tmp.resolve("a/b.pdf");
        AtomicFiles.writeString(file, "first");
        assertEquals("first", Files.readString(file));
        IOException boom = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of a seco".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", boom.getMessage());
        assertEquals("first", Files.readString(file));
        assertEquals(List.of("b.pdf"), names(file.getParent()));
        AtomicFiles.writeString(file, "second");
        assertEquals("second", Files.readString(file));
        assertEquals(List.of("b.pdf"), names(file.getParent()));
    }

    @Test
    void aReaderNeverSeesHalfAPdfWhileThePreviewRebuilds() throws Exception {
        Path project = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("p"));
        TestProjects.copy(TestProjects.REPOSITORY.resolve("themes"), project.resolve("themes"));
        Path site = tmp.resolve("site");
        try (Preview preview = new Preview(project, site, TestProjects::asciidoctor)) {
            var outcome = preview.buildAll();
            assertTrue(outcome.state().ok(), outcome.state().problems().toString());
            Path pdf = site.resolve("de/index.pdf");
            byte[] first = Files.readAllBytes(pdf);
            AtomicBoolean done = new AtomicBoolean();
            List<String> torn = new ArrayList<>();
            Thread reader = new Thread(() -> {
                while (!done.get()) {
                    try {
                        String bytes = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
                        if (!bytes.startsWith("%PDF-") || !bytes.stripTrailing().endsWith("%%EOF")) {
                            torn.add(bytes.length() + " bytes");
                        }
                    } catch (IOException e) {
                        torn.add(e.toString());
                    }
                }
            });
            reader.start();
            for (int i = 0; i < 3; i++) {
                assertTrue(preview.buildAll().state().ok());
            }
            done.set(true);
            reader.join();
            assertEquals(List.of(), torn);
            assertArrayEquals(first, Files.readAllBytes(pdf), "the same bytes again");
            try (Stream<Path> all = Files.walk(site)) {
                assertEquals(List.of(), all.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
            }
        }
    }

    private static SiteFiles files(String path, String text) {
        SiteFiles files = new SiteFiles();
        files.put(path, text);
        return files;
    }

    @Test
    void theSwapReplacesOnlyAFolderFlowdocWrote() throws Exception {
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("keep.txt"), "mine");
        try (StagedOutput staged = new StagedOutput(foreign)) {
            staged.writeAll(files("index.html", "new"));
            IOException refused = assertThrows(IOException.class, staged::commit);
            assertTrue(refused.getMessage().contains("flowdoc did not write it"), refused.getMessage());
        }
        assertEquals(List.of("keep.txt"), names(foreign));
        assertEquals(List.of("foreign"), names(tmp), "the staging folder is gone");
        Path site = tmp.resolve("site");
        for (int i = 0; i < 2; i++) {
            try (StagedOutput staged = new StagedOutput(site)) {
                staged.writeAll(files("index.html", "build " + i));
                staged.commit();
            }
        }
        assertEquals(List.of(".flowdoc-site", "index.html"), names(site));
        assertEquals("build 1", Files.readString(site.resolve("index.html")));
    }
}
