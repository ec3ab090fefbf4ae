package dev.flowdoc.i18n;

import static dev.flowdoc.i18n.Projects.flowdoc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckStrictTest {
    @TempDir
    Path dir;

    @Test
    void theRepositorysDataPassesStrict() {
        Projects.Run run = flowdoc("check", "--strict", "--project", Projects.REPOSITORY.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("flowdoc check: ok:"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aStaleTranslationIsAWarningAndUnderStrictAnError() throws Exception {
        Path project = Projects.repository(dir);
        Projects.replace(project, "data/endpoints.json", "\"de\": \"internes Netz\"", "\"de\": \"Internes Netz\"");
        Projects.Run lenient = flowdoc("check", "--project", project.toString());
        assertEquals(0, lenient.exit(), lenient.err());
        assertTrue(lenient.out().contains("1 warning"), lenient.out());
        String summary = "data/endpoints.json: %s: 1 English text is stale (its German changed since it was translated); "
                + "'flowdoc i18n status' lists them (--verbose here lists every text)";
        assertTrue(lenient.err().startsWith(String.format(summary, "warning")), lenient.err());
        assertEquals(1, lenient.err().lines().count(), lenient.err());

        Projects.Run verbose = flowdoc("check", "--verbose", "--project", project.toString());
        String expected = "data/endpoints.json:9:42: %s: endpoint 'internal-network' label: the English translation is stale";
        assertTrue(verbose.err().contains(String.format(expected, "warning")), verbose.err());

        Projects.Run strict = flowdoc("check", "--strict", "--project", project.toString());
        assertEquals(1, strict.exit());
        assertTrue(strict.err().startsWith(String.format(summary, "error")), strict.err());
        assertTrue(strict.err().contains("flowdoc i18n mark-current --id PATH"), strict.err());
    }

    @Test
    void aMissingFingerprintIsReportedToo() throws Exception {
        Path project = Projects.small(dir);
        Projects.Run strict = flowdoc("check", "--strict", "--project", project.toString());
        assertEquals(1, strict.exit());
        assertEquals(List.of(
                "data/endpoints.json: error: 1 English text has no translation recorded (no \"src\"); " + HINT,
                "data/flows.json: error: 1 English text has no translation recorded (no \"src\"); " + HINT,
                "data/flows.json: error: 1 English text is stale (its German changed since it was translated); " + HINT,
                "3 errors"), strict.err().lines().toList());

        Projects.Run verbose = flowdoc("check", "--strict", "--verbose", "--project", project.toString());
        assertTrue(verbose.err().contains("data/flows.json:50:26: error: flow 'dns-lookup' description: no translation recorded"),
                verbose.err());
        assertTrue(verbose.err().contains("3 errors"), verbose.err());
    }

    /** The noise of a writer who translates by hand: one line per file and state, however many texts. */
    @Test
    void manyPendingTextsAreOneLinePerFileAndState() throws Exception {
        Path project = Projects.repository(dir);
        Path flows = project.resolve("data/flows.json");
        String text = java.nio.file.Files.readString(flows);
        java.nio.file.Files.writeString(flows, text.replaceAll("\"src\": \"[0-9a-f]{8}\"", "\"src\": \"00000000\""));
        Projects.Run run = flowdoc("check", "--project", project.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).matches("data/flows\\.json: warning: \\d+ English texts are stale .*"), lines.get(0));
        assertTrue(lines.get(0).contains("'flowdoc i18n status'") && lines.get(0).contains("'flowdoc i18n mark-current --id PATH'"));

        Projects.Run checklist = flowdoc("checklist", "--project", project.toString(), "--lang", "de", "--profile", "full",
                "--out", dir.resolve("full.pdf").toString());
        assertEquals(0, checklist.exit(), checklist.err());
        assertEquals("", checklist.err(), "checklist leaves translations to check and build");
    }

    private static final String HINT = "'flowdoc i18n status' lists them (--verbose here lists every text); translate them via "
            + "'flowdoc i18n export --only-pending' and 'flowdoc i18n import', or after checking the English record it as "
            + "current with 'flowdoc i18n mark-current --id PATH'";
}
