package dev.flowdoc.i18n;

import static dev.flowdoc.i18n.Projects.flowdoc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mark-current records a reviewed English as current; --all wrote the repository's fingerprints. */
class MarkCurrentTest {
    @TempDir
    Path dir;

    @Test
    void marksOneReviewedText() throws Exception {
        Path project = Projects.small(dir);
        Projects.Run run = flowdoc("i18n", "mark-current", "--id", "flows/group:mail/flow:mail-outbound/description",
                "--project", project.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("data/flows.json:32:26: marked current: flows/group:mail/flow:mail-outbound/description"));
        String listed = flowdoc("i18n", "status", "--project", project.toString()).out();
        assertTrue(listed.contains("total                      7        2      0"), listed);
    }

    @Test
    void anUnknownIdIsAnErrorAndNothingIsWritten() throws Exception {
        Path project = Projects.small(dir);
        Map<String, String> before = Projects.snapshot(project);
        Projects.Run run = flowdoc("i18n", "mark-current", "--id", "flows/group:mail/flow:mail-outbond/description",
                "--project", project.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no text has the id path 'flows/group:mail/flow:mail-outbond/description'; "
                + "did you mean 'flows/group:mail/flow:mail-outbound/description'?"), run.err());
        assertEquals(before, Projects.snapshot(project));
    }

    @Test
    void allOnTheRepositoryChangesNothing() throws Exception {
        Path project = Projects.repository(dir);
        Map<String, String> before = Projects.snapshot(project);
        Projects.Run run = flowdoc("i18n", "mark-current", "--all", "--project", project.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("flowdoc i18n mark-current: 0 texts marked current", run.out().strip());
        assertEquals(before, Projects.snapshot(project));
    }
}
