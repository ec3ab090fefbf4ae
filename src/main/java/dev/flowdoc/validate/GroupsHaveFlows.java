package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Group;
import dev.flowdoc.model.Project;

/** Warning: a group without flows documents nothing. */
final class GroupsHaveFlows implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        for (Group g : project.groups()) {
            if (g.flows().isEmpty()) {
                problems.warning(g.location(), "group '" + g.id() + "' has no flows", "add its flows or remove the group");
            }
        }
    }
}
