package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowdoc.testing.TestProjects;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only the commands whose purpose it is (i18n import, i18n mark-current) write into data/, content/ or
 * themes/: after every other command the source trees are byte for byte what they were.
 */
class ReadOnlySourcesTest {
    @Test
    void readingCommandsLeaveTheSourcesAlone(@TempDir Path tmp) {
        Path project = TestProjects.copyOfRepository(tmp.resolve("project"));
        Map<String, Map<String, String>> before = sources(project);
        String p = project.toString();
        List<String[]> commands = List.of(
                new String[] {"check", "--project", p},
                new String[] {"check", "--strict", "--project", p},
                new String[] {"build", "--project", p},
                new String[] {"build", "--project", p, "--out", tmp.resolve("site").toString()},
                new String[] {"checklist", "--project", p, "--lang", "de", "--profile", "full", "--out", tmp.resolve("c.pdf").toString()},
                new String[] {"checklist", "--project", p, "--lang", "en", "--profile", "minimal", "--out", tmp.resolve("m.pdf").toString()},
                new String[] {"i18n", "status", "--all", "--project", p},
                new String[] {"i18n", "export", "--project", p, "--out", tmp.resolve("x.xlf").toString()});
        for (String[] args : commands) {
            TestProjects.Run run = TestProjects.run(args);
            assertEquals(true, run.exitCode() == 0 || run.exitCode() == 1, String.join(" ", args) + ": " + run.err());
            assertEquals(before, sources(project), String.join(" ", args) + " changed the sources");
        }
    }

    private static Map<String, Map<String, String>> sources(Path project) {
        Map<String, Map<String, String>> trees = new TreeMap<>();
        for (String dir : List.of("data", "content", "themes")) {
            trees.put(dir, TestProjects.tree(project.resolve(dir)));
        }
        return trees;
    }
}
