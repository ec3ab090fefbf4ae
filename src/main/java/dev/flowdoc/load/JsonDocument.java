package dev.flowdoc.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.model.Location;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed JSON file that remembers the line and column of every value and every key, by JSON pointer.
 * Jackson's tree forgets positions, so the file is read twice: once as tokens for the positions, once as a tree.
 * The keys' positions are needed only for messages about a key (an unknown property or id): they are read when one
 * is first asked for, by a third pass over the tokens.
 */
public final class JsonDocument {
    /** Nesting deeper than this is refused with a message instead of a stack overflow. */
    static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final String file;
    private final String text;
    private final JsonNode root;
    private final Map<String, Location> values;
    private Map<String, Location> keys;

    private JsonDocument(String file, String text, JsonNode root, Map<String, Location> values) {
        this.file = file;
        this.text = text;
        this.root = root;
        this.values = values;
    }

    /**
     * Reads and parses a file. Problems (unreadable, not UTF-8, byte order mark, empty, syntax) go to
     * {@code problems}, and the result is empty.
     */
    public static Optional<JsonDocument> read(Path path, String displayName, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.error(Location.of(displayName), "cannot read the file (" + describe(e) + ")",
                    "check that it exists and is readable");
            return Optional.empty();
        }
        Optional<JsonDocument> doc = parse(bytes, displayName, problems);
        doc.ifPresent(d -> schemaExists(d, path, problems));
        return doc;
    }

    /**
     * A {@code "$schema"} naming a file beside the data that is not there: editors then check nothing. A warning at the
     * value ({@code flowdoc init} writes every schema; a URL is left to the editor).
     */
    private static void schemaExists(JsonDocument doc, Path path, Problems problems) {
        JsonNode schema = doc.root() == null ? null : doc.root().get("$schema");
        if (schema == null || !schema.isTextual() || schema.asText().isBlank() || schema.asText().contains(":")) {
            return;
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isRegularFile(parent.resolve(schema.asText()).normalize())) {
            problems.warning(doc.at("/$schema"), "\"$schema\" names " + schema.asText() + ", which does not exist",
                    "copy the schemas into data/schema/ (a new project from 'flowdoc init' has them all) or correct the path");
        }
    }

    static Optional<JsonDocument> parse(byte[] bytes, String file, Problems problems) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            problems.error(new Location(file, 1, 1), "the file starts with a byte order mark (BOM)",
                    "save it as UTF-8 without BOM");
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.error(firstBadByte(bytes, file), "the file is not valid UTF-8",
                    "save it with the encoding UTF-8");
            return Optional.empty();
        }
        if (text.isBlank()) {
            problems.error(new Location(file, 1, 1), "the file is empty", "it must hold a JSON object");
            return Optional.empty();
        }
        Scan scan = new Scan(file, false);
        try {
            scan.run(text);
        } catch (JsonProcessingException e) {
            // a limit (length of a name or value) has no location of its own: the token before it is the nearest
            JsonLocation at = e.getLocation() != null ? e.getLocation() : scan.last;
            Location loc = at == null ? new Location(file, 1, 1) : new Location(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            String message = limit(clean(e.getOriginalMessage()));
            problems.error(loc, "JSON syntax error: " + message,
                    message.contains("nested deeper") ? "flatten the structure; see data/schema/" : "fix the JSON syntax at this place");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(Location.of(file), "cannot parse the file (" + describe(e) + ")");
            return Optional.empty();
        }
        try {
            JsonNode root = MAPPER.readTree(text);
            return Optional.of(new JsonDocument(file, text, root, scan.found));
        } catch (JsonProcessingException e) {
            problems.error(new Location(file, 1, 1), "JSON syntax error: " + clean(e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    /**
     * Jackson's length limits in words, without the numbers that depend on its buffers ("Name length (52117) exceeds
     * the maximum allowed (50000, from `StreamReadConstraints…`)" → "a name is longer than 50000 characters").
     */
    private static String limit(String message) {
        var m = java.util.regex.Pattern.compile("(Name|String value|Number value) length \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*",
                java.util.regex.Pattern.DOTALL).matcher(message);
        if (!m.matches()) {
            return message;
        }
        String what = switch (m.group(1)) {
            case "Name" -> "a name";
            case "String value" -> "a text";
            default -> "a number";
        };
        return what + " is longer than " + m.group(2) + " characters";
    }

    /** One pass over the tokens: where each value starts, or where each key stands ({@code keys}), by pointer. */
    private static final class Scan {
        final String file;
        final boolean keys;
        final Map<String, Location> found = new HashMap<>();
        JsonLocation last;

        Scan(String file, boolean keys) {
            this.file = file;
            this.keys = keys;
        }

        void run(String text) throws IOException {
            try (JsonParser p = FACTORY.createParser(text)) {
                // Pointers are built along the way (a stack of containers) rather than asked of the parser per
                // token: pathAsPointer() walks the whole context each time, which is quadratic-ish on large files.
                java.util.ArrayDeque<Container> stack = new java.util.ArrayDeque<>();
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    JsonLocation at = p.currentTokenLocation();
                    last = at;
                    Container top = stack.peek();
                    if (t == JsonToken.FIELD_NAME) {
                        top.key = escape(p.currentName());
                        if (keys) {
                            found.put(top.path + "/" + top.key, new Location(file, at.getLineNr(), at.getColumnNr()));
                        }
                    } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                        stack.pop();
                    } else {
                        String pointer = top == null ? "" : top.array ? top.path + "/" + top.index++ : top.path + "/" + top.key;
                        if (!keys) {
                            found.putIfAbsent(pointer, new Location(file, at.getLineNr(), at.getColumnNr()));
                        }
                        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                            stack.push(new Container(pointer, t == JsonToken.START_ARRAY));
                        }
                    }
                }
            }
        }
    }

    /** An object or array being read: its pointer, and the current key or next index. */
    private static final class Container {
        final String path;
        final boolean array;
        int index;
        String key;

        Container(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }

    public String file() { return file; }
    public String text() { return text; }
    public JsonNode root() { return root; }

    /** Where the value at this pointer starts; falls back to the nearest enclosing value. */
    public Location at(String pointer) {
        String p = pointer;
        while (true) {
            Location loc = values.get(p);
            if (loc != null) {
                return loc;
            }
            if (p.isEmpty()) {
                return new Location(file, 1, 1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Where each value at or below {@code pointer} starts (the entry's own position included). */
    public java.util.Set<Location> locationsUnder(String pointer) {
        java.util.Set<Location> out = new java.util.HashSet<>();
        values.forEach((p, loc) -> {
            if (p.equals(pointer) || p.startsWith(pointer + "/")) {
                out.add(loc);
            }
        });
        return out;
    }

    /** Where the key of the member at this pointer stands (for unknown properties); else {@link #at}. */
    public Location keyAt(String pointer) {
        Location loc = keys().get(pointer);
        return loc != null ? loc : at(pointer);
    }

    private synchronized Map<String, Location> keys() {
        if (keys == null) {
            Scan scan = new Scan(file, true);
            try {
                scan.run(text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("the text was parsed before", e);
            }
            keys = scan.found;
        }
        return keys;
    }

    /** The pointer of a member or element below {@code parent}. */
    public static String pointer(String parent, Object child) {
        return parent + "/" + escape(String.valueOf(child));
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Where the first byte that is not UTF-8 is (line and column counted in characters). */
    public static Location firstBadByte(byte[] bytes, String file) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int col = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            if (i + len > bytes.length) {
                break;
            }
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, i, len));
            } catch (CharacterCodingException e) {
                break;
            }
            if (b == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
            i += len;
        }
        return new Location(file, line, col);
    }

    private static String clean(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        String m = message.replaceAll("\\s+", " ").trim();
        if (m.contains("nesting depth")) {
            return "the JSON is nested deeper than " + MAX_DEPTH + " levels";
        }
        m = m.replaceAll("\\(start marker at \\[Source: [^\\]]*line: (\\d+), column: (\\d+)\\]\\)",
                "(it starts at line $1, column $2)");
        m = m.replaceAll("\\(for (\\w+) starting at \\[Source: [^\\]]*line: (\\d+), column: (\\d+)\\]\\)",
                "(for the $1 that starts at line $2, column $3)");
        int src = m.indexOf(" at [Source");
        return src > 0 ? m.substring(0, src) : m;
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
