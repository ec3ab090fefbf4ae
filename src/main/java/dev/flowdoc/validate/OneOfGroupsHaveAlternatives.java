package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Project;

/** Error: a group marked {@code "oneOf": true} ("exactly one of these paths") needs at least two flows to choose from. */
final class OneOfGroupsHaveAlternatives implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        for (Group g : project.groups()) {
            if (g.oneOf() && g.flows().size() < 2) {
                problems.error(g.location(), "group '" + g.id() + "' has \"oneOf\": true (exactly one of its flows is needed) but "
                        + (g.flows().isEmpty() ? "no flow" : "only one flow, '" + g.flows().get(0).id() + "'"),
                        "add the alternative flows to the group, or remove \"oneOf\"");
            }
        }
    }
}
