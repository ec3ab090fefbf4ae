package dev.flowdoc.i18n;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Character offsets of the members of a JSON text, by JSON pointer: where each key starts and where its
 * value starts and ends (string values including their quotes). The loader's positions are lines and
 * columns; an in-place edit needs offsets into the very text that was read.
 */
final class JsonSpans {
    /** Offsets into the text: the member's key (-1 for array elements), the value's first and one-past-last char. */
    record Span(int keyStart, int valueStart, int valueEnd) {}

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Map<String, Span> spans;

    private JsonSpans(Map<String, Span> spans) {
        this.spans = spans;
    }

    /** Scans {@code text}, which has already been parsed once (by the loader), so it is valid JSON. */
    static JsonSpans of(String text) {
        Map<String, Span> spans = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            int keyStart = -1;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.FIELD_NAME) {
                    keyStart = offset(p.currentTokenLocation().getCharOffset());
                } else if (t.isScalarValue()) {
                    int start = offset(p.currentTokenLocation().getCharOffset());
                    p.finishToken();
                    spans.put(pointer, new Span(p.getParsingContext().inObject() ? keyStart : -1, start,
                            offset(p.currentLocation().getCharOffset())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the file was parsed once already and must parse again", e);
        }
        return new JsonSpans(Map.copyOf(spans));
    }

    /** The span of the scalar value at {@code pointer}, or null when there is none. */
    Span at(String pointer) {
        return spans.get(pointer);
    }

    private static int offset(long charOffset) {
        if (charOffset < 0 || charOffset > Integer.MAX_VALUE) {
            throw new IllegalStateException("the JSON parser gave no character offset");
        }
        return (int) charOffset;
    }
}
