package dev.flowdoc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken projects under src/test/resources/broken: each folder lays broken files over the
 * minimal project; {@code check} must exit 1 and print exactly the lines of its expected.txt, no stack trace.
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

        String expected = Files.readString(caseDir.resolve("expected.txt"), StandardCharsets.UTF_8);
        assertEquals(expected.strip(), run.err().strip(), "messages of " + caseDir.getFileName());
        assertEquals(1, run.exitCode(), "exit code");
        assertTrue(run.out().isEmpty(), "no summary on failure: " + run.out());
        assertFalse(run.err().contains("Exception"), "no stack trace");
        assertTrue(run.errLines().stream().anyMatch(l -> l.matches("data[^:]*(:\\d+:\\d+)?: error: .+")), "path:line:col: error: …");
    }
}
