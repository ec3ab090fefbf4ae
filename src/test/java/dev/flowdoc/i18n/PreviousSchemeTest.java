package dev.flowdoc.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Fingerprint;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Updating flowdoc keeps translation state. The fixture projects/previous-scheme is flowdoc's own data/ and content/
 * as they stood in git before round 2 changed the fingerprint (commit 0c13f87^): 25 of its English texts were recorded
 * current under the first scheme, which counted the ids inside references. It is kept as it was, byte for byte.
 */
class PreviousSchemeTest {
    static final Path FIXTURE = TestProjects.RESOURCES.resolve("projects/previous-scheme");

    @Test
    void theFirstSchemeHashedTheWholeGerman() {
        // the history fixture's src before commit 0c13f87; printf '%s' 'Wird für … {menu:system.proxy-settings}).' | sha256sum → 27402512…
        String german = "Wird für Updates benötigt (siehe auch {menu:system.proxy-settings}).";
        assertEquals("27402512", Fingerprint.of(german, Fingerprint.Scheme.WITH_REFERENCE_IDS));
        assertEquals("6ca3c413", Fingerprint.of(german), "the current scheme: the fixture's src after 0c13f87");
        assertEquals(Fingerprint.Scheme.WITH_REFERENCE_IDS, Fingerprint.recordedUnder(german, "27402512").orElseThrow());
        assertEquals(Fingerprint.Scheme.CURRENT, Fingerprint.recordedUnder(german, "6ca3c413").orElseThrow());
        assertTrue(Fingerprint.recordedUnder(german.replace("Updates", "Aktualisierungen"), "27402512").isEmpty(),
                "a changed German matches no scheme");
    }

    @Test
    void aProjectRecordedUnderThePreviousSchemePassesCheckStrictUnchanged() {
        Map<String, String> before = TestProjects.tree(FIXTURE);
        TestProjects.Run run = TestProjects.run("check", "--strict", "--project", FIXTURE.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("flowdoc check: ok: 17 groups, 32 flows"), run.out());
        assertEquals(before, TestProjects.tree(FIXTURE), "check writes nothing");
    }

    @Test
    void statusNamesTheTextsRecordedUnderAnOlderSchemeAndMarkCurrentRewritesThemOnlyWhenAsked(@TempDir Path tmp) throws IOException {
        Path project = TestProjects.copy(FIXTURE, tmp.resolve("p"));
        TestProjects.Run status = TestProjects.run("i18n", "status", "--project", project.toString());
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().contains("25 current texts recorded under an older fingerprint scheme (by an earlier flowdoc)"), status.out());
        assertTrue(status.out().contains("'flowdoc i18n mark-current --older-scheme' rewrites them"), status.out());

        TestProjects.Run listed = TestProjects.run("i18n", "status", "--older-scheme", "--project", project.toString());
        long lines = listed.out().lines().filter(l -> l.contains(": current (older scheme): ")).count();
        assertEquals(25, lines, listed.out());
        assertTrue(listed.out().contains("data/flows.json:"), listed.out());

        String flows = Files.readString(project.resolve("data/flows.json"), StandardCharsets.UTF_8);
        TestProjects.Run rewritten = TestProjects.run("i18n", "mark-current", "--older-scheme", "--project", project.toString());
        assertEquals(0, rewritten.exitCode(), rewritten.err());
        assertTrue(rewritten.out().contains("flowdoc i18n mark-current: 25 texts recorded under the current scheme"), rewritten.out());
        String after = Files.readString(project.resolve("data/flows.json"), StandardCharsets.UTF_8);
        assertEquals(flows.lines().count(), after.lines().count(), "only src values change");
        long changed = java.util.stream.IntStream.range(0, (int) flows.lines().count())
                .filter(i -> !flows.lines().toList().get(i).equals(after.lines().toList().get(i))).count();
        assertEquals(25, changed, "one src line per text");

        TestProjects.Run again = TestProjects.run("i18n", "status", "--project", project.toString());
        assertFalse(again.out().contains("older fingerprint scheme"), again.out());
        assertEquals(0, TestProjects.run("check", "--strict", "--project", project.toString()).exitCode());
    }

    @Test
    void aTextRecordedUnderTheOlderSchemeTurnsStaleWhenItsGermanChanges(@TempDir Path tmp) {
        Path project = TestProjects.copy(FIXTURE, tmp.resolve("p"));
        // one of the 25 (its src 8830c608 is the first scheme's); its German now changes
        TestProjects.replace(project, "data/flows.json", "in das Internet benötigt (siehe {menu:mail-system.outgoing-server.use-built-in-mta}).",
                "ins Internet benötigt (siehe {menu:mail-system.outgoing-server.use-built-in-mta}).");
        TestProjects.Run run = TestProjects.run("check", "--strict", "--verbose", "--project", project.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.errLines().stream().filter(l -> l.contains(": error: ") && l.contains("stale")).count(), run.err());
    }
}
