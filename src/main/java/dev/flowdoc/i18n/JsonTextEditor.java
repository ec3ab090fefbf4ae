package dev.flowdoc.i18n;

import dev.flowdoc.model.Location;
import dev.flowdoc.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Applies {@link TextEdit}s to the text of one JSON file in place: it replaces the string literal of
 * "en", replaces the literal of "src" or inserts a "src" member right after "en" in the object's own
 * style (same line or next line, same indentation, same separators), and leaves every other character
 * as it was: no reformatting, no reordering, the file's line endings kept. Each text object is found
 * where the loader recorded it; only its own members are scanned ({@link JsonSpans}).
 */
final class JsonTextEditor {
    private record Replacement(int start, int end, String with) {}

    private JsonTextEditor() {}

    static String apply(String text, List<TextEdit> edits) {
        List<Replacement> replacements = new ArrayList<>();
        for (TextEdit edit : edits) {
            Text loaded = edit.text().text();
            Map<String, JsonSpans.Span> members = JsonSpans.objectAt(text, loaded.location());
            JsonSpans.Span en = members.get("en");
            JsonSpans.Span de = members.get("de");
            if (en == null || de == null || !de.value().equals(loaded.de()) || !en.value().equals(loaded.en())) {
                throw new IllegalStateException(loaded.location() + ": the text object of " + edit.text().idPath()
                        + " is not as it was loaded; the file changed since");
            }
            if (edit.en() != null && !edit.en().equals(loaded.en())) {
                replacements.add(new Replacement(en.valueStart(), en.valueEnd(), JsonStrings.quote(edit.en())));
            }
            JsonSpans.Span src = members.get("src");
            if (src != null) {
                if (!edit.src().equals(loaded.src())) {
                    replacements.add(new Replacement(src.valueStart(), src.valueEnd(), JsonStrings.quote(edit.src())));
                }
            } else {
                replacements.add(new Replacement(en.valueEnd(), en.valueEnd(), srcMember(text, en, edit.src())));
            }
        }
        replacements.sort(Comparator.comparingInt(Replacement::start).reversed());
        StringBuilder b = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (Replacement r : replacements) {
            if (r.end() > limit) {
                throw new IllegalStateException("overlapping edits at offset " + r.start());
            }
            b.replace(r.start(), r.end(), r.with());
            limit = r.start();
        }
        String edited = b.toString();
        verify(text, edited, edits, replacements);
        return edited;
    }

    /**
     * Each edited object, found again in the edited text (its start moved by the replacements before it), holds
     * exactly the new "en" and "src": a guard against a wrong offset.
     */
    private static void verify(String text, String edited, List<TextEdit> edits, List<Replacement> replacements) {
        for (TextEdit edit : edits) {
            Location was = edit.text().location();
            int start = JsonSpans.offset(text, was);
            int moved = start;
            for (Replacement r : replacements) {
                if (r.start() < start) {
                    moved += r.with().length() - (r.end() - r.start());
                }
            }
            Map<String, JsonSpans.Span> members = JsonSpans.objectAt(edited, moved, was.toString());
            JsonSpans.Span en = members.get("en");
            JsonSpans.Span src = members.get("src");
            if (en == null || src == null || !en.value().equals(edit.newEnglish()) || !src.value().equals(edit.src())) {
                throw new IllegalStateException(was + ": the edit of " + edit.text().idPath() + " did not come out as intended");
            }
        }
    }

    /** {@code , "src": "…"} on the line of "en", or on a line of its own when "en" starts its line. */
    private static String srcMember(String text, JsonSpans.Span en, String src) {
        int colon = text.lastIndexOf(':', en.valueStart() - 1);
        int keyEnd = colon;
        while (keyEnd > en.keyStart() && text.charAt(keyEnd - 1) != '"') {
            keyEnd--;
        }
        String member = "\"src\"" + text.substring(keyEnd, en.valueStart()) + JsonStrings.quote(src);
        int lineStart = text.lastIndexOf('\n', en.keyStart() - 1) + 1;
        String indent = text.substring(lineStart, en.keyStart());
        if (lineStart > 0 && indent.isBlank()) {
            String newline = lineStart >= 2 && text.charAt(lineStart - 2) == '\r' ? "\r\n" : "\n";
            return "," + newline + indent + member;
        }
        int before = en.keyStart();
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        String separator = before > 0 && text.charAt(before - 1) == ',' ? text.substring(before - 1, en.keyStart()) : ", ";
        return separator + member;
    }
}
