package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.cli.ExitCodes;
import dev.flowdoc.cli.Main;
import dev.flowdoc.testing.TestProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project with errors: exit 1, every problem printed with file and line, nothing written. */
class BuildFailureTest {
    @Test
    void errorsWriteNothing(@TempDir Path tmp) throws Exception {
        Path project = TestProjects.copyOfRepository(tmp.resolve("project"));
        TestProjects.replace(project, "content/en/clustering.adoc", "flow:cluster-frontend-backend[]", "flow:cluster-frontend-bakend[]");
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--project", project.toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(ExitCodes.PROBLEMS, code);
        assertTrue(err.toString().contains("content/en/clustering.adoc:12:35:"), err.toString());
        assertTrue(err.toString().contains("did you mean 'cluster-frontend-backend'?"), err.toString());
        assertFalse(Files.exists(out));
        try (var left = Files.list(tmp)) {
            assertEquals(1, left.count(), "no staging folder left behind");
        }
    }
}
