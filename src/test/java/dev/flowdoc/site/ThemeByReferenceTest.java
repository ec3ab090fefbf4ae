package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default theme comes with flowdoc; a project's themes/default/ overrides it file by file, and a message
 * bundle key by key.
 */
class ThemeByReferenceTest {
    @TempDir
    Path tmp;

    @Test
    void aProjectWithoutThemesBuildsWithTheBundledTheme() throws IOException {
        Path project = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("p"));
        assertFalse(Files.exists(project.resolve("themes")));
        Path site = build(project);
        assertTrue(Files.readString(site.resolve("de/index.html")).contains("Funktion / Feature"));
        assertTrue(Files.readString(site.resolve("en/index.html")).contains("Function / Feature"));
        assertEquals(Files.readString(TestProjects.REPOSITORY.resolve("themes/default/css/screen.css")),
                Files.readString(site.resolve("assets/css/screen.css")));
    }

    @Test
    void aBundleWithOneKeyOverridesThatWordOnly() throws IOException {
        Path plain = build(TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("plain")));
        Path project = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("p"));
        Path bundle = Files.createDirectories(project.resolve("themes/default/i18n")).resolve("messages_de.properties");
        Files.writeString(bundle, "table.group=Dienst / Merkmal\n");
        Path site = build(project);

        String de = Files.readString(site.resolve("de/index.html"));
        assertTrue(de.contains("Dienst / Merkmal"), "the project's word");
        assertFalse(de.contains("Funktion / Feature"), "the bundled word is replaced");
        assertEquals(Files.readString(plain.resolve("de/index.html")).replace("Funktion / Feature", "Dienst / Merkmal"), de,
                "every other German word as bundled");
        assertEquals(Files.readString(plain.resolve("en/index.html")), Files.readString(site.resolve("en/index.html")),
                "English untouched");
    }

    @Test
    void aProjectFileWinsOverTheBundledFileOfTheSamePath() throws IOException {
        Path project = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("p"));
        Path css = Files.createDirectories(project.resolve("themes/default/css")).resolve("screen.css");
        Files.writeString(css, "body { color: #123456; }\n");
        Path site = build(project);
        assertEquals("body { color: #123456; }\n", Files.readString(site.resolve("assets/css/screen.css")));
        assertEquals(Files.readString(TestProjects.REPOSITORY.resolve("themes/default/css/print.css")),
                Files.readString(site.resolve("assets/css/print.css")), "the files it does not have come bundled");
    }

    private Path build(Path project) {
        Path out = tmp.resolve(project.getFileName() + "-site");
        TestProjects.Run run = TestProjects.run("build", "--quiet", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return out;
    }
}
