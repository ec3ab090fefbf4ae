package dev.flowdoc.render.diagram;

import java.util.Locale;

/** What an upgrade does with a flow: open (or change) it, close it; NONE outside an upgrade. */
public enum Mark {
    NONE, OPEN, CLOSE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
