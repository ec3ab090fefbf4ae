package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check and build report the project's warnings; the commands that make one output name their number in one line. */
class WarningsOnceTest {
    @Test
    void onlyCheckAndBuildListTheProjectsWarnings(@TempDir Path tmp) {
        Path project = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("p"));
        // the German changes, the English stays: one stale translation, a warning
        TestProjects.replace(project, "data/flows.json", "\"de\": \"Ein Hinweis.\"", "\"de\": \"Ein neuer Hinweis.\"");
        String p = project.toString();

        TestProjects.Run check = TestProjects.run("check", "--project", p);
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.err().startsWith("data/flows.json: warning: 1 English text is stale"), check.err());
        assertTrue(check.out().endsWith("1 warning\n") || check.out().strip().endsWith("1 warning"), check.out());

        String line = "the project has 1 warning; 'flowdoc check' lists them";
        for (List<String> command : List.of(
                List.of("checklist", "--project", p, "--lang", "en", "--upgrade-from", "9.2.0", "--out", tmp.resolve("c.pdf").toString()),
                List.of("changes", "--project", p, "--from", "9.2.0", "--to", "10.0.0"),
                List.of("firewall", "--project", p, "--addresses-template", "--out", tmp.resolve("a.json").toString()))) {
            TestProjects.Run run = TestProjects.run(command.toArray(String[]::new));
            assertEquals(0, run.exitCode(), command + ": " + run.err());
            assertEquals("flowdoc " + command.get(0) + ": " + line, run.err().strip(), command.toString());
        }

        // an error stops them: it is printed, and the warnings are still one line
        TestProjects.replace(project, "data/flows.json", "\"source\": [\"internet\"]", "\"source\": [\"scaner\"]");
        TestProjects.Run changes = TestProjects.run("changes", "--project", p, "--from", "9.2.0", "--to", "10.0.0");
        assertEquals(1, changes.exitCode());
        assertEquals(List.of("data/flows.json:32:22: error: flow 'mail-in': unknown endpoint 'scaner' in source; add it to data/endpoints.json or use one of its ids",
                "1 error", "flowdoc changes: " + line), changes.errLines());
    }
}
