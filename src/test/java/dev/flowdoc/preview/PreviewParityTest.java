package dev.flowdoc.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.site.Build;
import dev.flowdoc.site.Memo;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve and build are one pipeline: after the first build and after every edit, the preview's folder holds exactly
 * the files, byte for byte, that a full build of the same project writes; and the preview refuses what build refuses.
 */
class PreviewParityTest {
    @TempDir
    Path tmp;

    @Test
    void thePreviewWritesWhatAFullBuildWritesAlsoAfterEdits() throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("project"));
        try (Preview preview = new Preview(project, tmp.resolve("preview"), TestProjects::asciidoctor)) {
            assertTrue(preview.buildAll().state().ok());
            assertSameFiles(fullBuild(project, "build-0"), preview.out());

            // a data edit: an English description (the table, CSV, JSON, PDFs change)
            TestProjects.replace(project, "data/flows.json", "Required to receive email through a smarthost.",
                    "Required to receive email through your provider's smarthost.");
            Preview.Outcome data = preview.rebuild(List.of(project.resolve("data/flows.json")));
            assertTrue(data.state().ok(), data.state().problems().toString());
            assertTrue(data.written().contains("en/index.html"), data.written().toString());
            assertFalse(data.written().contains("de/index.html"), "the German page did not change: " + data.written());
            assertTrue(Files.readString(preview.out().resolve("en/flows.csv")).contains("your provider's smarthost"));
            assertSameFiles(fullBuild(project, "build-1"), preview.out());

            // a page edit: only that page changes, and the manual PDF that carries its prose
            TestProjects.replace(project, "content/de/index.adoc", "== Richtung", "== Richtung der Verbindungen");
            Preview.Outcome page = preview.rebuild(List.of(project.resolve("content/de/index.adoc")));
            // the page of each release published (the repository's data publishes 12.0.0, 12.1.0 and 13.0.0)
            assertEquals(List.of("de/index.html", "12.0.0/de/index.html", "12.1.0/de/index.html", "13.0.0/de/index.html"),
                    page.written());
            assertSameFiles(fullBuild(project, "build-2"), preview.out());
        }
    }

    /**
     * The same machine, the same bytes, the marker file included: serve (memo in memory) and build (memo on disk, as
     * the command line builds into target/site) after the first run and after edits of a description, a page and a
     * word of the theme; a description edit converts no page in either.
     */
    @Test
    void serveAndBuildWithTheirMemosWriteTheSameFolderMarkerIncluded() throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("project"));
        Path built = project.resolve("target/site");
        try (Preview preview = new Preview(project, tmp.resolve("preview"), TestProjects::asciidoctor)) {
            assertTrue(preview.buildAll().state().ok());
            assertEquals(24, memoBuild(project, built).converted().size(),
                    "the first build converts every page of the three releases (the newest's folder takes the root's)");
            assertSameFolder(built, preview.out());

            TestProjects.replace(project, "data/flows.json", "Wird für das Aufteilen der Appliance in Funktionsgruppen benötigt",
                    "Wird für das Teilen der Appliance benötigt");
            Preview.Outcome data = preview.rebuild(List.of(project.resolve("data/flows.json")));
            assertEquals(List.of(), data.converted(), "serve converts no page for a description edit");
            assertEquals(List.of(), memoBuild(project, built).converted(), "nor does build");
            assertSameFolder(built, preview.out());

            TestProjects.replace(project, "content/en/index.adoc", "== Direction", "== Direction of the connections");
            Preview.Outcome page = preview.rebuild(List.of(project.resolve("content/en/index.adoc")));
            List<String> inEachRelease = List.of("content/en/index.adoc", "12.0.0/content/en/index.adoc", "12.1.0/content/en/index.adoc");
            assertEquals(inEachRelease, page.converted());
            assertEquals(inEachRelease, memoBuild(project, built).converted());
            assertSameFolder(built, preview.out());

            Path words = project.resolve("themes/default/i18n/messages_de.properties");
            Files.writeString(words, Files.readString(words) + "\nparity.test.word=ein Wort, das keine Seite zeigt\n");
            preview.rebuild(List.of(words));
            memoBuild(project, built);
            assertSameFolder(built, preview.out());
            assertEquals(Build.MARKER_TEXT, Files.readString(preview.out().resolve(".flowdoc-site")));
        }
    }

    private static Build.Result memoBuild(Path project, Path out) throws IOException {
        Problems problems = new Problems();
        return new Build(TestProjects::asciidoctor, dev.flowdoc.site.Progress.silent(), null, Memo.forSite(project, out))
                .run(project, out, new SiteUrls(null), problems).orElseThrow(() -> new AssertionError(problems.all().toString()));
    }

    /** Every file, the marker included, byte for byte. */
    private static void assertSameFolder(Path expected, Path actual) throws IOException {
        Map<String, String> want = TestProjects.tree(expected);
        Map<String, String> got = TestProjects.tree(actual);
        assertTrue(want.containsKey(".flowdoc-site"), want.keySet().toString());
        assertEquals(want.keySet(), got.keySet(), "the same files");
        want.forEach((path, hash) -> assertEquals(hash, got.get(path), path));
    }

    @Test
    void thePreviewRefusesWhatBuildRefusesAndKeepsTheLastGoodSite() throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("project"));
        try (Preview preview = new Preview(project, tmp.resolve("preview"), TestProjects::asciidoctor)) {
            assertTrue(preview.buildAll().state().ok());
            Map<String, String> before = tree(preview.out());
            // active content: build refuses it (see the broken corpus), so the preview does too
            TestProjects.replace(project, "content/en/index.adoc", "== Direction",
                    "++++\n<script>alert(1)</script>\n++++\n\n== Direction");
            Preview.Outcome outcome = preview.rebuild(List.of(project.resolve("content/en/index.adoc")));
            assertFalse(outcome.state().ok());
            assertTrue(outcome.state().problems().stream().anyMatch(p -> p.format().contains("<script>")),
                    outcome.state().problems().toString());
            assertEquals(before, tree(preview.out()), "the last good site stays");
        }
    }

    private Path fullBuild(Path project, String name) throws IOException {
        Path out = tmp.resolve(name);
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor).run(project, out, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        return out;
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        Map<String, String> want = tree(expected);
        Map<String, String> got = tree(actual);
        assertEquals(want.keySet(), got.keySet(), "the same files");
        want.forEach((path, hash) -> assertEquals(hash, got.get(path), path));
    }

    /** Every file below {@code root} (flowdoc's marker of its own output included) with a hash of its bytes. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                files.put(rel, hash(Files.readAllBytes(f)));
            }
        }
        return files;
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
