package dev.flowdoc.validate;

import dev.flowdoc.diag.Problem;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Severity;

import dev.flowdoc.model.Translation;
import dev.flowdoc.model.TranslationState;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ProjectTexts;
import dev.flowdoc.model.Text;

/**
 * English texts translate the current German: a stale translation (the German changed since, its
 * fingerprint "src" differs) or a missing one (no "src" recorded) is a warning, an error under --strict.
 */
public final class TranslationsCurrent implements Validator.Rule {
    static final String STALE = ": the English translation is stale (the German changed since it was translated)";
    static final String MISSING = ": no translation recorded (the text has no \"src\" fingerprint)";

    private final Severity severity;

    TranslationsCurrent(Severity severity) {
        this.severity = severity;
    }

    /** The state a problem of this rule reports (STALE or MISSING); empty for any other problem. */
    public static java.util.Optional<TranslationState> stateOf(Problem problem) {
        if (problem.message().endsWith(STALE)) {
            return java.util.Optional.of(TranslationState.STALE);
        }
        return problem.message().endsWith(MISSING) ? java.util.Optional.of(TranslationState.MISSING) : java.util.Optional.empty();
    }

    /**
     * What to do when no text of the project has a translation recorded (a project written in both languages by
     * hand, or by a flowdoc without fingerprints): record them all at once.
     */
    public static final String NEVER_RECORDED = "no text of this project has a translation recorded yet: if the English is right as it"
            + " stands, record all of it once with 'flowdoc i18n mark-current --all' (it writes each German's fingerprint as"
            + " \"src\" beside the English and changes no text; from then on an English turns stale when its German changes)";

    /** Whether {@code problem} says {@link #NEVER_RECORDED}. */
    public static boolean neverRecorded(Problem problem) {
        return NEVER_RECORDED.equals(problem.hint());
    }

    @Override
    public void check(Project project, Problems problems) {
        boolean neverRecorded = project.texts().all().stream()
                .allMatch(e -> e.text() == null || e.text().src() == null || e.text().src().isEmpty());
        for (ProjectTexts.Entry e : project.texts().all()) {
            check(e, neverRecorded, problems);
        }
    }

    private void check(ProjectTexts.Entry entry, boolean neverRecorded, Problems problems) {
        Text text = entry.text();
        String what = entry.describe();
        if (text == null) {
            return;
        }
        TranslationState state = Translation.state(text);
        String message = switch (state) {
            case STALE -> what + STALE;
            case MISSING -> what + MISSING;
            case CURRENT -> null;
        };
        if (message != null) {
            String hint = neverRecorded ? NEVER_RECORDED : state == TranslationState.STALE
                    ? "check the English against the new German and correct it, then record it with 'flowdoc i18n mark-current --id "
                            + entry.idPath() + "'; or translate it via 'flowdoc i18n export --only-pending' and 'flowdoc i18n import'"
                    : "if the English translates the German, record it with 'flowdoc i18n mark-current --id " + entry.idPath()
                            + "'; or translate it via 'flowdoc i18n export --only-pending' and 'flowdoc i18n import'";
            problems.add(new Problem(text.location(), severity, message, hint));
        }
    }
}
