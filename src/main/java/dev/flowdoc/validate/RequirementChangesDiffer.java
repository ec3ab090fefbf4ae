package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.model.Change;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Requirement;
import java.util.List;

/**
 * A change's {@code requirementBefore} names a requirement other than the one the flow has from that change on (the
 * next change's {@code requirementBefore}, else the flow's own or its group's), and "conditional" before needs a case
 * to show: the group's {@code requiredWhen} (a flow's own is only given while it is conditional).
 */
final class RequirementChangesDiffer implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        for (Group g : project.groups()) {
            for (Flow f : g.flows()) {
                List<Change> changes = f.changes();
                for (int i = 0; i < changes.size(); i++) {
                    Change c = changes.get(i);
                    if (!c.changesRequirement()) {
                        continue;
                    }
                    String what = "flow '" + f.id() + "' change " + c.version();
                    Requirement after = after(g, f, i);
                    if (c.requirementBefore() == after) {
                        String whose = after(changes, i) ? "its next change's 'requirementBefore'"
                                : f.requirement() != null ? "the flow's 'requirement'" : "inherited from group '" + g.id() + "'";
                        problems.error(c.requirementAt(), what + ": 'requirementBefore' is '" + after.key()
                                        + "', the requirement it has from " + c.version() + " on as well (" + whose + ")",
                                "write the requirement it had before " + c.version() + ", or remove 'requirementBefore'");
                    } else if (c.requirementBefore() == Requirement.CONDITIONAL && g.requiredWhenOf(f.withRequirement(Requirement.CONDITIONAL)) == null) {
                        problems.error(c.requirementAt(), what + ": 'requirementBefore' is 'conditional', but no "
                                        + "'requiredWhen' says in which case it was required",
                                "give the group a 'requiredWhen' and make it conditional, or write 'optional'");
                    }
                }
            }
        }
    }

    private static boolean after(List<Change> changes, int index) {
        return changes.subList(index + 1, changes.size()).stream().anyMatch(Change::changesRequirement);
    }

    private static Requirement after(Group g, Flow f, int index) {
        for (Change later : f.changes().subList(index + 1, f.changes().size())) {
            if (later.changesRequirement()) {
                return later.requirementBefore();
            }
        }
        Requirement now = g.requirementOf(f);
        return now == null ? Requirement.REQUIRED : now;
    }
}
