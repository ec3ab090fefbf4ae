package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Chapter;
import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.Option;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Zone;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Ids are unique per kind: they make anchors, export keys and references. */
final class IdsUnique implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        unique("zone", project.zones(), Zone::id, Zone::location, problems);
        unique("endpoint", project.endpoints(), Endpoint::id, Endpoint::location, problems);
        unique("menu entry", project.menu(), MenuEntry::id, MenuEntry::location, problems);
        unique("chapter", project.chapters(), Chapter::id, Chapter::location, problems);
        unique("group", project.groups(), Group::id, Group::location, problems);
        unique("flow", project.flows().toList(), Flow::id, Flow::location, problems);
        unique("option", project.deployment().options(), Option::id, Option::location, problems);
    }

    private static <T> void unique(String kind, List<T> items, Function<T, String> id, Function<T, Location> where,
                                   Problems problems) {
        Map<String, Location> first = new HashMap<>();
        for (T item : items) {
            Location earlier = first.putIfAbsent(id.apply(item), where.apply(item));
            if (earlier != null) {
                problems.error(where.apply(item), "duplicate " + kind + " id '" + id.apply(item) + "'",
                        "first defined at " + earlier + "; give this " + kind + " its own id");
            }
        }
    }
}
