package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Requirement;
import dev.flowdoc.model.Text;

/** "conditional" names its case in requiredWhen; requiredWhen appears with "conditional" only. */
final class RequiredWhenMatchesRequirement implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        for (Group g : project.groups()) {
            check(g.requirement(), g.requiredWhen(), "group '" + g.id() + "'", g.location(), problems);
            for (Flow f : g.flows()) {
                if (f.requirement() != null || f.requiredWhen() != null) {
                    check(f.requirement(), f.requiredWhen(), "flow '" + f.id() + "'", f.location(), problems);
                }
            }
        }
    }

    private static void check(Requirement level, Text when, String entry, Location where, Problems problems) {
        if (level == Requirement.CONDITIONAL && when == null) {
            problems.error(where, entry + ": requirement 'conditional' needs 'requiredWhen'",
                    "say when it is required, e.g. {\"de\": \"im Cluster zwingend\", \"en\": \"mandatory in a cluster\"}");
        } else if (level != Requirement.CONDITIONAL && when != null) {
            problems.error(when.location(), entry + ": 'requiredWhen' is given but the requirement is "
                    + (level == null ? "not set" : "'" + level.key() + "'"), "set \"requirement\": \"conditional\" or remove 'requiredWhen'");
        }
    }
}
