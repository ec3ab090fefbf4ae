package dev.flowdoc.validate;

import dev.flowdoc.model.Group;
import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.MenuUsage;
import dev.flowdoc.model.Project;
import java.util.HashSet;
import java.util.Set;

/** Warnings: menu entries nothing refers to (a section counts as used when an entry below it is), empty groups. */
final class Unused implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        for (Group g : project.groups()) {
            if (g.flows().isEmpty()) {
                problems.warning(g.location(), "group '" + g.id() + "' has no flows", "add its flows or remove the group");
            }
        }
        Set<String> usedMenus = MenuUsage.named(project);
        Set<java.util.List<String>> usedPaths = new HashSet<>();
        for (MenuEntry m : project.menu()) {
            if (usedMenus.contains(m.id())) {
                for (int i = 1; i <= m.path().size(); i++) {
                    usedPaths.add(m.path().subList(0, i));
                }
            }
        }
        for (MenuEntry m : project.menu()) {
            if (!usedPaths.contains(m.path())) {
                problems.warning(m.location(), "menu entry '" + m.id() + "' (" + m.pathLabel() + ") is not referenced",
                        "refer to it with {menu:" + m.id() + "} or remove it");
            }
        }
    }
}
