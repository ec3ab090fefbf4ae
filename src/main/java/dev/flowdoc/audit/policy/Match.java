package dev.flowdoc.audit.policy;

import java.util.List;

/**
 * What a rule matches; every part must match. {@code services}: the rule matches a packet of any of them (empty:
 * every protocol and port; {@code servicesNegated}: every other). {@code unresolved}: parts the reader could not
 * evaluate (see {@link Unresolved}); with one, the rule's effect on a flow it might match is unknown.
 */
public record Match(Addresses source, Addresses destination, List<Service> services, boolean servicesNegated,
                    Interfaces in, Interfaces out, ConnState state, List<Unresolved> unresolved) {
    /** Every packet. */
    public static final Match ANY = new Match(Addresses.ANY, Addresses.ANY, List.of(), false, Interfaces.ANY,
            Interfaces.ANY, ConnState.ANY, List.of());

    public Match {
        services = List.copyOf(services);
        unresolved = List.copyOf(unresolved);
    }

    public boolean understood() {
        return unresolved.isEmpty();
    }

    public Match withSource(Addresses a) {
        return new Match(a, destination, services, servicesNegated, in, out, state, unresolved);
    }

    public Match withDestination(Addresses a) {
        return new Match(source, a, services, servicesNegated, in, out, state, unresolved);
    }

    public Match withServices(List<Service> s, boolean negated) {
        return new Match(source, destination, s, negated, in, out, state, unresolved);
    }

    public Match withIn(Interfaces i) {
        return new Match(source, destination, services, servicesNegated, i, out, state, unresolved);
    }

    public Match withOut(Interfaces o) {
        return new Match(source, destination, services, servicesNegated, in, o, state, unresolved);
    }

    public Match withState(ConnState s) {
        return new Match(source, destination, services, servicesNegated, in, out, s, unresolved);
    }

    public Match with(Unresolved u) {
        List<Unresolved> all = new java.util.ArrayList<>(unresolved);
        all.add(u);
        return new Match(source, destination, services, servicesNegated, in, out, state, all);
    }
}
