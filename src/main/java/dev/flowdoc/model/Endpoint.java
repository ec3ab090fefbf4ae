package dev.flowdoc.model;

/** A source or destination of flows: a labelled role ("E-Mail Server") or a concrete host (update.seppmail.ch). */
public record Endpoint(String id, Text label, String host, Zone zone, Location location) {
    /** What a reader sees: the host as written, or the label in the given language. */
    public String name(Language language) {
        return host != null ? host : label.in(language);
    }
}
