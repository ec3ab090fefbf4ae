package dev.flowdoc.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdoc.model.Glossary;
import dev.flowdoc.diag.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads data/glossary.json (optional), checked against its schema. No file: {@link Glossary#EMPTY}; an unusable
 * file: empty, with its problems reported.
 */
public final class GlossaryLoader {
    public static final String FILE = ProjectLoader.DATA + "/glossary.json";

    private GlossaryLoader() {}

    public static Optional<Glossary> load(Path root, Problems problems) {
        Path file = root.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.of(Glossary.EMPTY);
        }
        Optional<JsonDocument> doc = JsonDocument.read(file, FILE, problems);
        if (doc.isEmpty() || !SchemaCheck.check(doc.get(), "glossary", problems)) {
            return Optional.empty();
        }
        List<Glossary.Term> terms = new ArrayList<>();
        JsonNode list = doc.get().root().get("terms");
        for (int i = 0; i < list.size(); i++) {
            JsonNode t = list.get(i);
            terms.add(new Glossary.Term(t.get("id").asText(), t.get("de").get("term").asText(), strings(t.get("de").get("variants")),
                    t.get("en").get("term").asText(), strings(t.get("en").get("variants")), doc.get().at("/terms/" + i)));
        }
        return Optional.of(new Glossary(terms));
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            list.forEach(x -> out.add(x.asText()));
        }
        return out;
    }
}
