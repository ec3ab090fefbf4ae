package dev.flowdoc.validate;

import dev.flowdoc.i18n.Translation;
import dev.flowdoc.i18n.TranslationState;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ProjectTexts;
import dev.flowdoc.model.Text;

/**
 * English texts translate the current German: a stale translation (the German changed since, its
 * fingerprint "src" differs) or a missing one (no "src" recorded) is a warning, an error under --strict.
 */
final class TranslationsCurrent implements Validator.Rule {
    private final Severity severity;

    TranslationsCurrent(Severity severity) {
        this.severity = severity;
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
            case STALE -> what + ": the English translation is stale (the German changed since it was translated)";
            case MISSING -> what + ": no translation recorded (the text has no \"src\" fingerprint)";
            case CURRENT -> null;
        };
        if (message != null) {
            problems.add(new Problem(text.location(), severity, message,
                    "translate it via 'flowdoc i18n export --only-pending' and 'flowdoc i18n import', or after checking"
                            + " the English run 'flowdoc i18n mark-current --id PATH' ('flowdoc i18n status' lists the paths)"));
        }
    }
}
