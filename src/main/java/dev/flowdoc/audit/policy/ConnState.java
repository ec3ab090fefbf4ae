package dev.flowdoc.audit.policy;

import java.util.Locale;
import java.util.Set;

/**
 * A connection-tracking match ({@code ct state established,related}). A documented flow is judged by its first
 * packet, which is {@code new}: a rule matching only established/related traffic never opens a flow (it lets the
 * answers through once something else did). {@code states} empty: no state match.
 */
public record ConnState(Set<String> states, boolean negated) {
    public static final ConnState ANY = new ConnState(Set.of(), false);

    public ConnState {
        states = Set.copyOf(states.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    /** True when the first packet of a new connection matches. */
    public boolean matchesNew() {
        return states.isEmpty() || states.contains("new") != negated;
    }

    @Override
    public String toString() {
        return states.isEmpty() ? "any" : (negated ? "not " : "") + String.join(",", states.stream().sorted().toList());
    }
}
