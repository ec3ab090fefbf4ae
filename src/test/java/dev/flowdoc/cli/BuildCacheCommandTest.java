package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.site.BuildCache;
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
 * {@code --no-cache} neither reads nor writes it, and main starts Asciidoctor ahead only when the inputs changed
 * since the last build ({@link Main#cachedBuild}).
 */
class BuildCacheCommandTest {
    @Test
    void theDefaultSiteIsCachedAndNoCacheLeavesTheCacheAlone(@TempDir Path tmp) throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        String p = project.toString();
        Path cache = project.resolve(BuildCache.DIR);
        assertFalse(Main.cachedBuild(new String[] {"build", "--project", p}), "no cache yet");

        TestProjects.Run build = TestProjects.run("build", "--quiet", "--project", p);
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.isRegularFile(cache.resolve("stamp")));
        Map<String, String> site = TestProjects.tree(project.resolve("target/site"));
        Map<String, String> entries = TestProjects.tree(cache);

        assertTrue(Main.cachedBuild(new String[] {"build", "--project", p}));
        assertTrue(Main.cachedBuild(new String[] {"build", "--verbose", "--project=" + p, "--out", p + "/target/site"}));
        assertFalse(Main.cachedBuild(new String[] {"build", "--project", p, "--no-cache"}));
        assertFalse(Main.cachedBuild(new String[] {"build", "--project", p, "--out", tmp.resolve("elsewhere").toString()}));
        assertFalse(Main.cachedBuild(new String[] {"build", "--project", p, "--product-version", "12.1.0"}));
        assertFalse(Main.converts(new String[] {"build", "--project", p}), "Asciidoctor is not started ahead");

        TestProjects.Run uncached = TestProjects.run("build", "--quiet", "--no-cache", "--project", p);
        assertEquals(0, uncached.exitCode(), uncached.err());
        assertEquals(site, TestProjects.tree(project.resolve("target/site")), "the same site");
        assertEquals(entries, TestProjects.tree(cache), "--no-cache wrote nothing into the cache");

        Path page = project.resolve("content/de/index.adoc");
        Files.setLastModifiedTime(page, FileTime.fromMillis(Files.getLastModifiedTime(page).toMillis() + 2000));
        assertTrue(Main.cachedBuild(new String[] {"build", "--project", p}), "a page touched, not changed");
        Files.writeString(page, Files.readString(page) + "\nA new sentence.\n");
        assertFalse(Main.cachedBuild(new String[] {"build", "--project", p}), "a page changed since");
        assertTrue(Main.converts(new String[] {"build", "--project", p}));
    }

    @Test
    void aSiteInsideTheCacheIsRefused(@TempDir Path tmp) {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        TestProjects.Run run = TestProjects.run("build", "--project", project.toString(), "--out",
                project.resolve(BuildCache.DIR).resolve("site").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("build cache"), run.err());
    }
}
