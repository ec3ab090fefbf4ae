package dev.flowdoc.validate;

import dev.flowdoc.model.Location;
import java.util.ArrayList;
import java.util.List;

/** Collects problems from every stage so that a writer sees all of them at once. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

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
        if (!list.contains(p)) {
            list.add(p);
        }
    }

    public synchronized void addAll(Problems other) {
        other.all().forEach(this::add);
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public synchronized long errorCount() {
        return list.stream().filter(Problem::isError).count();
    }

    public synchronized long warningCount() {
        return list.size() - errorCount();
    }

    /** Every problem, sorted by file, line and column. */
    public synchronized List<Problem> all() {
        return list.stream().sorted(Problem.ORDER).toList();
    }

    public synchronized boolean isEmpty() {
        return list.isEmpty();
    }
}
