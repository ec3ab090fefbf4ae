package dev.flowdoc.audit.policy;

/**
 * A part of a rule the reader could not evaluate: a match it does not know ({@code meta mark 0x1}), an object it
 * cannot resolve (an address group not defined in the export), a setting whose effect it cannot judge.
 * {@code text}: the words as written; {@code why}: one short sentence. A rule with one is never guessed: every flow
 * it might decide is unknown, and the report names the rule and this text.
 */
public record Unresolved(String text, String why) {
    @Override
    public String toString() {
        return text + " (" + why + ")";
    }
}
