package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Condition;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Requirement;

/**
 * In a project that describes deployments (options, profiles or conditions), a flow that is not required has a
 * condition (its own or its group's): else every checklist would list it.
 */
final class OptionalFlowsHaveCondition implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        if (!describesDeployments(project)) {
            return;
        }
        for (Group g : project.groups()) {
            for (Flow f : g.flows()) {
                Requirement level = g.requirementOf(f);
                if (level != Requirement.REQUIRED && g.conditionOf(f) instanceof Condition.Always) {
                    problems.error(f.location(), "flow '" + f.id() + "' is " + level.key() + " but has no condition, so every checklist would list it",
                            "add \"condition\": {\"option\": ID} to the flow or its group, with an id of data/options.json");
                }
            }
        }
    }

    /** True when the project has options, profiles or a condition on a group or flow. */
    static boolean describesDeployments(Project project) {
        return !project.deployment().options().isEmpty() || !project.deployment().profiles().isEmpty()
                || project.groups().stream().anyMatch(g -> !(g.condition() instanceof Condition.Always)
                        || g.flows().stream().anyMatch(f -> !(f.condition() instanceof Condition.Always)));
    }
}
