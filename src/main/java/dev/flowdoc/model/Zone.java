package dev.flowdoc.model;

import java.util.Locale;

/** Where an endpoint stands, seen from the appliance's firewall. */
public enum Zone {
    APPLIANCE, INTERNAL, PERIMETER, INTERNET;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
