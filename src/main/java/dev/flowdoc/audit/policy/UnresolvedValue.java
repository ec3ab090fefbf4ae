package dev.flowdoc.audit.policy;

/** A value of a match a reader cannot read (a port, an address, a named set); the reader makes it an {@link Unresolved}. */
public final class UnresolvedValue extends IllegalArgumentException {
    private final transient Said why;

    /** {@code why} as the key {@code audit.why.<reason>} with {@code args}. */
    public UnresolvedValue(String reason, Object... args) {
        super(Said.of("audit.why." + reason, args).toString());
        this.why = Said.of("audit.why." + reason, args);
    }

    public Said why() {
        return why;
    }

    /** The reason of any exception a value gave: its own, or that flowdoc cannot read the value. */
    public static Said of(IllegalArgumentException e) {
        return e instanceof UnresolvedValue u ? u.why() : Said.of("audit.why.value");
    }
}
