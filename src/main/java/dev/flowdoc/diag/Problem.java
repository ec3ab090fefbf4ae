package dev.flowdoc.diag;

import dev.flowdoc.model.Location;
import java.util.Comparator;

/** One finding, printed compiler style: {@code data/flows.json:12:17: error: message; hint}. */
public record Problem(Location location, Severity severity, String message, String hint) {
    public static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.location().file())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column())
            .thenComparing(Problem::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String format() {
        String where = location.line() > 0
                ? location.file() + ":" + location.line() + ":" + location.column()
                : location.file();
        return where + ": " + severity.label() + ": " + message + (hint == null ? "" : "; " + hint);
    }

    @Override
    public String toString() {
        return format();
    }
}
