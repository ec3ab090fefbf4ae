package dev.flowdoc.audit.policy;

import dev.flowdoc.model.NetAddress;
import java.util.List;

/**
 * The addresses a rule matches on one side: IPv4/IPv6 addresses, networks and ranges and host names (FQDN objects),
 * as {@link NetAddress}; {@code any} matches every address of both families. {@code negated}: the rule matches every
 * address except these ({@code ip saddr != …}, PAN-OS {@code negate-source}). A family restriction without addresses
 * ({@code meta nfproto ipv4}, a table of family ip) is written as 0.0.0.0/0 (or ::/0).
 */
public record Addresses(List<NetAddress> addresses, boolean any, boolean negated) {
    public static final Addresses ANY = new Addresses(List.of(), true, false);

    public Addresses {
        addresses = List.copyOf(addresses);
        if (any && !addresses.isEmpty()) {
            throw new IllegalArgumentException("'any' lists no addresses");
        }
    }

    public static Addresses of(List<NetAddress> addresses) {
        return new Addresses(addresses, false, false);
    }

    public static Addresses not(List<NetAddress> addresses) {
        return new Addresses(addresses, false, true);
    }

    @Override
    public String toString() {
        if (any) {
            return "any";
        }
        return (negated ? "not " : "") + String.join(",", addresses.stream().map(NetAddress::text).toList());
    }
}
