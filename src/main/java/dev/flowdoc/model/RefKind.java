package dev.flowdoc.model;

import java.util.Locale;

/** What an inline reference or a macro points to. */
public enum RefKind {
    MENU, CHAPTER, GROUP, FLOW;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RefKind parse(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
