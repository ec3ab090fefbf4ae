package dev.flowdoc.audit.policy;

/**
 * Where a base chain sees packets. A firewall between the zones judges at {@link #FORWARD}; {@link #INPUT} is what
 * reaches the host running the ruleset itself (the appliance, when the ruleset runs on it); {@link #OUTPUT} what
 * leaves it. The others (prerouting, postrouting, ingress, egress) are kept so a reader loses nothing; the
 * evaluator reads base chains on FORWARD, INPUT and OUTPUT.
 */
public enum Hook {
    PREROUTING, INPUT, FORWARD, OUTPUT, POSTROUTING, INGRESS, EGRESS;

    /** The hook of an nftables hook name ("forward"), or null. */
    public static Hook of(String name) {
        for (Hook h : values()) {
            if (h.name().equalsIgnoreCase(name)) {
                return h;
            }
        }
        return null;
    }
}
