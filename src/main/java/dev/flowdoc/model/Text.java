package dev.flowdoc.model;

import java.util.List;
import java.util.Objects;

/**
 * A text a reader sees, in German (source) and English. {@code src} is the fingerprint of the German
 * text the English was translated from (null when never recorded). {@code location} is where the text's object
 * starts in its file, {@code englishLocation} and {@code germanLocation} where its "en" and "de" strings start (the
 * opening quote), for messages about a word or character inside them ({@link #at}).
 */
public record Text(String de, String en, String src, Location location, Location englishLocation,
                   Location germanLocation) {
    public Text {
        Objects.requireNonNull(de);
        Objects.requireNonNull(en);
    }

    /** A text whose literals' places are not known (made in code, not loaded). */
    public Text(String de, String en, String src, Location location) {
        this(de, en, src, location, null, null);
    }

    /** A loaded text whose German literal's place is not recorded. */
    public Text(String de, String en, String src, Location location, Location englishLocation) {
        this(de, en, src, location, englishLocation, null);
    }

    /**
     * Where the character at {@code offset} of the text in {@code language} stands in its file: on the line of its
     * string literal, after the opening quote and the literal's source characters before it (escapes such as
     * {@code \"} or {@code \n} count as written). The text's own location when the literal's place is not known.
     */
    public Location at(Language language, int offset) {
        Location literal = language == Language.DE ? germanLocation : englishLocation;
        if (literal == null) {
            return location;
        }
        String before = in(language).substring(0, Math.min(offset, in(language).length()));
        int column = literal.column() + 1;
        for (int k = 0; k < before.length(); k++) {
            char c = before.charAt(k);
            column += c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t' ? 2 : c < 0x20 ? 6 : 1;
        }
        return new Location(literal.file(), literal.line(), column);
    }

    public static Text of(String de, String en) {
        return new Text(de, en, null, null);
    }

    public String in(Language language) {
        return language == Language.DE ? de : en;
    }

    /** The text split into literal parts and inline references. */
    public List<Inline> inline(Language language) {
        return Inline.parse(in(language));
    }
}
