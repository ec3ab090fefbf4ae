package dev.flowdoc.diag;

import dev.flowdoc.model.Location;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects problems from every stage so that a writer sees all of them at once. */
public final class Problems {
    /** In the order added (a set: the same problem found twice is reported once, and looking it up stays cheap at thousands). */
    private final Set<Problem> added = new LinkedHashSet<>();
    private long errors;

    public void error(Location where, String message) {
        add(new Problem(where, Severity.ERROR, message, null));
    }

    public void error(Location where, String message, String hint) {
        add(new Problem(where, Severity.ERROR, message, hint));
    }

    public void warning(Location where, String message) {
        add(new Problem(where, Severity.WARNING, message, null));
    }

    public void warning(Location where, String message, String hint) {
        add(new Problem(where, Severity.WARNING, message, hint));
    }

    public synchronized void add(Problem p) {
        if (added.add(p) && p.isError()) {
            errors++;
        }
    }

    public synchronized void addAll(Problems other) {
        other.all().forEach(this::add);
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    public synchronized long errorCount() {
        return errors;
    }

    public synchronized long warningCount() {
        return added.size() - errorCount();
    }

    /** Every problem, sorted by file, line and column. */
    public synchronized List<Problem> all() {
        return added.stream().sorted(Problem.ORDER).toList();
    }

    public synchronized boolean isEmpty() {
        return added.isEmpty();
    }
}
