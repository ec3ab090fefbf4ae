package dev.flowdoc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import org.junit.jupiter.api.Test;

/** The repository's own data passes check without errors or warnings. */
class RepositoryDataTest {
    @Test
    void repositoryPassesCheck() {
        TestProjects.Run run = TestProjects.run("check", "--project", TestProjects.REPOSITORY.toString());
        assertEquals("", run.err(), "no problems");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("flowdoc check: ok: 17 groups, 32 flows, 16 endpoints, "), run.out());
        assertTrue(run.out().contains(", 28 options, 2 profiles, 2 languages (de, en)"), run.out());
    }

    @Test
    void minimalFixturePasses() {
        TestProjects.Run run = TestProjects.run("check", "--project", TestProjects.MINIMAL.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("flowdoc check: ok: 2 groups, 3 flows, 4 endpoints, 4 menu paths, 1 chapter, 3 releases, "
                + "0 options, 0 profiles, 2 languages (de, en)", run.out().strip());
    }
}
