package dev.flowdoc.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Protocol;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates a data file against its JSON schema (shipped in the jar, the same files as data/schema/) and
 * turns the validator's findings into messages a writer can act on.
 */
public final class SchemaCheck {
    static final String BASE = "https://flowdoc.dev/schema/";
    private static final String RESOURCES = "dev/flowdoc/schema/";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:" + RESOURCES)));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<String, JsonNode> RAW = new ConcurrentHashMap<>();
    /** The fields a flow's change needs one of (data/schema/flows.schema.json, "change"). */
    private static final Set<String> CHANGE_BEFORE = Set.of("portsBefore", "requirementBefore");

    private SchemaCheck() {}

    /** Checks {@code doc} against schema {@code name} (e.g. "flows"); returns true when it conforms. */
    public static boolean check(JsonDocument doc, String name, Problems problems) {
        return violations(doc, name, problems).isEmpty();
    }

    /**
     * Checks {@code doc} against schema {@code name}, reports every finding and returns the JSON pointers of the
     * values that violate it (empty: it conforms; "" for the document as a whole).
     */
    public static List<String> violations(JsonDocument doc, String name, Problems problems) {
        JsonNode root = doc.root();
        if (!root.isObject()) {
            problems.error(doc.at(""), "expected a JSON object at the top level, found " + kind(root),
                    "see data/schema/" + name + ".schema.json");
            return List.of("");
        }
        Schema schema = SCHEMAS.computeIfAbsent(name, n -> REGISTRY.getSchema(SchemaLocation.of(BASE + n + ".schema.json")));
        List<Error> errors = new ArrayList<>(schema.validate(root));
        errors.sort(Comparator.comparing((Error e) -> pointer(e.getInstanceLocation())));
        if (name.equals("profile")) {
            // "options" is "all" or a list: the oneOf message says so; its branches' own findings only repeat it.
            errors.removeIf(e -> pointer(e.getInstanceLocation()).equals("/options") && !"oneOf".equals(e.getKeyword()));
        }
        List<String> violating = errors.stream().map(e -> pointer(e.getInstanceLocation())).distinct().toList();
        Set<String> seen = new HashSet<>();
        // "portsJoin" beside "portsAndOr" that says otherwise: the branches of the rule only repeat it, one message says it
        List<Error> joins = errors.stream().filter(e -> String.valueOf(e.getSchemaLocation()).contains("dependentSchemas/portsJoin")).toList();
        errors.removeAll(joins);
        joins.stream().map(e -> pointer(e.getInstanceLocation()).replaceAll("/(portsJoin|portsAndOr)$", "")).distinct()
                .forEach(flow -> portsJoinContradiction(doc, flow, problems));
        for (Error e : errors) {
            report(doc, e, problems, seen);
        }
        return violating;
    }

    /** The flow at {@code flow} writes "portsJoin" and "portsAndOr", and they disagree: told at "portsJoin". */
    private static void portsJoinContradiction(JsonDocument doc, String flow, Problems problems) {
        JsonNode value = doc.root().at(flow);
        String entry = EntryNames.describe(doc.root(), flow);
        problems.error(doc.keyAt(JsonDocument.pointer(flow, "portsJoin")), (entry == null ? "" : entry + ": ")
                        + "'portsJoin' " + value.path("portsJoin") + " contradicts 'portsAndOr' " + value.path("portsAndOr"),
                "\"portsAndOr\": true is the old spelling of \"portsJoin\": \"andOr\"; keep one of the two");
    }

    private static void report(JsonDocument doc, Error e, Problems problems, Set<String> seen) {
        String at = pointer(e.getInstanceLocation());
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        String entry = EntryNames.describe(doc.root(), at);
        String field = fieldName(at);
        String prefix = entry == null ? "" : entry + ": ";
        JsonNode value = e.getInstanceNode();
        Location where = doc.at(at);
        String message;
        String hint = null;
        switch (keyword) {
            case "required" -> {
                String missing = e.getProperty();
                if (CHANGE_BEFORE.contains(missing)) {
                    // a change's anyOf: one message for both branches
                    if (!seen.add(at + " change")) {
                        return;
                    }
                    problems.error(where, prefix + "the change " + (value == null ? "" : value.path("version").asText("")).trim()
                                    + " says neither 'portsBefore' nor 'requirementBefore'",
                            "add \"portsBefore\": [...] (the ports until this version), \"requirementBefore\" (the requirement until then), or both");
                    return;
                }
                message = "de".equals(missing) || "en".equals(missing)
                        ? "the " + ("de".equals(missing) ? "German" : "English") + " text '" + missing + "' of '" + field + "' is missing"
                        : "required property '" + missing + "' is missing";
                hint = "de".equals(missing) || "en".equals(missing)
                        ? "every text needs both \"de\" and \"en\""
                        : "add \"" + missing + "\"";
            }
            case "additionalProperties" -> {
                String unknown = e.getProperty();
                where = doc.keyAt(JsonDocument.pointer(at, unknown));
                message = "unknown property '" + unknown + "'";
                List<String> allowed = allowedProperties(e.getSchemaLocation());
                hint = allowed.containsAll(List.of("de", "en")) && allowed.size() <= 3
                        ? "a text has the keys \"de\" and \"en\" (and \"src\", written by flowdoc i18n)"
                        : Suggest.didYouMean(unknown, allowed);
                if (hint == null && !allowed.isEmpty()) {
                    hint = "allowed here: " + String.join(", ", allowed);
                }
            }
            case "type" -> message = "ports".equals(parentField(at))
                    ? "'" + field + "' must be a port number or a range \"from-to\", not " + kind(value)
                    : "'" + field + "' must be " + article(e.getSchemaNode()) + ", not " + kind(value);
            case "enum" -> {
                List<String> options = new ArrayList<>();
                e.getSchemaNode().forEach(n -> options.add(n.asText()));
                message = "'" + field + "' has the unknown value " + value;
                if ("protocols".equals(parentField(at))) {
                    message = "unknown protocol " + value;
                }
                hint = Suggest.didYouMean(value.asText(), options);
                hint = (hint == null ? "" : hint + " ") + "allowed: " + String.join(", ", options);
            }
            case "minimum", "maximum" -> {
                if ("ports".equals(parentField(at))) {
                    message = "port " + value + " is outside 1–65535";
                    hint = "a TCP or UDP port is a number from 1 to 65535";
                } else if ("icmpTypes".equals(parentField(at))) {
                    message = "ICMP type " + value + " is outside 0–255";
                } else {
                    message = "'" + field + "' value " + value + " is out of range (" + keyword + " " + e.getSchemaNode() + ")";
                }
            }
            case "minLength" -> {
                message = isLanguage(field)
                        ? "the " + language(field) + " text of '" + parentField(at) + "' is empty"
                        : "'" + field + "' is empty";
                hint = "write the text, or remove the entry";
            }
            case "minItems" -> {
                message = "'" + field + "' needs at least " + e.getSchemaNode() + " entr" + (e.getSchemaNode().asInt() == 1 ? "y" : "ies");
            }
            case "uniqueItems" -> message = "'" + field + "' lists the same value twice";
            case "pattern" -> {
                message = "'" + field + "' \"" + abbreviate(value.asText()) + "\" has the wrong form";
                hint = hintFor(field);
                if ("protocols".equals(parentField(at))) {
                    List<String> known = Arrays.stream(Protocol.values()).map(Protocol::key).toList();
                    message = "unknown protocol " + value;
                    hint = Suggest.didYouMean(value.asText().toLowerCase(Locale.ROOT), known);
                    hint = (hint == null ? "" : hint + " ") + "allowed: " + String.join(", ", known) + " (in any case)";
                } else if ("ports".equals(parentField(at))) {
                    message = "port \"" + abbreviate(value.asText()) + "\" is neither a number nor a range";
                    hint = value.asText().matches("\\d+") ? "write the port as a number without quotes: " + value.asText()
                            : "write a port as a number (25) or a range as \"from-to\" (\"41000-41100\")";
                }
            }
            case "minProperties", "maxProperties" -> {
                message = "'" + field + "' needs exactly one of the keys option, any, all, not";
                hint = "e.g. {\"option\": \"ID\"} or {\"any\": [{\"option\": \"ID1\"}, {\"option\": \"ID2\"}]}, with ids from data/options.json";
            }
            case "anyOf" -> {
                if (at.startsWith("/endpoints")) {
                    message = "an endpoint needs 'label' (a role, translated), 'host' (a concrete host name) or both (shown \"Label (host)\")";
                } else {
                    message = "'" + field + "' " + e.getMessage();
                }
            }
            case "not" -> {
                if (at.startsWith("/endpoints") && value != null && value.has("any") && value.has("host")) {
                    where = doc.keyAt(JsonDocument.pointer(at, "any"));
                    message = "an endpoint with \"any\": true stands for every address and cannot also be the host " + value.get("host");
                    hint = "remove \"host\" (the label says what the endpoint is), or remove \"any\" for one concrete host";
                } else {
                    message = "'" + field + "' " + e.getMessage();
                }
            }
            case "oneOf" -> {
                if (at.equals("/options") && doc.file().contains("/profiles/")) {
                    message = "'options' must be \"all\" or a list of option ids, each once";
                    hint = "e.g. \"options\": [\"ID1\", \"ID2\"], with ids from data/options.json";
                } else if (at.startsWith("/endpoints")) {
                    message = "an endpoint needs either 'label' (a role, translated) or 'host' (a concrete host name), exactly one of them";
                } else {
                    message = "'" + field + "' " + e.getMessage();
                }
            }
            default -> message = e.getMessage();
        }
        String line = where + prefix + message;
        if (seen.add(line)) {
            problems.error(where, prefix + message, hint);
        }
    }

    private static String hintFor(String field) {
        return switch (field) {
            case "id", "menu" -> "ids use lower-case letters and digits, parts joined by '-' or '.' (e.g. mail-inbound-direct)";
            case "page" -> "a page is a file name under content/de and content/en without .adoc, lower case with '-'";
            case "host" -> "a host name such as update.seppmail.ch";
            case "date" -> "dates are written yyyy-mm-dd";
            default -> null;
        };
    }

    private static List<String> allowedProperties(SchemaLocation location) {
        try {
            String uri = location.getAbsoluteIri().toString();
            String name = uri.substring(uri.lastIndexOf('/') + 1);
            JsonNode node = RAW.computeIfAbsent(name, SchemaCheck::loadRaw);
            String fragment = location.getFragment().toString();
            String[] parts = fragment.startsWith("#") ? fragment.substring(1).split("/") : fragment.split("/");
            for (int i = 0; i < parts.length - 1 && node != null; i++) {
                if (!parts[i].isEmpty()) {
                    node = node.get(parts[i]);
                }
            }
            List<String> names = new ArrayList<>();
            if (node != null && node.get("properties") != null) {
                Iterator<String> it = node.get("properties").fieldNames();
                it.forEachRemaining(n -> {
                    if (!n.equals("$schema")) {
                        names.add(n);
                    }
                });
            }
            return names;
        } catch (RuntimeException ex) {
            return List.of();
        }
    }

    private static JsonNode loadRaw(String name) {
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            return MAPPER.readTree(in);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(JsonDocument.escape(String.valueOf(path.getElement(i))));
        }
        return sb.toString();
    }

    private static String fieldName(String pointer) {
        if (pointer.isEmpty()) {
            return "(top level)";
        }
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return last.matches("\\d+") ? parentField(pointer) + "[" + (Integer.parseInt(last) + 1) + "]" : last;
    }

    private static String parentField(String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            p = p.substring(0, p.lastIndexOf('/'));
            String last = p.isEmpty() ? "" : p.substring(p.lastIndexOf('/') + 1);
            if (!last.matches("\\d+")) {
                return last;
            }
        }
        return "";
    }

    private static boolean isLanguage(String field) {
        return field.equals("de") || field.equals("en");
    }

    private static String language(String field) {
        return field.equals("de") ? "German" : "English";
    }

    private static String article(JsonNode type) {
        String t = type == null ? "" : type.asText();
        return switch (t) {
            case "object" -> "an object";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            case "string" -> "a text";
            case "boolean" -> "true or false";
            case "number" -> "a number";
            default -> t;
        };
    }

    static String kind(JsonNode n) {
        if (n == null || n.isNull()) return "null";
        if (n.isObject()) return "an object";
        if (n.isArray()) return "a list";
        if (n.isTextual()) return "the text \"" + abbreviate(n.asText()) + "\"";
        if (n.isBoolean()) return n.asText();
        if (n.isNumber()) return "the number " + n.asText();
        return n.getNodeType().toString().toLowerCase();
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
