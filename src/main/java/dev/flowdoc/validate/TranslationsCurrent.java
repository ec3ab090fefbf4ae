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

    @Override
    public void check(Project project, Problems problems) {
        for (ProjectTexts.Entry e : project.texts().all()) {
            check(e.text(), e.describe(), problems);
        }
    }

    private void check(Text text, String what, Problems problems) {
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
            problems.add(new Problem(text.location(), severity, message,
                    "translate it via 'flowdoc i18n export --only-pending' and 'flowdoc i18n import', or after checking"
                            + " the English run 'flowdoc i18n mark-current --id PATH' ('flowdoc i18n status' lists the paths)"));
        }
    }
}
