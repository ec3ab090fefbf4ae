package dev.flowdoc.audit.policy;

/** Destination ports {@code low} to {@code high} (one port: both the same), 0..65535. */
public record PortRange(int low, int high) {
    public static final PortRange ALL = new PortRange(0, 65535);

    public PortRange {
        if (low < 0 || high > 65535 || low > high) {
            throw new IllegalArgumentException("no port range: " + low + "-" + high);
        }
    }

    public static PortRange of(int port) {
        return new PortRange(port, port);
    }

    public boolean contains(int port) {
        return port >= low && port <= high;
    }

    public boolean covers(PortRange other) {
        return low <= other.low && other.high <= high;
    }

    public boolean overlaps(PortRange other) {
        return low <= other.high && other.low <= high;
    }

    @Override
    public String toString() {
        return low == high ? String.valueOf(low) : low + "-" + high;
    }
}
