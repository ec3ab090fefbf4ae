package dev.flowdoc.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Which groups and flows name each admin-UI menu entry (in their texts or as the place of their proxy). */
public final class MenuUsage {
    /** A group or flow that names a menu entry. */
    public record User(RefKind kind, String id) {}

    private MenuUsage() {}

    /** Menu id → its users, in the order of data/flows.json; entries nothing names are absent. */
    public static Map<String, List<User>> of(Project project) {
        Map<String, Set<User>> users = new LinkedHashMap<>();
        for (Group g : project.groups()) {
            User group = new User(RefKind.GROUP, g.id());
            Stream.concat(Stream.of(g.title(), g.requiredWhen()), g.notes().stream()).forEach(t -> collect(t, group, users));
            for (Flow f : g.flows()) {
                User flow = new User(RefKind.FLOW, f.id());
                collect(f.description(), flow, users);
                collect(f.requiredWhen(), flow, users);
                f.changes().forEach(c -> collect(c.note(), flow, users));
                if (f.proxy() != null && f.proxy().menu() != null) {
                    users.computeIfAbsent(f.proxy().menu(), k -> new LinkedHashSet<>()).add(flow);
                }
            }
        }
        Map<String, List<User>> ordered = new LinkedHashMap<>();
        for (MenuEntry m : project.menu()) {
            if (users.containsKey(m.id())) {
                ordered.put(m.id(), new ArrayList<>(users.get(m.id())));
            }
        }
        return ordered;
    }

    /** Every menu id the project names anywhere: in any text a reader sees, or as the place of a proxy. */
    public static Set<String> named(Project project) {
        Set<String> ids = new LinkedHashSet<>(of(project).keySet());
        ProjectTexts.of(project).forEach(e -> ids.addAll(menuIds(e.text())));
        return ids;
    }

    private static void collect(Text text, User user, Map<String, Set<User>> users) {
        menuIds(text).forEach(id -> users.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(user));
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
