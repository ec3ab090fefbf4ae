package dev.flowdoc.i18n;

import static dev.flowdoc.i18n.Projects.flowdoc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
        String expected = "data/endpoints.json:9:42: %s: endpoint 'internal-network' label: the English translation is stale";
        assertTrue(lenient.err().contains(String.format(expected, "warning")), lenient.err());

        Projects.Run strict = flowdoc("check", "--strict", "--project", project.toString());
        assertEquals(1, strict.exit());
        assertTrue(strict.err().contains(String.format(expected, "error")), strict.err());
        assertTrue(strict.err().contains("flowdoc i18n mark-current --id PATH"), strict.err());
    }

    @Test
    void aMissingFingerprintIsReportedToo() throws Exception {
        Path project = Projects.small(dir);
        Projects.Run strict = flowdoc("check", "--strict", "--project", project.toString());
        assertEquals(1, strict.exit());
        assertTrue(strict.err().contains("data/flows.json:50:26: error: flow 'dns-lookup' description: no translation recorded"),
                strict.err());
        assertTrue(strict.err().contains("3 errors"), strict.err());
    }
}
