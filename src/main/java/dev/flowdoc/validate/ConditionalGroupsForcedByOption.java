package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Group;
import dev.flowdoc.model.OptionRef;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Requirement;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Warning: a "conditional" group's case ("im Cluster zwingend") is backed by an option whose "requires" names the
 * options of its flows, so that a profile selecting it gets these flows.
 */
final class ConditionalGroupsForcedByOption implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        if (!OptionalFlowsHaveCondition.describesDeployments(project)) {
            return;
        }
        for (Group g : project.groups()) {
            if (g.requirement() == Requirement.CONDITIONAL && !forcedByAnOption(project, g)) {
                problems.warning(g.location(), "group '" + g.id() + "' is conditional ('" + g.requiredWhen().en()
                                + "') but no option's 'requires' names the options of its flows",
                        "add \"requires\" to the option that makes these flows mandatory (e.g. cluster requires ntp-internet or ntp-internal)");
            }
        }
    }

    private static boolean forcedByAnOption(Project project, Group g) {
        Set<String> guards = g.flows().stream().flatMap(f -> g.conditionOf(f).refs()).map(OptionRef::id)
                .collect(Collectors.toSet());
        return project.deployment().options().stream().anyMatch(o -> o.requires().refs().anyMatch(r -> guards.contains(r.id())));
    }
}
