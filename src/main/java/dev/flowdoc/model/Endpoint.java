package dev.flowdoc.model;

/**
 * A source or destination of flows: a labelled role ("E-Mail Server"), a concrete host (update.seppmail.ch), or a
 * host with a label ("Lizenzserver (license.example.com)"), in the zone with id {@code zone}
 * ({@link Project#zone(String)}). {@code zoneLocation} is where that id stands. {@code any}: the endpoint stands for
 * every address ("Beliebige Server im Internet"): rulesets match 0.0.0.0/0 and ::/0, nobody is asked for its address;
 * {@code anyLocation} is where its {@code "any"} value stands (null when not written).
 */
public record Endpoint(String id, Text label, String host, boolean any, String zone, Location location, Location zoneLocation,
                       Location anyLocation) {
    /** An endpoint whose {@code "any"} has no position of its own. */
    public Endpoint(String id, Text label, String host, boolean any, String zone, Location location, Location zoneLocation) {
        this(id, label, host, any, zone, location, zoneLocation, null);
    }

    /** The host as written, or the label in the given language (the view's Labels.endpoint shows both when both are given). */
    public String name(Language language) {
        return host != null ? host : label.in(language);
    }
}
