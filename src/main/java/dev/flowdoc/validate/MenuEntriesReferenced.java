package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.MenuUsage;
import dev.flowdoc.model.Project;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Warning: a menu entry nothing refers to, neither the data nor a page (a section counts as referenced when an entry
 * below it is). A content rule, since a {@code menupath:} in a page is a reference too.
 */
final class MenuEntriesReferenced implements ContentValidator.Rule {
    @Override
    public void check(Project project, Content content, Problems problems) {
        Set<String> usedMenus = MenuUsage.named(project, content);
        Set<List<String>> usedPaths = new HashSet<>();
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
