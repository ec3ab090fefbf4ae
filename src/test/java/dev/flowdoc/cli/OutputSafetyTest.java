package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.site.OutputGuard;
import dev.flowdoc.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes refuses, with exit 2 and nothing touched, an output that would overwrite the project,
 * its sources, the home folder, the root, or a folder flowdoc did not write. These refusals come before any work,
 * so no Asciidoctor is created here.
 */
class OutputSafetyTest {
    @TempDir
    Path tmp;
    Path project;
    SortedMap<String, String> before;

    @BeforeEach
    void project() throws Exception {
        project = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("p"));
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(project.resolve("notes.txt"), "uncommitted work\n");
        before = TestProjects.tree(project);
    }

    private String refused(String... args) {
        TestProjects.Run run = TestProjects.run(args);
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out() + run.err());
        assertEquals(before, TestProjects.tree(project), "nothing in the project changed");
        assertTrue(run.err().lines().count() == 1, run.err());
        assertTrue(!run.err().contains("Exception"), run.err());
        return run.err().strip();
    }

    @Test
    void buildRefusesTheProjectFolderAndWhatContainsIt() {
        String p = project.toString();
        assertEquals("flowdoc build: refused: " + p + " is the project folder and writing there would delete the project;"
                + " name a folder of its own, e.g. target/site", refused("build", "--project", p, "--out", p));
        assertEquals("flowdoc build: refused: " + tmp + " contains the project folder and writing there would delete"
                + " the project; name a folder of its own, e.g. target/site", refused("build", "--project", p, "--out", tmp.toString()));
        assertEquals("flowdoc build: refused: " + p + "/. is the project folder and writing there would delete the project;"
                + " name a folder of its own, e.g. target/site", refused("build", "--project", p, "--out", p + "/."));
    }

    @Test
    void buildRefusesTheSourceFolders() {
        for (String source : new String[] {"data", "content", "content/de", "themes", "src/site", ".git"}) {
            Path out = project.resolve(source);
            String shownSource = source.contains("/") ? source.substring(0, source.indexOf('/')) : source;
            assertEquals("flowdoc build: refused: " + out + " lies inside the project's " + shownSource + "/ folder, which holds"
                    + " sources flowdoc must not overwrite; name a folder of its own, e.g. target/site",
                    refused("build", "--project", project.toString(), "--out", out.toString()));
        }
    }

    @Test
    void buildRefusesHomeAndRoot() {
        String home = System.getProperty("user.home");
        assertEquals("flowdoc build: refused: " + home + " is your home folder; name a folder of its own, e.g. target/site",
                refused("build", "--project", project.toString(), "--out", home));
        assertEquals("flowdoc build: refused: / is the root of the file system; name a folder of its own, e.g. target/site",
                refused("build", "--project", project.toString(), "--out", "/"));
    }

    @Test
    void buildRefusesAForeignFolderAndALinkIntoTheProject() throws Exception {
        Path foreign = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(foreign.resolve("holiday.jpg"), "not a site");
        assertEquals("flowdoc build: refused: " + foreign + " is a folder that flowdoc did not write (it has no .flowdoc-site"
                + " file) and a build replaces it as a whole; name an empty or new folder, or empty this one yourself",
                refused("build", "--project", project.toString(), "--out", foreign.toString()));
        assertEquals("not a site", Files.readString(foreign.resolve("holiday.jpg")));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), project.resolve("data"));
        assertTrue(refused("build", "--project", project.toString(), "--out", link.toString())
                .endsWith(" lies inside the project's data/ folder, which holds sources flowdoc must not overwrite;"
                        + " name a folder of its own, e.g. target/site"));
        Path file = Files.writeString(tmp.resolve("site.txt"), "x");
        assertEquals("flowdoc build: refused: " + file + " is a file, not a folder; name a folder for the site",
                refused("build", "--project", project.toString(), "--out", file.toString()));
    }

    @Test
    void serveRefusesTheSameFolders() throws Exception {
        String p = project.toString();
        assertEquals("flowdoc serve: refused: " + p + " is the project folder and writing there would delete the project;"
                + " name a folder of its own, e.g. target/site", refused("serve", "--project", p, "--port", "0", "--out", p));
        assertTrue(refused("serve", "--project", p, "--port", "0", "--out", project.resolve("content").toString())
                .contains(" lies inside the project's content/ folder"));
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("keep.txt"), "mine");
        assertTrue(refused("serve", "--project", p, "--port", "0", "--out", foreign.toString())
                .contains(" is a folder that flowdoc did not write"));
        assertEquals("mine", Files.readString(foreign.resolve("keep.txt")));
    }

    @Test
    void mvnSiteGoesThroughBuildWithItsOut() throws Exception {
        // the site lifecycle's only writer is `flowdoc build --out ${project.reporting.outputDirectory}`: the same guard
        String pom = Files.readString(TestProjects.REPOSITORY.resolve("pom.xml"));
        int site = pom.indexOf("<id>flowdoc-site</id>");
        String execution = pom.substring(site, pom.indexOf("</execution>", site));
        assertTrue(execution.contains("<argument>dev.flowdoc.cli.Main</argument>\n                <argument>build</argument>"), execution);
        assertTrue(execution.contains("<argument>--out</argument>\n                <argument>${project.reporting.outputDirectory}</argument>"), execution);
    }

    @Test
    void singleFilesNeverReplaceSourcesOrFolders() throws Exception {
        String p = project.toString();
        String flows = project.resolve("data/flows.json").toString();
        assertEquals("flowdoc checklist: refused: " + flows + " lies inside the project's data/ folder, which holds sources"
                + " flowdoc must not overwrite; name a file of its own, e.g. target/flows.json",
                refused("checklist", "--project", p, "--lang", "de", "--profile", "full", "--out", flows));
        String page = project.resolve("content/de/index.adoc").toString();
        assertTrue(refused("checklist", "--project", p, "--lang", "de", "--profile", "full", "--out", page)
                .contains(" lies inside the project's content/ folder"));
        Path folder = Files.createDirectories(tmp.resolve("pdfs"));
        assertEquals("flowdoc checklist: refused: " + folder + " is a folder; name a file, e.g. " + folder.resolve("out.pdf"),
                refused("checklist", "--project", p, "--lang", "de", "--profile", "full", "--out", folder.toString()));
        Path notes = project.resolve("notes.txt");
        assertEquals("flowdoc checklist: refused: " + notes + " exists and is not a .pdf file; flowdoc replaces only a"
                + " previous output of that kind, so name a new file",
                refused("checklist", "--project", p, "--lang", "de", "--profile", "full", "--out", notes.toString()));
        assertTrue(refused("i18n", "export", "--project", p, "--out", project.resolve("data/menu.json").toString())
                .startsWith("flowdoc i18n export: refused: "));
        assertTrue(refused("i18n", "export", "--project", p, "--out", notes.toString())
                .endsWith(" exists and is not a .xlf or .xliff file; flowdoc replaces only a previous output of that kind, so name a new file"));
        assertTrue(refused("changes", "--project", p, "--from", "9.2.0", "--to", "10.0.0", "--out",
                project.resolve("themes/x.txt").toString()).contains(" lies inside the project's themes/ folder"));
        assertTrue(refused("changes", "--project", p, "--from", "9.2.0", "--to", "10.0.0", "--format", "json", "--out",
                notes.toString()).contains(" exists and is not a .json file"));
    }

    @Test
    void aPreviousOutputOfTheSameKindIsReplaced() throws Exception {
        Path previous = Files.writeString(tmp.resolve("changes.txt"), "old list");
        TestProjects.Run run = TestProjects.run("changes", "--project", project.toString(), "--from", "9.2.0", "--to", "10.0.0",
                "--out", previous.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(!Files.readString(previous).equals("old list"));
        try (var left = Files.list(tmp)) {
            assertEquals(List.of("changes.txt", "p"), left.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no temporary file left beside it");
        }
    }

    @Test
    void theGuardAcceptsMissingEmptyMarkedAndDefaultFolders() throws Exception {
        assertEquals(java.util.Optional.empty(), OutputGuard.site(project, tmp.resolve("new/site")));
        assertEquals(java.util.Optional.empty(), OutputGuard.site(project, Files.createDirectories(tmp.resolve("empty"))));
        Path marked = Files.createDirectories(tmp.resolve("marked"));
        Files.writeString(marked.resolve(OutputGuard.MARKER), "");
        Files.writeString(marked.resolve("index.html"), "old");
        assertEquals(java.util.Optional.empty(), OutputGuard.site(project, marked));
        Path legacy = Files.createDirectories(project.resolve("target/site"));
        Files.writeString(legacy.resolve("index.html"), "a site from before the marker");
        assertEquals(java.util.Optional.empty(), OutputGuard.site(project, legacy));
    }
}
