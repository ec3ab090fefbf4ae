package dev.flowdoc.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which groups and flows name each admin-UI menu entry (in their texts or as the place of their proxy). */
public final class MenuUsage {
    /** A group or flow that names a menu entry. */
    public record User(RefKind kind, String id) {}

    private MenuUsage() {}

    /** Menu id → its users, in the order of data/flows.json; entries nothing names are absent. */
    public static Map<String, List<User>> of(Project project) {
        Map<User, Integer> order = new LinkedHashMap<>();
        for (Group g : project.groups()) {
            order.putIfAbsent(new User(RefKind.GROUP, g.id()), order.size());
            g.flows().forEach(f -> order.putIfAbsent(new User(RefKind.FLOW, f.id()), order.size()));
        }
        Map<String, Set<User>> users = new LinkedHashMap<>();
        for (ProjectTexts.Entry e : project.texts().all()) {
            RefKind kind = e.kind() == EntryKind.GROUP ? RefKind.GROUP : e.kind() == EntryKind.FLOW ? RefKind.FLOW : null;
            if (kind != null) {
                User user = new User(kind, e.id());
                menuIds(e.text()).forEach(id -> users.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(user));
            }
        }
        project.flows().filter(f -> f.proxy() != null && f.proxy().menu() != null).forEach(f -> users
                .computeIfAbsent(f.proxy().menu(), k -> new LinkedHashSet<>()).add(new User(RefKind.FLOW, f.id())));
        Map<String, List<User>> ordered = new LinkedHashMap<>();
        for (MenuEntry m : project.menu()) {
            if (users.containsKey(m.id())) {
                ordered.put(m.id(), users.get(m.id()).stream().sorted(Comparator.comparing(order::get)).toList());
            }
        }
        return ordered;
    }

    /** Every menu id the project names anywhere: in any text a reader sees, or as the place of a proxy. */
    public static Set<String> named(Project project) {
        Set<String> ids = new LinkedHashSet<>(of(project).keySet());
        project.texts().all().forEach(e -> ids.addAll(menuIds(e.text())));
        return ids;
    }

    /** The menu ids a text refers to, in either language. */
    private static Set<String> menuIds(Text text) {
        Set<String> ids = new LinkedHashSet<>();
        if (text != null) {
            for (Language language : Language.values()) {
                for (Inline.Ref ref : Inline.refs(text.in(language))) {
                    if (ref.kind() == RefKind.MENU) {
                        ids.add(ref.id());
                    }
                }
            }
        }
        return ids;
    }
}
