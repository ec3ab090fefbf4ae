package dev.flowdoc.site;

import dev.flowdoc.model.Location;
import dev.flowdoc.validate.Problems;
import java.util.List;
import java.util.function.Function;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/** Turns what Asciidoctor logged while converting into problems with file and line. */
final class AsciidoctorLog {
    private AsciidoctorLog() {}

    static void report(List<LogRecord> records, Function<LogRecord, String> fileOf, Problems problems) {
        for (LogRecord r : records) {
            Location where = r.getCursor() == null || r.getCursor().getLineNumber() <= 0 ? Location.of(fileOf.apply(r))
                    : new Location(fileOf.apply(r), r.getCursor().getLineNumber(), 1);
            if (r.getSeverity().ordinal() >= Severity.ERROR.ordinal()) {
                problems.error(where, "asciidoctor: " + r.getMessage());
            } else if (r.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
                problems.warning(where, "asciidoctor: " + r.getMessage());
            }
        }
    }
}
