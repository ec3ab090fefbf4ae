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
                        hint(project, g));
            }
        }
    }

    /** The hint in the project's own words: the options of the group's flows, and the options that could require them. */
    static String hint(Project project, Group g) {
        java.util.List<String> guards = g.flows().stream().flatMap(f -> g.conditionOf(f).refs()).map(OptionRef::id)
                .distinct().toList();
        java.util.List<String> others = project.deployment().options().stream().map(o -> o.id())
                .filter(id -> !guards.contains(id)).limit(3).toList();
        if (guards.isEmpty()) {
            return "give the group's flows a \"condition\" naming the options they need, then add \"requires\" to the option"
                    + " that makes them mandatory";
        }
        String requires = guards.size() == 1 ? "{\"option\": \"" + guards.get(0) + "\"}"
                : "{\"any\": [" + guards.stream().map(id -> "{\"option\": \"" + id + "\"}").collect(Collectors.joining(", ")) + "]}";
        return "add \"requires\": " + requires + " to the option that makes these flows mandatory"
                + (others.isEmpty() ? "" : " (one of " + String.join(", ", others) + (others.size() < project.deployment().options().size() - guards.size() ? ", …" : "") + ")");
    }

    private static boolean forcedByAnOption(Project project, Group g) {
        Set<String> guards = g.flows().stream().flatMap(f -> g.conditionOf(f).refs()).map(OptionRef::id)
                .collect(Collectors.toSet());
        return project.deployment().options().stream().anyMatch(o -> o.requires().refs().anyMatch(r -> guards.contains(r.id())));
    }
}
