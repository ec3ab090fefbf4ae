package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Option;
import dev.flowdoc.model.Project;

/** An option's "requires" names other options, never the option itself. */
final class OptionsDoNotRequireThemselves implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        for (Option o : project.deployment().options()) {
            if (o.requires().refs().anyMatch(r -> r.id().equals(o.id()))) {
                problems.error(o.location(), "option '" + o.id() + "' requires itself", "name other options in 'requires'");
            }
        }
    }
}
