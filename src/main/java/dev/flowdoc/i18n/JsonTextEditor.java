package dev.flowdoc.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies {@link TextEdit}s to the text of one JSON file in place: it replaces the string literal of
 * "en", replaces the literal of "src" or inserts a "src" member right after "en" in the object's own
 * style (same line or next line, same indentation, same separators), and leaves every other character
 * as it was: no reformatting, no reordering, the file's line endings kept.
 */
final class JsonTextEditor {
    private record Replacement(int start, int end, String with) {}

    private JsonTextEditor() {}

    static String apply(String text, List<TextEdit> edits) {
        JsonSpans spans = JsonSpans.of(text);
        List<Replacement> replacements = new ArrayList<>();
        for (TextEdit edit : edits) {
            String pointer = edit.text().pointer();
            JsonSpans.Span en = spans.at(pointer + "/en");
            if (en == null) {
                throw new IllegalStateException(edit.text().location() + ": no \"en\" string in the text object");
            }
            if (edit.en() != null && !edit.en().equals(edit.text().en())) {
                replacements.add(new Replacement(en.valueStart(), en.valueEnd(), JsonStrings.quote(edit.en())));
            }
            JsonSpans.Span src = spans.at(pointer + "/src");
            if (src != null) {
                if (!edit.src().equals(edit.text().src())) {
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
        return b.toString();
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
