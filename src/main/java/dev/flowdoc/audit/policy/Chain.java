package dev.flowdoc.audit.policy;

import java.util.List;

/**
 * An ordered list of rules. {@code name}: unique in the policy (nftables: "family table chain", e.g. "inet flowdoc
 * forward"; FortiGate: "firewall policy"; PAN-OS: "rulebase security"). A base chain has a {@code hook}, a
 * {@code priority} (lower runs first; 0 for vendor policies) and {@code policy}, the verdict when no rule decides
 * (ACCEPT or DROP; FortiGate and PAN-OS: DROP, the implicit deny). A regular chain has hook null and policy null:
 * reaching its end returns to the chain that jumped.
 */
public record Chain(String name, Hook hook, int priority, Verdict policy, List<Rule> rules, Origin origin) {
    public Chain {
        rules = List.copyOf(rules);
        if ((hook == null) != (policy == null)) {
            throw new IllegalArgumentException("chain " + name + ": a base chain has a hook and a policy, a regular chain neither");
        }
        if (policy != null && policy.kind() != Verdict.Kind.ACCEPT && !policy.denies()) {
            throw new IllegalArgumentException("chain " + name + ": policy must be accept or drop, not " + policy);
        }
    }

    public boolean isBase() {
        return hook != null;
    }
}
