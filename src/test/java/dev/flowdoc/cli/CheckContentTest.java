package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `flowdoc check` validates content/ too. */
class CheckContentTest {
    @Test
    void checkReportsContentProblemsWithFileAndLine(@TempDir Path tmp) {
        Path project = TestProjects.copyOfRepository(tmp);
        TestProjects.replace(project, "content/de/index.adoc", "chapter:clustering[]", "chapter:clustring[]");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--project", project.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(ExitCodes.PROBLEMS, code);
        assertTrue(err.toString().startsWith("content/de/index.adoc:13:116: error: chapter:clustring[]: unknown chapter"), err.toString());
        assertTrue(err.toString().contains("unknown chapter 'clustring'; did you mean 'clustering'?"), err.toString());
    }

    @Test
    void theRealProjectChecksClean() {
        StringWriter out = new StringWriter();
        assertEquals(ExitCodes.OK, Main.run(new String[] {"check", "--project", TestProjects.REPOSITORY.toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter())));
    }
}
