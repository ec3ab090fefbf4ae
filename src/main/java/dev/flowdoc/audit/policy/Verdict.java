package dev.flowdoc.audit.policy;

/**
 * What a rule does with a packet it matches. ACCEPT lets it through (at this hook; nftables: other base chains on
 * the same hook still judge it); DROP and REJECT stop it; JUMP and GOTO continue in {@code target} (a chain's full
 * name, see {@link Chain#name}), JUMP coming back on RETURN or at the end of the target; RETURN leaves the chain;
 * CONTINUE: no verdict (counter, log), the next rule judges.
 */
public record Verdict(Kind kind, String target) {
    public enum Kind { ACCEPT, DROP, REJECT, JUMP, GOTO, RETURN, CONTINUE }

    public static final Verdict ACCEPT = new Verdict(Kind.ACCEPT, null);
    public static final Verdict DROP = new Verdict(Kind.DROP, null);
    public static final Verdict REJECT = new Verdict(Kind.REJECT, null);
    public static final Verdict RETURN = new Verdict(Kind.RETURN, null);
    public static final Verdict CONTINUE = new Verdict(Kind.CONTINUE, null);

    public Verdict {
        if ((kind == Kind.JUMP || kind == Kind.GOTO) != (target != null)) {
            throw new IllegalArgumentException(kind + (target == null ? " needs a target chain" : " takes no target"));
        }
    }

    public static Verdict jump(String chain) {
        return new Verdict(Kind.JUMP, chain);
    }

    public static Verdict goTo(String chain) {
        return new Verdict(Kind.GOTO, chain);
    }

    /** True for DROP and REJECT. */
    public boolean denies() {
        return kind == Kind.DROP || kind == Kind.REJECT;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + (target == null ? "" : " " + target);
    }
}
