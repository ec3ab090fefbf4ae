package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Project;
import java.util.HashSet;
import java.util.Set;

/** Every group is shown by some flow table in each language, so that every flow is documented and linkable. */
final class GroupsShownInTables implements ContentValidator.Rule {
    @Override
    public void check(Project project, Content content, Problems problems) {
        for (Language language : Language.values()) {
            if (content.pages(language).isEmpty()) {
                continue;
            }
            Set<String> shown = new HashSet<>();
            for (Page page : content.pages(language)) {
                shown.addAll(Content.groupsShown(page, project));
            }
            for (Group group : project.groups()) {
                if (!shown.contains(group.id())) {
                    problems.error(group.location(), "group '" + group.id() + "' is shown by no flow table in content/"
                                    + language.code() + "/",
                            "add flowtable::all[] or flowtable::" + group.id() + "[] to a page of content/" + language.code() + "/");
                }
            }
        }
    }
}
