package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Inline;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ProjectTexts;
import dev.flowdoc.model.Text;
import java.util.List;

/** The German and the English of a text name the same inline references ({menu:…}, {flow:…} and friends). */
final class LanguagesNameSameReferences implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        for (ProjectTexts.Entry e : project.texts().all()) {
            Text text = e.text();
            List<String> de = references(text.de());
            List<String> en = references(text.en());
            if (!de.equals(en)) {
                problems.error(text.location(), e.entry() + ": the German and English texts name different references (de: "
                                + de + ", en: " + en + ")",
                        "both languages must refer to the same menu paths, chapters, groups and flows");
            }
        }
    }

    private static List<String> references(String text) {
        return Inline.refs(text).stream().map(r -> "{" + r.kind().key() + ":" + r.id() + "}").sorted().toList();
    }
}
