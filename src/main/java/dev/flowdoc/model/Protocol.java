package dev.flowdoc.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A protocol of a flow; shown as {@link #label()}, never translated. Only TCP and UDP have ports. */
public enum Protocol {
    TCP("TCP", true, false),
    UDP("UDP", true, false),
    ICMP("ICMP", false, true),
    ICMPV6("ICMPv6", false, true),
    ESP("ESP", false, false),
    GRE("GRE", false, false);

    private final String label;
    private final boolean ports;
    private final boolean types;

    Protocol(String label, boolean ports, boolean types) {
        this.label = label;
        this.ports = ports;
        this.types = types;
    }

    /** The name in the data (lower case) and in exports' keys. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How a reader sees it: "TCP", "ICMPv6". */
    public String label() {
        return label;
    }

    /** True for TCP and UDP, which name ports; ICMP, ESP and GRE have none. */
    public boolean hasPorts() {
        return ports;
    }

    /** True for ICMP and ICMPv6, which may name message types ("icmpTypes"). */
    public boolean hasTypes() {
        return types;
    }

    /** The protocol named in any case: "TCP", "tcp", "IcmpV6". */
    public static Optional<Protocol> parse(String name) {
        return Arrays.stream(values()).filter(p -> p.key().equalsIgnoreCase(name)).findFirst();
    }
}
