package dev.flowdoc.validate;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Inline;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ProjectTexts;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.model.Text;
import java.util.HashSet;
import java.util.Set;

/** Warnings: menu entries nothing refers to (a section counts as used when an entry below it is), empty groups. */
final class Unused implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        Set<String> usedMenus = new HashSet<>();
        for (Group g : project.groups()) {
            if (g.flows().isEmpty()) {
                problems.warning(g.location(), "group '" + g.id() + "' has no flows", "add its flows or remove the group");
            }
            for (Flow f : g.flows()) {
                if (f.proxy() != null && f.proxy().menu() != null) {
                    usedMenus.add(f.proxy().menu());
                }
            }
        }
        ProjectTexts.of(project).forEach(e -> collect(e.text(), usedMenus));
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

    private static void collect(Text text, Set<String> used) {
        if (text == null) {
            return;
        }
        for (Language lang : Language.values()) {
            Inline.refs(text.in(lang)).stream().filter(r -> r.kind() == RefKind.MENU).forEach(r -> used.add(r.id()));
        }
    }
}
