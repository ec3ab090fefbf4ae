package dev.flowdoc.i18n;

import dev.flowdoc.model.Fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdoc.load.JsonDocument;
import dev.flowdoc.model.EntryKind;
import dev.flowdoc.model.ProjectTexts;
import dev.flowdoc.model.Text;
import dev.flowdoc.diag.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In-place edits: only the "en" literal and the "src" member change, in the style of the object around them. */
class JsonTextEditorTest {
    @TempDir
    Path dir;

    @Test
    void escapesWhatJsonRequiresAndKeepsNonAscii() {
        assertEquals("\"Say \\\"hi\\\" \\\\ a\\nb\\tc \\u0001 – Größe ✓\"", JsonStrings.quote("Say \"hi\" \\ a\nb\tc \u0001 – Größe ✓"));
    }

    @Test
    void compactObjectGetsACompactMember() throws Exception {
        String json = "{\"t\":{\"de\":\"a\",\"en\":\"b\"}}\n";
        assertEquals("{\"t\":{\"de\":\"a\",\"en\":\"B \\\"x\\\"\",\"src\":\"" + Fingerprint.of("a") + "\"}}\n",
                edit(json, "B \"x\""));
    }

    @Test
    void enFirstInAMultiLineObjectWithWindowsLineEndings() throws Exception {
        String json = "{\r\n  \"t\": {\r\n    \"en\": \"b\",\r\n    \"de\": \"a\"\r\n  }\r\n}\r\n";
        assertEquals("{\r\n  \"t\": {\r\n    \"en\": \"c\",\r\n    \"src\": \"" + Fingerprint.of("a") + "\",\r\n    \"de\": \"a\"\r\n  }\r\n}\r\n",
                edit(json, "c"));
    }

    @Test
    void anUnchangedEnglishKeepsItsOwnEscapes() throws Exception {
        String json = "{ \"t\": { \"de\": \"Gr\\u00f6\\u00dfe\", \"en\": \"Gr\\u00f6\\u00dfe\", \"src\": \"00000000\" } }";
        assertEquals("{ \"t\": { \"de\": \"Gr\\u00f6\\u00dfe\", \"en\": \"Gr\\u00f6\\u00dfe\", \"src\": \"" + Fingerprint.of("Größe") + "\" } }",
                edit(json, null));
    }

    private String edit(String json, String en) throws Exception {
        Path file = dir.resolve("t.json");
        Files.writeString(file, json);
        JsonDocument doc = JsonDocument.read(file, "data/t.json", new Problems()).orElseThrow();
        JsonNode t = doc.root().get("t");
        Text loaded = new Text(t.get("de").asText(), t.get("en").asText(), t.has("src") ? t.get("src").asText() : null, doc.at("/t"));
        ProjectTexts.Entry text = new ProjectTexts.Entry("t/t", EntryKind.ENDPOINT, "t", "t", "", loaded);
        return JsonTextEditor.apply(json, List.of(new TextEdit(text, en, Fingerprint.of(loaded.de()))));
    }
}
