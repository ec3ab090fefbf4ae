package dev.flowdoc.model;

/**
 * One port or a range of ports, {@code from} to {@code to} inclusive ("41000-41100" in the data, shown as
 * "41000–41100"); {@code range} is false for a single port ({@code from == to}). {@code location} is where the value
 * stands in its file; it is not part of equality (the same ports written at two places are the same ports).
 */
public record PortRange(int from, int to, boolean range, Location location) {
    public static PortRange of(int port) {
        return new PortRange(port, port, false, null);
    }

    public static PortRange of(int from, int to) {
        return new PortRange(from, to, true, null);
    }

    public boolean single() {
        return !range;
    }

    public boolean covers(int port) {
        return port >= from && port <= to;
    }

    /** "25", "41000–41100" (en dash), as every output shows it. */
    public String label() {
        return single() ? String.valueOf(from) : from + "\u2013" + to;
    }

    /** "25", "41000-41100": as the data writes it (and the filter script reads it). */
    public String key() {
        return single() ? String.valueOf(from) : from + "-" + to;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortRange r && r.from == from && r.to == to && r.range == range;
    }

    @Override
    public int hashCode() {
        return 31 * from + to;
    }
}
