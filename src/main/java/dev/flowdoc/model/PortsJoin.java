package dev.flowdoc.model;

import java.util.Optional;

/**
 * How a flow's port specs are joined in words: {@code AND} all of them (a comma), {@code AND_OR} alternatives that may
 * be used together ("und/oder", "and/or"; the old {@code "portsAndOr": true}), {@code OR} alternatives of which the
 * customer uses one ("oder", "or"). Written in data as {@code "portsJoin": "and" | "andOr" | "or"}.
 */
public enum PortsJoin {
    AND("and", null),
    AND_OR("andOr", "ports.andOr"),
    OR("or", "ports.or");

    private final String key;
    private final String messageKey;

    PortsJoin(String key, String messageKey) {
        this.key = key;
        this.messageKey = messageKey;
    }

    /** "and", "andOr", "or": the data's and the JSON export's spelling. */
    public String key() {
        return key;
    }

    /** The theme message with the joining word ("ports.andOr", "ports.or"); null for a plain comma. */
    public String messageKey() {
        return messageKey;
    }

    /** The join written as {@code key} ("and", "andOr", "or"), empty for anything else. */
    public static Optional<PortsJoin> parse(String key) {
        for (PortsJoin j : values()) {
            if (j.key.equals(key)) {
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }
}
