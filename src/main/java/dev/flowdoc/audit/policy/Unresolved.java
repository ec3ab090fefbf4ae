package dev.flowdoc.audit.policy;

/**
 * A part of a rule the reader could not evaluate: a match it does not know ({@code meta mark 0x1}), an object it
 * cannot resolve (an address group not defined in the export), a setting whose effect it cannot judge.
 * {@code text}: the words as written; {@code why}: one short sentence, as a bundle key ({@code audit.why.*}) and its
 * arguments, which the report says in its language. A rule with one is never guessed: every flow it might decide is
 * unknown, and the report names the rule and this text.
 */
public record Unresolved(String text, Said why) {
    /** {@code why} as the key {@code audit.why.<reason>} with {@code args}. */
    public Unresolved(String text, String reason, Object... args) {
        this(text, Said.of("audit.why." + reason, args));
    }

    @Override
    public String toString() {
        return text + " (" + why + ")";
    }
}
