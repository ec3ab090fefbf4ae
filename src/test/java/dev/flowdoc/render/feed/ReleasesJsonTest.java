package dev.flowdoc.render.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.load.JsonDocument;
import dev.flowdoc.load.SchemaCheck;
import dev.flowdoc.site.Inputs;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.view.delta.ReleaseHistory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** releases.json of the history fixture: every release, its site, and the delta to the next in both languages, valid against its schema. */
class ReleasesJsonTest {
    @TempDir
    static Path tmp;
    static String json;
    static JsonNode root;

    @BeforeAll
    static void write() throws Exception {
        Path project = TestProjects.copy(TestProjects.RESOURCES.resolve("projects/history"), tmp.resolve("history"));
        TestProjects.replace(project, "data/product.json", "{ \"version\": \"9.2.0\" }", "{ \"version\": \"9.2.0\", \"date\": \"2024-03-01\" }");
        Inputs inputs = TestProjects.load(project).forRelease(null);
        ReleaseLinks sites = new ReleaseLinks(ReleaseHistory.of(inputs.project(), inputs.theme().messages()), inputs.content());
        json = ReleasesJson.write(sites, inputs.theme().messages());
        root = new ObjectMapper().readTree(json);
    }

    /** The schema's findings on a releases.json ("" for none). */
    static String violations(String text) throws Exception {
        Path file = Files.writeString(tmp.resolve("releases.json"), text, StandardCharsets.UTF_8);
        Problems problems = new Problems();
        JsonDocument doc = JsonDocument.read(file, "releases.json", problems).orElseThrow();
        SchemaCheck.check(doc, "releases", problems);
        return problems.all().toString().equals("[]") ? "" : problems.all().toString();
    }

    @Test
    void validatesAgainstItsSchema() throws Exception {
        assertEquals("", violations(json));
    }

    @Test
    void theSchemaRejectsWhatItDoesNotDescribe() throws Exception {
        assertFalse(violations(json.replace("\"version\" : \"9.10.0\"", "\"version\" : \"9.10\"")).isEmpty());
        assertFalse(violations(json.replace("\"published\" : true", "\"published\" : \"yes\"")).isEmpty());
        assertFalse(violations(json.replace("\"flow\" : \"mail-out\"", "\"flow\" : \"mail-out\", \"extra\" : 1")).isEmpty());
    }

    @Test
    void everyReleaseWithItsSiteAndTheDeltaToTheNext() {
        JsonNode releases = root.get("releases");
        assertEquals(List.of("9.2.0", "9.10.0", "10.0.0"), releases.findValuesAsText("version").stream().distinct().toList());
        assertEquals("10.0.0", root.get("documented").asText());
        assertEquals("en/changes.atom", root.at("/feeds/en").asText());
        JsonNode first = releases.get(0);
        assertEquals("2024-03-01", first.get("date").asText());
        // no release is marked published: only the documented one has a site, at the root
        assertTrue(first.get("site").isNull());
        assertTrue(first.get("flows").isNull());
        JsonNode newest = releases.get(2);
        assertTrue(newest.get("date").isNull());
        assertEquals("", newest.get("site").asText());
        assertEquals("flows.json", newest.get("flows").asText());
        assertEquals("de/index.html", newest.at("/pages/de").asText());
        assertTrue(newest.get("next").isNull(), "nothing after the documented release");

        JsonNode change = first.at("/next/change/0");
        assertEquals("9.10.0", first.at("/next/version").asText());
        assertEquals("updates-ssh", change.get("flow").asText());
        assertEquals(2222, change.at("/portsBefore/0/ports/0").asInt());
        assertEquals(22, change.at("/portsAfter/0/ports/0").asInt());
        assertEquals("TCP 2222 (SSH) → TCP 22 (SSH)", change.at("/portsText/en").asText());
        assertEquals("Port 2222 durch 22 ersetzt.", change.at("/note/de").asText());
        assertEquals("Port 2222 replaced by 22.", change.at("/note/en").asText());
        assertEquals("en/upgrade.html#release-9-10-0", first.at("/next/changes/en").asText());
        assertEquals("Firewall-Änderungen von 9.2.0 auf 9.10.0", first.at("/next/title/de").asText());

        JsonNode toNewest = releases.get(1).get("next");
        assertEquals(List.of("mail-out"), toNewest.get("open").findValuesAsText("flow"));
        assertEquals(0, toNewest.get("change").size());
        assertEquals(List.of("updates-legacy"), toNewest.get("close").findValuesAsText("flow"));
        JsonNode close = toNewest.at("/close/0");
        assertTrue(close.get("portsAfter").isNull());
        assertEquals(873, close.at("/portsBefore/0/ports/0").asInt());
        assertEquals("Old update channel.", close.at("/description/en").asText());
        assertEquals("Alte Aktualisierung.", close.at("/description/de").asText());
        assertEquals("E-Mail Kommunikation", toNewest.at("/open/0/groupTitle/de").asText());
        assertEquals("Email communication", toNewest.at("/open/0/groupTitle/en").asText());
        assertTrue(toNewest.at("/open/0/portsBefore").isNull());
    }
}
