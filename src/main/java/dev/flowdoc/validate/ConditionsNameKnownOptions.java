package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;

import dev.flowdoc.model.Condition;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Option;
import dev.flowdoc.model.Project;
import java.util.List;

/** The conditions of flows (their own or their group's) and the "requires" of options name options of data/options.json. */
final class ConditionsNameKnownOptions implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        List<String> known = project.deployment().options().stream().map(Option::id).toList();
        for (Option o : project.deployment().options()) {
            known(o.requires(), "option '" + o.id() + "' requires", known, problems);
        }
        for (Group g : project.groups()) {
            for (Flow f : g.flows()) {
                known(g.conditionOf(f), "flow '" + f.id() + "' condition", known, problems);
            }
        }
    }

    private static void known(Condition c, String what, List<String> known, Problems problems) {
        c.refs().filter(r -> !known.contains(r.id())).forEach(r -> problems.error(r.location(),
                what + ": unknown option '" + r.id() + "'",
                Suggest.didYouMean(r.id(), known, "define it in data/options.json or correct the id")));
    }
}
