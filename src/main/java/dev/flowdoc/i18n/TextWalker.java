package dev.flowdoc.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowdoc.load.JsonDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds the texts of one data file and names each by a stable id path: the file's base name, then for
 * each entry of an array its kind and id ("group:mail"), then the field ("description"). Texts listed
 * in an array (group notes) have no id and are numbered from 1 ("note:1").
 */
final class TextWalker {
    private static final Map<String, String> KINDS = Map.of(
            "groups", "group", "flows", "flow", "endpoints", "endpoint", "chapters", "chapter",
            "notes", "note", "children", "menu", "releases", "release", "profiles", "profile", "options", "option");

    private final JsonDocument doc;
    private final List<TextEntry> out = new ArrayList<>();

    private TextWalker(JsonDocument doc) {
        this.doc = doc;
    }

    static List<TextEntry> texts(JsonDocument doc, String prefix) {
        TextWalker w = new TextWalker(doc);
        w.walk(doc.root(), "", prefix, List.of(), prefix);
        return List.copyOf(w.out);
    }

    /** True for a text object: a JSON object with string members "de" and "en". */
    static boolean isText(JsonNode n) {
        return n.isObject() && n.path("de").isTextual() && n.path("en").isTextual();
    }

    private void walk(JsonNode node, String pointer, String idPath, List<String> context, String field) {
        if (isText(node)) {
            JsonNode src = node.get("src");
            out.add(new TextEntry(doc.file(), pointer, idPath, field, String.join(" › ", context),
                    node.get("de").asText(), node.get("en").asText(),
                    src != null && src.isTextual() ? src.asText() : null, doc.at(pointer)));
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().startsWith("$")) {
                    String childPath = e.getValue().isArray() ? idPath : idPath + "/" + e.getKey();
                    walk(e.getValue(), JsonDocument.pointer(pointer, e.getKey()), childPath, context, e.getKey());
                }
            }
        } else if (node.isArray()) {
            String kind = KINDS.getOrDefault(field, field.endsWith("s") ? field.substring(0, field.length() - 1) : field);
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                JsonNode id = element.get("id");
                String key = id != null && id.isTextual() ? id.asText() : String.valueOf(i + 1);
                List<String> here = context;
                if (!isText(element)) {
                    here = new ArrayList<>(context);
                    here.add(describe(kind, key, element));
                }
                walk(element, JsonDocument.pointer(pointer, i), idPath + "/" + kind + ":" + key, here,
                        isText(element) ? kind + " " + key : kind);
            }
        }
    }

    /** "flow 'mail-inbound-direct' (TCP 25 SMTP, internet → appliance)", "group 'mail' (E-Mail Kommunikation)". */
    private static String describe(String kind, String key, JsonNode element) {
        StringBuilder s = new StringBuilder(kind).append(" '").append(key).append("'");
        List<String> details = new ArrayList<>();
        for (String name : List.of("title", "label")) {
            if (isText(element.path(name))) {
                details.add("\u201E" + element.get(name).get("de").asText() + "\u201C");
            }
        }
        if (element.path("host").isTextual()) {
            details.add(element.get("host").asText());
        }
        if (element.path("ports").isArray()) {
            details.add(ports(element.get("ports")));
        }
        if (element.path("source").isArray() && element.path("destination").isArray()) {
            details.add(join(element.get("source")) + " → " + join(element.get("destination")));
        }
        if (!details.isEmpty()) {
            s.append(" (").append(String.join(", ", details)).append(")");
        }
        return s.toString();
    }

    private static String ports(JsonNode specs) {
        List<String> parts = new ArrayList<>();
        for (JsonNode p : specs) {
            String protocols = join(p.path("protocols")).toUpperCase(java.util.Locale.ROOT).replace(", ", "/");
            String service = p.path("service").isTextual() ? " " + p.get("service").asText() : "";
            parts.add(protocols + " " + join(p.path("ports")).replace(", ", "/") + service);
        }
        return String.join("; ", parts);
    }

    private static String join(JsonNode list) {
        List<String> parts = new ArrayList<>();
        list.forEach(x -> parts.add(x.asText()));
        return String.join(", ", parts);
    }
}
