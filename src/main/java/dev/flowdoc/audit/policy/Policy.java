package dev.flowdoc.audit.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A firewall's policy as a reader understood it: its chains (see {@link Chain}), {@code format} the reader's key
 * ("nftables", "fortigate", "panos") and {@code file} as the user named it.
 */
public record Policy(String format, String file, List<Chain> chains) {
    public Policy {
        chains = List.copyOf(chains);
        long distinct = chains.stream().map(Chain::name).distinct().count();
        if (distinct != chains.size()) {
            throw new IllegalArgumentException("chain names must be unique in a policy");
        }
    }

    public Optional<Chain> chain(String name) {
        return chains.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The base chains on {@code hook}, in the order they see a packet (priority, then as read). */
    public List<Chain> baseChains(Hook hook) {
        return chains.stream().filter(c -> c.hook() == hook).sorted(Comparator.comparingInt(Chain::priority)).toList();
    }

    /** Every rule of every chain, in order (for "open beyond the documentation"). */
    public List<Rule> rules() {
        return chains.stream().flatMap(c -> c.rules().stream()).toList();
    }
}
