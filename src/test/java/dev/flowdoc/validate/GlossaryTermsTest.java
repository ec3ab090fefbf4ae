package dev.flowdoc.validate;

import dev.flowdoc.diag.Problem;
import dev.flowdoc.diag.Problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.site.Loader;
import dev.flowdoc.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check warns about English spellings the glossary (data/glossary.json) lists as variants, at their position. */
class GlossaryTermsTest {
    @TempDir
    Path tmp;

    private static List<String> problems(Path project, boolean strict) {
        Problems problems = new Problems();
        Loader.loadAndValidate(project, problems, strict);
        return problems.all().stream().map(Problem::format).toList();
    }

    @Test
    void theRepositoryFollowsItsGlossary() {
        assertEquals(List.of(), problems(TestProjects.REPOSITORY, true));
    }

    @Test
    void variantsInEnglishDataAndPagesAreWarningsWithPositionAndTheWordToWrite() throws Exception {
        Path project = TestProjects.copyOfRepository(tmp);
        TestProjects.replace(project, "data/flows.json", "Required to forward log entries to a Syslog server",
                "Required to forward log entries to a SysLog server");
        TestProjects.replace(project, "content/en/index.adoc", "The source opens the connection; the destination accepts it.",
                "Since version 12.1.0 the RestAPI source opens the connection; see menupath:system.syslog-settings[].");
        List<String> found = problems(project, false);
        int line = lineOf(project.resolve("data/flows.json"), "a SysLog server");
        int column = Files.readAllLines(project.resolve("data/flows.json")).get(line - 1).indexOf("SysLog") + 1;
        int page = lineOf(project.resolve("content/en/index.adoc"), "Since version 12.1.0");
        assertEquals(List.of(
                "content/en/index.adoc:" + page + ":1: warning: glossary: 'Since version' is not the glossary's spelling of 'new in'; "
                        + "write 'new in' (data/glossary.json, term 'new-in')",
                "content/en/index.adoc:" + page + ":26: warning: glossary: 'RestAPI' is not the glossary's spelling of 'REST API'; "
                        + "write 'REST API' (data/glossary.json, term 'rest-api')",
                "data/flows.json:" + line + ":" + column + ": warning: glossary: 'SysLog' is not the glossary's spelling of 'Syslog'; "
                        + "write 'Syslog' (data/glossary.json, term 'syslog')"), found);
        // the ids in {menu:system.syslog-settings} and menupath:system.syslog-settings[] are not words; German keeps "SysLog"
        assertTrue(Files.readString(project.resolve("data/flows.json")).contains("\"de\": \"SysLog\""));
        // a warning, also under --strict: check still succeeds
        Problems strict = new Problems();
        assertTrue(Loader.loadAndValidate(project, strict, true).isPresent());
        assertEquals(3, strict.warningCount());
        assertEquals(0, strict.errorCount());
    }

    @Test
    void aBrokenGlossaryIsAnErrorAtItsPlace() throws Exception {
        Path project = TestProjects.copyOfRepository(tmp);
        TestProjects.replace(project, "data/glossary.json", "\"term\": \"Syslog\", \"variants\": [\"SysLog\", \"syslog\", \"SYSLOG\"]",
                "\"term\": \"Syslog\", \"avoid\": [\"SysLog\"]");
        List<String> found = problems(project, false);
        assertTrue(found.stream().anyMatch(p -> p.startsWith("data/glossary.json:") && p.contains("error") && p.contains("avoid")),
                found.toString());
    }

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
