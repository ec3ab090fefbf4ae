package dev.flowdoc.view.delta;

import java.util.Locale;

/** What the firewall admin does with a flow when moving from one release to another. */
public enum Action {
    OPEN, CHANGE, CLOSE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
