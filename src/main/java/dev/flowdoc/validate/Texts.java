package dev.flowdoc.validate;

import dev.flowdoc.model.Chapter;
import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Text;

/** Texts are not blank in either language (the schema already refuses empty and missing ones). */
final class Texts implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        for (Endpoint e : project.endpoints()) {
            check(e.label(), "endpoint '" + e.id() + "' label", problems);
        }
        for (Chapter c : project.chapters()) {
            check(c.title(), "chapter '" + c.id() + "' title", problems);
        }
        for (Group g : project.groups()) {
            check(g.title(), "group '" + g.id() + "' title", problems);
            check(g.requiredWhen(), "group '" + g.id() + "' requiredWhen", problems);
            g.notes().forEach(n -> check(n, "group '" + g.id() + "' note", problems));
            for (Flow f : g.flows()) {
                check(f.description(), "flow '" + f.id() + "' description", problems);
                check(f.requiredWhen(), "flow '" + f.id() + "' requiredWhen", problems);
            }
        }
    }

    private static void check(Text text, String what, Problems problems) {
        if (text == null) {
            return;
        }
        for (Language lang : Language.values()) {
            if (text.in(lang).isBlank()) {
                problems.error(text.location(), what + ": the " + (lang == Language.DE ? "German" : "English")
                        + " text '" + lang.code() + "' is blank", "write the text");
            }
        }
    }
}
