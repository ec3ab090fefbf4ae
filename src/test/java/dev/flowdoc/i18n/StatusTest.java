package dev.flowdoc.i18n;

import static dev.flowdoc.i18n.Projects.flowdoc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusTest {
    @TempDir
    Path dir;

    @Test
    void countsPerFileAndInTotal() throws Exception {
        Path project = Projects.small(dir);
        Projects.Run run = flowdoc("i18n", "status", "--project", project.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.outLines();
        assertEquals(List.of(
                "file                 current  missing  stale",
                "data/endpoints.json        2        1      0",
                "data/flows.json            4        1      1",
                "total                      6        2      1",
                "",
                "data/endpoints.json:6:34: missing: endpoints/endpoint:internet/label",
                "data/flows.json:32:26: stale: flows/group:mail/flow:mail-outbound/description",
                "data/flows.json:50:26: missing: flows/group:dns/flow:dns-lookup/description"), lines.subList(0, 8));
    }

    @Test
    void strictFailsWhenAnyTextIsMissingOrStale() throws Exception {
        Path project = Projects.small(dir);
        assertEquals(1, flowdoc("i18n", "status", "--strict", "--project", project.toString()).exit());
    }

    @Test
    void theRepositorysDataIsFullyTranslated() {
        Projects.Run run = flowdoc("i18n", "status", "--strict", "--project", Projects.REPOSITORY.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().matches("(?s).*\\ntotal +100 +0 +0\\n.*"), run.out());
    }

    @Test
    void changingOneGermanDescriptionMakesExactlyThatTextStale() throws Exception {
        Path project = Projects.repository(dir);
        Projects.replace(project, "data/flows.json", "\"de\": \"Wird für den direkten Empfang von E-Mails aus dem Internet benötigt\"",
                "\"de\": \"Wird für den direkten Empfang von E-Mails aus dem Internet benötigt (Port 25)\"");
        Projects.Run run = flowdoc("i18n", "status", "--strict", "--project", project.toString());
        assertEquals(1, run.exit());
        List<String> listed = run.outLines().stream().filter(l -> l.contains(": stale: ") || l.contains(": missing: ")).toList();
        assertEquals(List.of("data/flows.json:63:26: stale: flows/group:mail/flow:mail-inbound-direct/description"), listed);
        assertTrue(run.out().matches("(?s).*\\ntotal +99 +0 +1\\n.*"), run.out());
    }

    @Test
    void everyTextOfTheRepositoryHasAStableIdPath() throws Exception {
        var problems = new dev.flowdoc.diag.Problems();
        TextCatalog catalog = TextCatalog.of(new dev.flowdoc.load.ProjectLoader(Projects.REPOSITORY).load(problems).orElseThrow());
        List<String> paths = catalog.idPaths();
        assertEquals(100, paths.size());
        assertTrue(paths.contains("flows/group:mail/flow:mail-inbound-direct/description"));
        assertTrue(paths.contains("flows/group:mail/note:1"));
        assertTrue(paths.contains("flows/group:mail/title"));
        assertTrue(paths.contains("endpoints/endpoint:mail-server/label"));
        assertTrue(paths.contains("chapters/chapter:gina-satellite/title"));
        assertTrue(paths.stream().noneMatch(p -> p.matches(".*/\\d+(/.*)?")), "no bare array index: " + paths);
    }
}
