package dev.flowdoc.model;

import java.util.Locale;

/** A flow's direction relative to the documented product (endpoints in zones marked "appliance"), derived from the zones of its endpoints. */
public enum Direction {
    /** Towards the product. */
    INBOUND,
    /** From the product. */
    OUTBOUND,
    /** Between parts of the product (cluster members, roles). */
    INTERNAL,
    /** Neither end is the product. */
    TRANSIT,
    /** Both ways between the product and another system: a two-way flow ({@link Flow#bidirectional()}). */
    BOTH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
