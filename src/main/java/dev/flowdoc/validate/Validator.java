package dev.flowdoc.validate;

import dev.flowdoc.model.Project;
import java.util.List;

/** Runs every rule over a loaded project. Rules only read the model; none renders or reparses. */
public final class Validator {
    private final List<Rule> rules;

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules for data/: ids, references, texts, versions, requirements, unused entries. */
    public static Validator forData() {
        return new Validator(List.of(new UniqueIds(), new References(), new Texts(), new Versions(),
                new Requirements(), new Unused(), new Conditions(), new Profiles()));
    }

    public Problems validate(Project project) {
        Problems problems = new Problems();
        for (Rule rule : rules) {
            rule.check(project, problems);
        }
        return problems;
    }

    /** One concern of validation. */
    public interface Rule {
        void check(Project project, Problems problems);
    }
}
