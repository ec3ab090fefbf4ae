package dev.flowdoc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken projects under src/test/resources/broken: each folder lays broken files over the
 * minimal project (a file named {@code delete} lists paths to remove). {@code check} and {@code build} must
 * exit 1 and print exactly the lines of its expected.txt, no stack trace; {@code build} must leave the
 * previous site byte for byte as it was. {@code check} reports everything {@code build} refuses, raw HTML in a
 * page included: no case passes {@code check}.
 */
class BrokenProjectsTest {
    static Stream<Path> cases() {
        return TestProjects.cases("broken").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkReportsExactlyTheExpectedProblems(Path caseDir, @TempDir Path tmp) throws IOException {
        Path project = TestProjects.brokenCase(caseDir, tmp.resolve("project"));
        TestProjects.Run run = TestProjects.run("check", "--project", project.toString());
        assertReports(caseDir, run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildReportsTheSameAndLeavesThePreviousSiteAlone(Path caseDir, @TempDir Path tmp) throws IOException {
        Path project = TestProjects.brokenCase(caseDir, tmp.resolve("project"));
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("de"));
        Files.writeString(out.resolve("index.html"), "<!DOCTYPE html><title>previous site</title>");
        Files.writeString(out.resolve(dev.flowdoc.site.OutputGuard.MARKER), "");
        Files.write(out.resolve("de/index.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        Map<String, String> before = TestProjects.tree(out);

        TestProjects.Run run = TestProjects.run("build", "--project", project.toString(), "--out", out.toString());

        assertReports(caseDir, run);
        assertEquals(before, TestProjects.tree(out), "the previous site is untouched");
        try (Stream<Path> beside = Files.list(tmp)) {
            assertEquals(List.of("out", "project"), beside.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder left beside the site");
        }
    }

    private static void assertReports(Path caseDir, TestProjects.Run run) throws IOException {
        String expected = Files.readString(caseDir.resolve("expected.txt"), StandardCharsets.UTF_8);
        assertEquals(expected.strip(), run.err().strip(), "messages of " + caseDir.getFileName());
        assertEquals(1, run.exitCode(), "exit code");
        assertTrue(run.out().isEmpty(), "no summary on failure: " + run.out());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace");
        assertTrue(run.errLines().stream().anyMatch(l -> l.matches("(data|content)[^:]*(:\\d+:\\d+)?: error: .+")),
                "path:line:col: error: …");
    }
}
