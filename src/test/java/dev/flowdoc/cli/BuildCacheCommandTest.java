package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.site.Memo;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build} and the build cache on the command line: the default site keeps its pages in target/flowdoc-cache,
 * {@code --no-cache} neither reads nor writes it; main starts Asciidoctor ahead only for serve (a build starts it
 * as soon as a page needs converting).
 */
class BuildCacheCommandTest {
    @Test
    void theDefaultSiteIsCachedAndNoCacheLeavesTheCacheAlone(@TempDir Path tmp) throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        String p = project.toString();
        Path cache = project.resolve(Memo.DIR);
        assertFalse(Main.converts(new String[] {"build", "--project", p}), "a build starts Asciidoctor only when a page needs it");
        assertTrue(Main.converts(new String[] {"serve", "--project", p}));
        assertFalse(Main.converts(new String[] {"serve", "--help"}));

        TestProjects.Run build = TestProjects.run("build", "--quiet", "--project", p);
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.isRegularFile(cache.resolve("page-de-index.json")));
        Map<String, String> site = TestProjects.tree(project.resolve("target/site"));
        Map<String, String> entries = TestProjects.tree(cache);

        TestProjects.Run uncached = TestProjects.run("build", "--quiet", "--no-cache", "--project", p);
        assertEquals(0, uncached.exitCode(), uncached.err());
        assertEquals(site, TestProjects.tree(project.resolve("target/site")), "the same site");
        assertEquals(entries, TestProjects.tree(cache), "--no-cache wrote nothing into the cache");

        Path page = project.resolve("content/de/index.adoc");
        Files.setLastModifiedTime(page, FileTime.fromMillis(Files.getLastModifiedTime(page).toMillis() + 2000));
        TestProjects.Run touched = TestProjects.run("build", "--quiet", "--project", p);
        assertEquals(0, touched.exitCode(), touched.err());
        assertEquals(site, TestProjects.tree(project.resolve("target/site")), "a page touched, not changed: the same site");
    }

    @Test
    void aSiteInsideTheCacheIsRefused(@TempDir Path tmp) {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        TestProjects.Run run = TestProjects.run("build", "--project", project.toString(), "--out",
                project.resolve(Memo.DIR).resolve("site").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("build cache"), run.err());
    }
}
