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
import java.util.List;
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

    @Test
    void asciidoctorWarningsNameThePageAndLine(@TempDir Path tmp) throws Exception {
        Path project = TestProjects.copyOfRepository(tmp.resolve("project"));
        Path page = project.resolve("content/en/clustering.adoc");
        String text = Files.readString(page).stripTrailing();
        Files.writeString(page, text + "\n\n----\nan unterminated listing at the end\n");
        int fence = (int) text.lines().count() + 2;
        dev.flowdoc.diag.Problems problems = new dev.flowdoc.diag.Problems();
        new Build(TestProjects::asciidoctor).run(project, tmp.resolve("out"), new dev.flowdoc.render.html.SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        assertEquals(List.of("content/en/clustering.adoc:" + fence + ":1: warning: asciidoctor: unterminated listing block"),
                problems.all().stream().map(Object::toString).toList());
    }
}
