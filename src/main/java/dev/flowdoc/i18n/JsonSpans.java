package dev.flowdoc.i18n;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.flowdoc.model.Location;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the string members of one text object stand in the text of its file, for an in-place edit. The
 * loader found the text and recorded the line and column where its object starts; an edit needs character
 * offsets into the very text of the file, so only that one object is scanned, from there to its closing brace.
 */
final class JsonSpans {
    /** A string member: where its key starts, where its value starts and ends (quotes included), and the value. */
    record Span(int keyStart, int valueStart, int valueEnd, String value) {}

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonSpans() {}

    /** The string members of the object that starts at {@code at} (a text object: "de", "en", "src"), by name. */
    static Map<String, Span> objectAt(String text, Location at) {
        return objectAt(text, offset(text, at), at.toString());
    }

    /** The same for the object that starts at the character offset {@code start}; {@code where} names it in errors. */
    static Map<String, Span> objectAt(String text, int start, String where) {
        if (start < 0 || start >= text.length() || text.charAt(start) != '{') {
            throw new IllegalStateException(where + ": no text object here; the file changed since it was loaded");
        }
        try (StringReader reader = new StringReader(text)) {
            reader.skip(start);
            return members(FACTORY.createParser(reader), start);
        } catch (IOException e) {
            throw new IllegalStateException(where + ": the text object does not read as JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, Span> members(JsonParser p, int start) throws IOException {
        Map<String, Span> members = new HashMap<>();
        try (p) {
            p.nextToken();
            int keyStart = -1;
            String name = null;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_OBJECT && t != null) {
                if (t == JsonToken.FIELD_NAME) {
                    keyStart = start + offset(p.currentTokenLocation().getCharOffset());
                    name = p.currentName();
                } else if (t == JsonToken.VALUE_STRING) {
                    int valueStart = start + offset(p.currentTokenLocation().getCharOffset());
                    String value = p.getText();
                    members.put(name, new Span(keyStart, valueStart, start + offset(p.currentLocation().getCharOffset()), value));
                } else {
                    p.skipChildren();
                }
            }
        }
        return members;
    }

    /** The character offset of a line and column as the loader counts them (1-based; "\n", "\r\n" or "\r" end a line). */
    static int offset(String text, Location at) {
        int line = 1;
        int i = 0;
        while (line < at.line() && i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                line++;
            }
        }
        return i + at.column() - 1;
    }

    private static int offset(long charOffset) {
        if (charOffset < 0 || charOffset > Integer.MAX_VALUE) {
            throw new IllegalStateException("the JSON parser gave no character offset");
        }
        return (int) charOffset;
    }
}
