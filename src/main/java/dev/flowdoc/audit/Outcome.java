package dev.flowdoc.audit;

import dev.flowdoc.audit.policy.Origin;
import dev.flowdoc.audit.policy.Unresolved;

/**
 * What the policy does with a {@link Probe}: ACCEPT, DENY or UNKNOWN, and the rule (or chain policy) that decided;
 * for UNKNOWN the part of that rule flowdoc could not evaluate. {@code rule} is null when no chain looks at the
 * traffic at all (nftables without a base chain on the hook: the kernel lets it through).
 */
record Outcome(Kind kind, Origin rule, Unresolved why) {
    enum Kind { ACCEPT, DENY, UNKNOWN }

    static Outcome accept(Origin rule) {
        return new Outcome(Kind.ACCEPT, rule, null);
    }

    static Outcome deny(Origin rule) {
        return new Outcome(Kind.DENY, rule, null);
    }

    static Outcome unknown(Origin rule, Unresolved why) {
        return new Outcome(Kind.UNKNOWN, rule, why);
    }
}
