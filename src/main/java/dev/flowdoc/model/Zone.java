package dev.flowdoc.model;

import java.util.List;

/**
 * Where an endpoint stands, seen from the product's firewall: declared by the project in data/zones.json, else
 * {@link #DEFAULTS}. {@code label} and {@code meaning} are the project's texts; null for a built-in zone (and
 * {@code meaning} for a declared zone that has none), whose words then come from the theme's bundle
 * ({@code zone.ID}, {@code zone.ID.meaning}).
 *
 * @param internet  endpoints here are "on the Internet": a flow from one of them is "from the Internet"
 * @param appliance endpoints here are the documented product itself (any of its roles): directions are seen from
 *                  them, and the checklists ask for the address of each
 */
public record Zone(String id, Text label, Text meaning, boolean internet, boolean appliance, Location location) {
    public static final String APPLIANCE = "appliance";
    public static final String INTERNET = "internet";

    /** The zones of a project without data/zones.json; their words are the bundle's. */
    public static final List<Zone> DEFAULTS = List.of(builtIn(APPLIANCE), builtIn("internal"), builtIn("perimeter"),
            builtIn(INTERNET));

    /** A zone without texts of its own; the flags follow its id, as for a declared zone that omits them. */
    public static Zone builtIn(String id) {
        return new Zone(id, null, null, defaultInternet(id), defaultAppliance(id), null);
    }

    /** Without "internet" in data/zones.json, only the zone with id "internet" is the Internet. */
    public static boolean defaultInternet(String id) {
        return INTERNET.equals(id);
    }

    /** Without "appliance" in data/zones.json, only the zone with id "appliance" is the product. */
    public static boolean defaultAppliance(String id) {
        return APPLIANCE.equals(id);
    }

    /** True for a zone of data/zones.json (its label is a text of the project). */
    public boolean declared() {
        return label != null;
    }
}
