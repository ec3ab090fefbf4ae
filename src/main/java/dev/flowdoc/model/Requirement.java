package dev.flowdoc.model;

import java.util.Locale;

/** Whether a flow is needed: always, only for an optional feature, or optional but required in a named case. */
public enum Requirement {
    REQUIRED, OPTIONAL, CONDITIONAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
