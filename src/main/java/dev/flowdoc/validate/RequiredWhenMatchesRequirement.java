package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Requirement;

/**
 * One rule for requirements: a flow inherits its group's requirement unless it sets its own. A flow's effective
 * requirement "conditional" needs a case (its own {@code requiredWhen} or the conditional group's), and
 * {@code requiredWhen} is only given where the effective requirement is "conditional", written or inherited.
 */
final class RequiredWhenMatchesRequirement implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        for (Group g : project.groups()) {
            if (g.requirement() == Requirement.CONDITIONAL && g.requiredWhen() == null) {
                problems.error(g.location(), "group '" + g.id() + "': requirement 'conditional' needs 'requiredWhen'",
                        "say when it is required, e.g. {\"de\": \"im Cluster zwingend\", \"en\": \"mandatory in a cluster\"}");
            } else if (g.requirement() != Requirement.CONDITIONAL && g.requiredWhen() != null) {
                problems.error(g.requiredWhen().location(), "group '" + g.id() + "': 'requiredWhen' is given but the "
                        + "requirement is " + level(g.requirement()), "set \"requirement\": \"conditional\" or remove 'requiredWhen'");
            }
            for (Flow f : g.flows()) {
                Requirement level = g.requirementOf(f);
                String entry = "flow '" + f.id() + "'";
                // a conditional group without its case is reported once, above
                if (level == Requirement.CONDITIONAL && g.requiredWhenOf(f) == null
                        && g.requirement() != Requirement.CONDITIONAL) {
                    problems.error(f.location(), entry + ": requirement 'conditional' needs 'requiredWhen'",
                            "say when it is required, on the flow or on its group, e.g. {\"de\": \"im Cluster zwingend\","
                                    + " \"en\": \"mandatory in a cluster\"}");
                } else if (level != Requirement.CONDITIONAL && f.requiredWhen() != null) {
                    String why = f.requirement() != null ? level(level)
                            : level(level) + ", inherited from group '" + g.id() + "'";
                    problems.error(f.requiredWhen().location(), entry + ": 'requiredWhen' is given but the requirement is "
                            + why, "set \"requirement\": \"conditional\" on the flow or its group, or remove 'requiredWhen'");
                }
            }
        }
    }

    private static String level(Requirement level) {
        return level == null ? "not set" : "'" + level.key() + "'";
    }
}
