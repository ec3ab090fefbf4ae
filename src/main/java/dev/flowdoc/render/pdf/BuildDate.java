package dev.flowdoc.render.pdf;

import dev.flowdoc.model.Project;
import dev.flowdoc.model.Release;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The date written into a PDF, never the clock, so that the same data gives the same bytes:
 * SOURCE_DATE_EPOCH (seconds) if set, else the date of the newest release that has one, else 2000-01-01.
 */
public final class BuildDate {
    static final Instant FALLBACK = Instant.parse("2000-01-01T00:00:00Z");

    private BuildDate() {}

    public static Instant of(Project project) {
        return of(project, System.getenv());
    }

    static Instant of(Project project, Map<String, String> env) {
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.trim().matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
        }
        var releases = project.product().releases();
        for (int i = releases.size() - 1; i >= 0; i--) {
            Release r = releases.get(i);
            if (r.date() != null && r.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(r.date()).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
        return FALLBACK;
    }
}
