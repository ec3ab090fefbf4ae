package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ProjectTexts;

/** TextsNotBlank are not blank in either language (the schema already refuses empty and missing ones). */
final class TextsNotBlank implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        for (ProjectTexts.Entry e : project.texts().all()) {
            for (Language lang : Language.values()) {
                if (e.text().in(lang).isBlank()) {
                    problems.error(e.text().location(), e.describe() + ": the " + (lang == Language.DE ? "German" : "English")
                            + " text '" + lang.code() + "' is blank", "write the text");
                }
            }
        }
    }
}
