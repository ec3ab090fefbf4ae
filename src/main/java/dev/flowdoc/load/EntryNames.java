package dev.flowdoc.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdoc.model.EntryKind;
import java.util.Optional;

/** Names the entry a JSON pointer lies in ("flow 'mail-inbound-direct'"), for schema messages. */
final class EntryNames {
    private EntryNames() {}

    /** The innermost entry with an id around {@code pointer}, as "flow 'x'", or null at the top level. */
    static String describe(JsonNode root, String pointer) {
        String[] parts = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
        JsonNode node = root;
        String found = null;
        for (int i = 0; i < parts.length && node != null; i++) {
            String part = parts[i].replace("~1", "/").replace("~0", "~");
            JsonNode next = node.isArray() && part.matches("\\d+") ? node.get(Integer.parseInt(part)) : node.get(part);
            // only entries of the lists that hold things with ids (not port specs, condition terms, notes or changes)
            Optional<EntryKind> kind = i > 0 ? EntryKind.listedIn(parts[i - 1]).filter(EntryKind::named) : Optional.empty();
            if (node.isArray() && next != null && next.isObject() && kind.isPresent()) {
                JsonNode id = next.get("id") != null ? next.get("id") : next.get("version");
                found = id != null && id.isTextual() && !id.asText().isBlank()
                        ? kind.get().name(SchemaCheck.abbreviate(id.asText()))
                        : kind.get().noun() + " #" + (Integer.parseInt(part) + 1);
            }
            node = next;
        }
        return found;
    }
}
