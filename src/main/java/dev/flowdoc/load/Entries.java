package dev.flowdoc.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Names the entry a JSON pointer lies in ("flow 'mail-inbound-direct'"), for messages. */
final class Entries {
    private static final Map<String, String> KINDS = Map.of(
            "groups", "group",
            "flows", "flow",
            "endpoints", "endpoint",
            "chapters", "chapter",
            "menu", "menu entry",
            "children", "menu entry",
            "releases", "release",
            "options", "option");

    private Entries() {}

    /** The innermost entry with an id around {@code pointer}, as "flow 'x'", or null at the top level. */
    static String describe(JsonNode root, String pointer) {
        String[] parts = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
        JsonNode node = root;
        String found = null;
        for (int i = 0; i < parts.length && node != null; i++) {
            String part = parts[i].replace("~1", "/").replace("~0", "~");
            JsonNode next = node.isArray() && part.matches("\\d+") ? node.get(Integer.parseInt(part)) : node.get(part);
            // only entries of the lists that hold things with ids (not port specs, not condition terms)
            if (node.isArray() && next != null && next.isObject() && i > 0 && KINDS.containsKey(parts[i - 1])) {
                String kind = KINDS.getOrDefault(parts[i - 1], "entry");
                JsonNode id = next.get("id") != null ? next.get("id") : next.get("version");
                found = id != null && id.isTextual() && !id.asText().isBlank()
                        ? kind + " '" + SchemaCheck.abbreviate(id.asText()) + "'"
                        : kind + " #" + (Integer.parseInt(part) + 1);
            }
            node = next;
        }
        return found;
    }
}
