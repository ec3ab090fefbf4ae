package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --quiet is for scripts: nothing but errors; --verbose prints the stages even when stderr is no terminal. */
class QuietTest {
    @Test
    void aQuietBuildPrintsNothingAndAVerboseOnePrintsItsStages(@TempDir Path tmp) {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        TestProjects.Run quiet = TestProjects.run("build", "--quiet", "--project", project.toString(),
                "--out", tmp.resolve("quiet").toString());
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertEquals("", quiet.out());
        assertEquals("", quiet.err());
        assertTrue(Files.isRegularFile(tmp.resolve("quiet/de/index.html")));

        TestProjects.Run verbose = TestProjects.run("build", "--verbose", "--project", project.toString(),
                "--out", tmp.resolve("verbose").toString());
        assertEquals(0, verbose.exitCode(), verbose.err());
        assertTrue(verbose.out().startsWith("flowdoc build: "), verbose.out());
        for (String stage : new String[] {"load and validate:", "HTML pages:", "PDFs:"}) {
            assertTrue(verbose.err().contains("flowdoc: " + stage), verbose.err());
        }
    }

    @Test
    void aQuietBuildWithErrorsPrintsTheErrorsOnly(@TempDir Path tmp) {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        TestProjects.replace(project, "data/flows.json", "\"ports\": [22]", "\"ports\": [70000]");
        // a stale translation is a warning: left out with --quiet
        TestProjects.replace(project, "data/flows.json", "Lizenzänderungen Support", "Lizenzänderungen Wartung");
        TestProjects.Run run = TestProjects.run("build", "--quiet", "--project", project.toString(),
                "--out", tmp.resolve("site").toString());
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("error: flow 'license-support-ssh': port 70000"), run.err());
        assertFalse(run.err().contains("warning:"), run.err());
        assertFalse(Files.exists(tmp.resolve("site")), "nothing written");
    }
}
