package dev.flowdoc.model;

import java.util.Locale;

/** A transport protocol; shown upper case, never translated. */
public enum Protocol {
    TCP, UDP;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
