package dev.flowdoc.audit.policy;

import dev.flowdoc.diag.Problem;
import dev.flowdoc.diag.Severity;
import dev.flowdoc.model.Location;

/**
 * A configuration a reader cannot parse: where (file, line, column) and what it expected there, printed as
 * {@code path:line:col: error: message; hint}. Nothing of the audit is written then.
 */
public final class UnreadablePolicy extends Exception {
    private final transient Problem problem;

    public UnreadablePolicy(Location at, String message, String hint) {
        super(at + ": " + message);
        this.problem = new Problem(at, Severity.ERROR, message, hint);
    }

    public Problem problem() {
        return problem;
    }
}
