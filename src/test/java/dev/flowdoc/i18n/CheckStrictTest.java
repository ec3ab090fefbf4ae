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
                + "'flowdoc i18n status' lists them with their id paths (--verbose here lists every text)";
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
                "data/endpoints.json: error: 1 English text has no translation recorded (no \"src\"); " + String.format(HINT, MISSING),
                "data/flows.json: error: 1 English text has no translation recorded (no \"src\"); " + String.format(HINT, MISSING),
                "data/flows.json: error: 1 English text is stale (its German changed since it was translated); " + String.format(HINT, STALE),
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
        assertEquals("flowdoc checklist: the project has 1 warning; 'flowdoc check' lists them", checklist.err().strip(),
                "checklist leaves the project's warnings to check and build: one line names their number");
    }

    /** A project never recorded is told the one command that records it, and what that command does. */
    @Test
    void aProjectNeverRecordedIsToldToMarkEverythingCurrentOnce() throws Exception {
        Path project = Projects.repository(dir);
        for (Path f : List.of(project.resolve("data/flows.json"), project.resolve("data/endpoints.json"), project.resolve("data/menu.json"),
                project.resolve("data/chapters.json"), project.resolve("data/options.json"), project.resolve("data/glossary.json"))) {
            if (java.nio.file.Files.exists(f)) {
                String text = java.nio.file.Files.readString(f);
                java.nio.file.Files.writeString(f, text.replaceAll(",\\s*\"src\": \"[0-9a-f]{8}\"", ""));
            }
        }
        for (Path f : java.nio.file.Files.list(project.resolve("data/profiles")).toList()) {
            java.nio.file.Files.writeString(f, java.nio.file.Files.readString(f).replaceAll(",\\s*\"src\": \"[0-9a-f]{8}\"", ""));
        }
        Projects.Run strict = flowdoc("check", "--strict", "--project", project.toString());
        assertEquals(1, strict.exit());
        assertTrue(strict.err().lines().filter(l -> l.contains(": error: ")).allMatch(l -> l.contains("have no translation recorded")
                && l.endsWith("no text of this project has a translation recorded yet: if the English is right as it stands, record all of it once with "
                + "'flowdoc i18n mark-current --all' (it writes each German's fingerprint as \"src\" beside the English and changes no text; "
                + "from then on an English turns stale when its German changes)")), strict.err());

        Projects.Run status = flowdoc("i18n", "status", "--project", project.toString());
        assertTrue(status.out().contains("record all of it once with 'flowdoc i18n mark-current --all'"), status.out());

        Projects.Run marked = flowdoc("i18n", "mark-current", "--all", "--project", project.toString());
        assertEquals(0, marked.exit(), marked.err());
        Projects.Run after = flowdoc("check", "--strict", "--project", project.toString());
        assertEquals(0, after.exit(), after.err());
    }

    @Test
    void everyI18nSubcommandsHelpSaysWhenToUseIt() {
        for (String sub : List.of("status", "export", "import", "mark-current")) {
            Projects.Run help = flowdoc("i18n", sub, "--help");
            assertEquals(0, help.exit());
            assertTrue(help.out().contains("When to use it"), sub + ": " + help.out());
        }
        Projects.Run mark = flowdoc("i18n", "mark-current", "--help");
        assertTrue(mark.out().contains("once, for a project whose translations were never recorded"), mark.out());
        assertTrue(mark.out().contains("--older-scheme"), mark.out());
    }

    private static final String STALE = "check each English against its new German and correct it, then record it with ";
    private static final String MISSING = "if an English translates its German, record it with ";
    private static final String HINT = "'flowdoc i18n status' lists them with their id paths (--verbose here lists every text); "
            + "%s'flowdoc i18n mark-current --id PATH'; or translate them via 'flowdoc i18n export --only-pending' and 'flowdoc i18n import'";
}
