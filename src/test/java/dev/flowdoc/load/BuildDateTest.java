package dev.flowdoc.load;

import dev.flowdoc.render.pdf.PdfFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build date: SOURCE_DATE_EPOCH, else the last commit, else the data; never the clock. */
class BuildDateTest {
    private static final Instant COMMIT = Instant.ofEpochSecond(1750000000);

    @Test
    void sourceDateEpochWins() {
        assertEquals(Instant.ofEpochSecond(1700000000), BuildDate.of(PdfFixtures.project(),
                Map.of("SOURCE_DATE_EPOCH", "1700000000"), root -> Optional.of(COMMIT)));
    }

    @Test
    void elseTheLastCommit() {
        assertEquals(COMMIT, BuildDate.of(PdfFixtures.project(), Map.of(), root -> Optional.of(COMMIT)));
    }

    @Test
    void elseTheNewestDatedReleaseOrAFixedDate() {
        // data/product.json dates its releases: the newest dated one (13.0.0)
        assertEquals(Instant.parse("2026-03-16T00:00:00Z"), BuildDate.of(PdfFixtures.project(), Map.of(), root -> Optional.empty()));
        // a project without dates (the minimal fixture): the fixed date
        assertEquals(BuildDate.FALLBACK, BuildDate.of(TestProjects.data(TestProjects.MINIMAL), Map.of(), root -> Optional.empty()));
    }

    @Test
    void theLastCommitIsReadWithGit(@TempDir Path tmp) throws Exception {
        Path repo = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("p"));
        assertEquals(Optional.empty(), BuildDate.lastCommit(repo), "not a repository");
        if (!git(repo, "init", "-q") ) {
            return; // no git on this machine: the fallback above is what a build uses
        }
        assertTrue(git(repo, "add", "."));
        ProcessBuilder commit = new ProcessBuilder("git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                "commit", "-q", "-m", "x").directory(repo.toFile());
        commit.environment().put("GIT_COMMITTER_DATE", "1750000000 +0000");
        commit.environment().put("GIT_AUTHOR_DATE", "1750000000 +0000");
        assertEquals(0, commit.inheritIO().start().waitFor());
        assertEquals(Optional.of(COMMIT), BuildDate.lastCommit(repo));
        Files.writeString(repo.resolve("data/x.txt"), "uncommitted changes do not move the date");
        assertEquals(Optional.of(COMMIT), BuildDate.lastCommit(repo));
    }

    private static boolean git(Path dir, String... args) throws Exception {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "git";
        System.arraycopy(args, 0, cmd, 1, args.length);
        try {
            return new ProcessBuilder(cmd).directory(dir.toFile()).inheritIO().start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
