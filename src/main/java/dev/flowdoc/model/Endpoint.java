package dev.flowdoc.model;

/**
 * A source or destination of flows: a labelled role ("E-Mail Server") or a concrete host (update.seppmail.ch), in
 * the zone with id {@code zone} ({@link Project#zone(String)}). {@code zoneLocation} is where that id stands.
 */
public record Endpoint(String id, Text label, String host, String zone, Location location, Location zoneLocation) {
    /** What a reader sees: the host as written, or the label in the given language. */
    public String name(Language language) {
        return host != null ? host : label.in(language);
    }
}
