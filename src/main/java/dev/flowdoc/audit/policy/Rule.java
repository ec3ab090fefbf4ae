package dev.flowdoc.audit.policy;

/** One rule: what it matches, what it does then, and where it stands (for the report). */
public record Rule(Match match, Verdict verdict, Origin origin) {
    public Rule {
        java.util.Objects.requireNonNull(match);
        java.util.Objects.requireNonNull(verdict);
        java.util.Objects.requireNonNull(origin);
    }
}
