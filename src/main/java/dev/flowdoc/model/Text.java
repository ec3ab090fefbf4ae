package dev.flowdoc.model;

import java.util.List;
import java.util.Objects;

/**
 * A text a reader sees, in German (source) and English. {@code src} is the fingerprint of the German
 * text the English was translated from (null when never recorded). {@code location} is where the text's object
 * starts in its file, {@code englishLocation} where its "en" string starts (the opening quote), for messages about
 * words inside the English.
 */
public record Text(String de, String en, String src, Location location, Location englishLocation) {
    public Text {
        Objects.requireNonNull(de);
        Objects.requireNonNull(en);
    }

    /** A text whose English literal's place is not known (made in code, not loaded). */
    public Text(String de, String en, String src, Location location) {
        this(de, en, src, location, null);
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
