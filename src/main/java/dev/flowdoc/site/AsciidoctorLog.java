package dev.flowdoc.site;

import dev.flowdoc.model.Location;
import dev.flowdoc.diag.Problems;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/** Turns what Asciidoctor logged while converting into problems with file and line. */
final class AsciidoctorLog {
    private AsciidoctorLog() {}

    /** The warnings and errors among {@code records}, as the build cache keeps them (lesser records say nothing). */
    static List<Memo.Logged> logged(List<LogRecord> records) {
        List<Memo.Logged> out = new ArrayList<>();
        for (LogRecord r : records) {
            int line = r.getCursor() == null ? 0 : Math.max(0, r.getCursor().getLineNumber());
            if (r.getSeverity().ordinal() >= Severity.ERROR.ordinal()) {
                out.add(new Memo.Logged(true, line, r.getMessage()));
            } else if (r.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
                out.add(new Memo.Logged(false, line, r.getMessage()));
            }
        }
        return out;
    }

    static void report(List<Memo.Logged> records, String file, Problems problems) {
        for (Memo.Logged r : records) {
            Location where = r.line() <= 0 ? Location.of(file) : new Location(file, r.line(), 1);
            if (r.error()) {
                problems.error(where, "asciidoctor: " + r.message());
            } else {
                problems.warning(where, "asciidoctor: " + r.message());
            }
        }
    }
}
