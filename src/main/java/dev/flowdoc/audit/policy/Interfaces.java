package dev.flowdoc.audit.policy;

import java.util.List;

/**
 * Interfaces or zones a rule matches on one side: nftables {@code iifname}/{@code oifname}, FortiGate
 * {@code srcintf}/{@code dstintf}, PAN-OS {@code from}/{@code to} zones. {@code names} empty: any. The evaluator
 * compares them with the zone map of the address file (flowdoc's zone key → the firewall's zone or interface name);
 * a zone it has no name for makes a restricted rule unknown, never guessed. An nftables wildcard ("eth*") stays as
 * written.
 */
public record Interfaces(List<String> names, boolean negated) {
    public static final Interfaces ANY = new Interfaces(List.of(), false);

    public Interfaces {
        names = List.copyOf(names);
    }

    public static Interfaces of(List<String> names) {
        return new Interfaces(names, false);
    }

    public boolean any() {
        return names.isEmpty() || names.contains("any");
    }

    @Override
    public String toString() {
        return any() ? "any" : (negated ? "not " : "") + String.join(",", names);
    }
}
