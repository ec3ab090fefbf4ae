package dev.flowdoc.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdoc.model.Text;
import java.util.ArrayList;
import java.util.List;

/** Values of schema-checked JSON as the model holds them: texts with their positions, string lists, optional strings. */
final class JsonValues {
    private JsonValues() {}

    /** The text object at {@code pointer}, or null if there is none. */
    static Text localized(JsonDocument doc, String pointer) {
        JsonNode n = doc.root().at(pointer);
        if (n.isMissingNode()) {
            return null;
        }
        return new Text(n.get("de").asText(), n.get("en").asText(), text(n, "src"), doc.at(pointer), doc.at(pointer + "/en"),
                doc.at(pointer + "/de"));
    }

    static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(x -> out.add(x.asText()));
        return out;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
