package dev.flowdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.model.Language;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.testing.TestProjects.Run;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** flowdoc changes: what to open, change or close between two releases, as text, CSV and JSON, in both languages. */
class ChangesCommandTest {
    static final String REPO = TestProjects.REPOSITORY.toString();
    static final String HISTORY = TestProjects.RESOURCES.resolve("projects/history").toString();

    static Run changes(String project, String from, String to, Language language, String format) {
        Run run = TestProjects.run("changes", "--project", project, "--from", from, "--to", to,
                "--lang", language.code(), "--format", format);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        return run;
    }

    static String words(Language language, String de, String en) {
        return language == Language.DE ? de : en;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void upgradeTo13OpensBackendToFrontendAsText(Language language) {
        String out = changes(REPO, "12.1.0", "13.0.0", language, "text").out();
        assertEquals(words(language, """
                Firewall-Änderungen von 12.1.0 auf 13.0.0

                Freizuschalten (1)
                  - Cluster Kommunikation: cluster-backend-frontend
                    Port: TCP 22 (SSH)
                    Quelle: Backend
                    Ziel: Frontend
                    Richtung: intern
                """, """
                Firewall changes from 12.1.0 to 13.0.0

                To open (1)
                  - Cluster communication: cluster-backend-frontend
                    Port: TCP 22 (SSH)
                    Source: Backend
                    Destination: Frontend
                    Direction: internal
                """).strip(), out.strip());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void downgradeClosesItAsText(Language language) {
        String out = changes(REPO, "13.0.0", "12.1.0", language, "text").out();
        assertTrue(out.contains(words(language, "Zu schließen (1)\n  - Cluster Kommunikation: cluster-backend-frontend",
                "To close (1)\n  - Cluster communication: cluster-backend-frontend")), out);
        assertTrue(!out.contains(words(language, "Freizuschalten", "To open")), out);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void csvHasOneRowPerEntry(Language language) throws Exception {
        List<CSVRecord> up = csv(changes(REPO, "12.1.0", "13.0.0", language, "csv").out());
        assertEquals(1, up.size());
        assertEquals(List.of(words(language, "Freizuschalten", "To open"), words(language, "Cluster Kommunikation", "Cluster communication"),
                "cluster-backend-frontend", "", "TCP 22 (SSH)", "Backend", "Frontend", words(language, "intern", "internal"), "",
                ""), up.get(0).toList());
        List<CSVRecord> down = csv(changes(REPO, "13.0.0", "12.1.0", language, "csv").out());
        assertEquals(words(language, "Zu schließen", "To close"), down.get(0).get(0));
        assertEquals("TCP 22 (SSH)", down.get(0).get(3));
        assertEquals(List.of(words(language, "Aktion", "Action"), words(language, "Funktion / Feature", "Function / Feature"),
                        words(language, "Kommunikationsweg", "Communication path")),
                CSVFormat.RFC4180.parse(new StringReader(changes(REPO, "12.1.0", "13.0.0", language, "csv").out()))
                        .getRecords().get(0).toList().subList(0, 3));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void jsonGroupsByActionKey(Language language) throws Exception {
        JsonNode up = new ObjectMapper().readTree(changes(REPO, "12.1.0", "13.0.0", language, "json").out());
        assertEquals("upgrade", up.get("direction").asText());
        assertEquals(language.code(), up.get("language").asText());
        JsonNode open = up.get("actions").get("open");
        assertEquals(words(language, "Freizuschalten", "To open"), open.get("label").asText());
        assertEquals("cluster-backend-frontend", open.get("entries").get(0).get("flow").asText());
        assertEquals("TCP 22 (SSH)", open.get("entries").get(0).get("portsAfter").asText());
        assertEquals(0, up.get("actions").get("close").get("entries").size());
        JsonNode down = new ObjectMapper().readTree(changes(REPO, "13.0.0", "12.1.0", language, "json").out());
        assertEquals("downgrade", down.get("direction").asText());
        assertEquals("cluster-backend-frontend", down.get("actions").get("close").get("entries").get(0).get("flow").asText());
        assertEquals(0, down.get("actions").get("open").get("entries").size());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aChangeShowsPortsBeforeAndAfterAndItsNote(Language language) throws Exception {
        String text = changes(HISTORY, "9.2.0", "10.0.0", language, "text").out();
        assertTrue(text.contains(words(language, """
                Zu ändern (1)
                  - Aktualisierungen: updates-ssh
                    Port: TCP 2222 (SSH) → TCP 22 (SSH)
                    Quelle: Appliance
                    Ziel: update.example.com
                    Richtung: ausgehend
                    Hinweis: Port 2222 durch 22 ersetzt.""", """
                To change (1)
                  - Updates: updates-ssh
                    Port: TCP 2222 (SSH) → TCP 22 (SSH)
                    Source: Appliance
                    Destination: update.example.com
                    Direction: outbound
                    Note: Port 2222 replaced by 22.""")), text);
        assertTrue(text.indexOf(words(language, "Freizuschalten", "To open")) < text.indexOf(words(language, "Zu ändern", "To change")));
        assertTrue(text.indexOf(words(language, "Zu ändern", "To change")) < text.indexOf(words(language, "Zu schließen", "To close")));
        List<CSVRecord> rows = csv(changes(HISTORY, "9.2.0", "10.0.0", language, "csv").out());
        assertEquals(List.of("mail-out", "updates-ssh", "updates-legacy"), rows.stream().map(r -> r.get(2)).toList());
        assertEquals(List.of("TCP 2222 (SSH)", "TCP 22 (SSH)"), List.of(rows.get(1).get(3), rows.get(1).get(4)));
        assertEquals(words(language, "Port 2222 durch 22 ersetzt.", "Port 2222 replaced by 22."), rows.get(1).get(8));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noChangeIsSaidAndExitsZero(Language language) {
        Run run = changes(REPO, "13.0.0", "13.0.0", language, "text");
        assertTrue(run.out().contains(words(language, "Keine Änderungen an den Firewall-Regeln.", "No changes to the firewall rules.")),
                run.out());
    }

    @Test
    void badVersionsAreUsageErrors() {
        Run run = TestProjects.run("changes", "--project", REPO, "--from", "12.1", "--to", "13.0.0");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("flowdoc changes: --from '12.1' is not a version of the form x.y.z (for example 13.0.0); "
                + "versions compare numerically", run.err().strip());
        assertEquals(ExitCodes.USAGE, TestProjects.run("changes", "--project", REPO, "--from", "12.1.0", "--to", "x").exitCode());
        assertEquals(ExitCodes.USAGE, TestProjects.run("changes", "--project", REPO, "--from", "12.1.0", "--to", "13.0.0",
                "--format", "xml").exitCode());
    }

    @Test
    void anUnreleasedVersionIsAcceptedWithANote() {
        Run run = changes(REPO, "12.1.5", "13.0.0", Language.EN, "text");
        assertTrue(run.err().contains("note: 12.1.5 is not a release in data/product.json"), run.err());
        assertTrue(run.out().contains("cluster-backend-frontend"), run.out());
    }

    @Test
    void dataProblemsExitOne(@TempDir Path tmp) {
        Path broken = TestProjects.brokenCase(TestProjects.RESOURCES.resolve("broken/unknown-endpoint"), tmp.resolve("p"));
        Run run = TestProjects.run("changes", "--project", broken.toString(), "--from", "1.0.0", "--to", "2.0.0");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("unknown endpoint"), run.err());
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }
}
