package dev.flowdoc.model;

import java.util.Locale;

/** The two languages of the documentation; German is the source. */
public enum Language {
    DE, EN;

    public static final Language SOURCE = DE;

    /** The ISO code used in paths, keys and {@code lang} attributes. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public Language other() {
        return this == DE ? EN : DE;
    }

    public static Language parse(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (expected de or en)");
    }
}
