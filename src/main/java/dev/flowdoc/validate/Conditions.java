package dev.flowdoc.validate;

import dev.flowdoc.model.Condition;
import dev.flowdoc.model.Deployment;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Option;
import dev.flowdoc.model.OptionRef;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Requirement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Conditions name known options; optional flows have a condition (else every checklist would list them);
 * a "conditional" group's case is backed by an option that requires its flows; unused options are reported.
 */
final class Conditions implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        Deployment d = project.deployment();
        if (d.options().isEmpty() && d.profiles().isEmpty() && noConditions(project)) {
            return;
        }
        List<String> known = d.options().stream().map(Option::id).toList();
        Map<String, OptionRef> first = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Option o : d.options()) {
            OptionRef earlier = first.putIfAbsent(o.id(), new OptionRef(o.id(), o.location()));
            if (earlier != null) {
                problems.error(o.location(), "duplicate option id '" + o.id() + "'",
                        "first defined at " + earlier.location() + "; give this option its own id");
            }
            known(o.requires(), "option '" + o.id() + "' requires", known, problems);
            o.requires().refs().forEach(r -> used.add(r.id()));
            if (o.requires().refs().anyMatch(r -> r.id().equals(o.id()))) {
                problems.error(o.location(), "option '" + o.id() + "' requires itself", "name other options in 'requires'");
            }
        }
        for (Group g : project.groups()) {
            for (Flow f : g.flows()) {
                Condition c = g.conditionOf(f);
                known(c, "flow '" + f.id() + "' condition", known, problems);
                c.refs().forEach(r -> used.add(r.id()));
                Requirement level = g.requirementOf(f);
                if (level != Requirement.REQUIRED && c instanceof Condition.Always) {
                    problems.error(f.location(), "flow '" + f.id() + "' is " + level.key() + " but has no condition, so every checklist would list it",
                            "add \"condition\": {\"option\": ID} to the flow or its group, with an id of data/options.json");
                }
            }
            if (g.requirement() == Requirement.CONDITIONAL && !forcedByAnOption(project, g)) {
                problems.warning(g.location(), "group '" + g.id() + "' is conditional ('" + g.requiredWhen().en()
                                + "') but no option's 'requires' names the options of its flows",
                        "add \"requires\" to the option that makes these flows mandatory (e.g. cluster requires ntp-internet or ntp-internal)");
            }
        }
        for (Option o : d.options()) {
            if (!used.contains(o.id())) {
                problems.warning(o.location(), "option '" + o.id() + "' decides no flow",
                        "name it in a condition in data/flows.json or remove it");
            }
        }
    }

    private static boolean forcedByAnOption(Project project, Group g) {
        Set<String> guards = g.flows().stream().flatMap(f -> g.conditionOf(f).refs()).map(OptionRef::id)
                .collect(Collectors.toSet());
        return project.deployment().options().stream().anyMatch(o -> o.requires().refs().anyMatch(r -> guards.contains(r.id())));
    }

    private static boolean noConditions(Project project) {
        return project.groups().stream().allMatch(g -> g.condition() instanceof Condition.Always
                && g.flows().stream().allMatch(f -> f.condition() instanceof Condition.Always));
    }

    private static void known(Condition c, String what, List<String> known, Problems problems) {
        c.refs().filter(r -> !known.contains(r.id())).forEach(r -> problems.error(r.location(),
                what + ": unknown option '" + r.id() + "'",
                hintOr(Suggest.didYouMean(r.id(), known), "define it in data/options.json or correct the id")));
    }

    static String hintOr(String hint, String fallback) {
        return hint != null ? hint : fallback;
    }
}
