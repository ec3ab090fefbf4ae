package dev.flowdoc.model;

import java.util.Locale;

/** A flow's direction relative to the appliance, derived from the zones of its endpoints. */
public enum Direction {
    /** Towards the appliance. */
    INBOUND,
    /** From the appliance. */
    OUTBOUND,
    /** Between appliances (cluster members). */
    INTERNAL,
    /** Neither end is the appliance. */
    TRANSIT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
