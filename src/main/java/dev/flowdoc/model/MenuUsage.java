package dev.flowdoc.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which groups and flows name each admin-UI menu entry (in their texts or as the place of their proxy), and which
 * entries the pages name ({@code menupath:ID[]}): those have a row on the page of menu paths too, so that the
 * page's link leads somewhere, and count as referenced.
 */
public final class MenuUsage {
    /** A group or flow that names a menu entry. */
    public record User(RefKind kind, String id) {}

    private MenuUsage() {}

    /** Menu id → its users, in the order of data/flows.json; entries nothing names are absent. */
    public static Map<String, List<User>> of(Project project) {
        return of(project, Content.empty());
    }

    /**
     * The same, with the entries the pages name: in menu order; an entry only a page names has no group or flow
     * among its users.
     */
    public static Map<String, List<User>> of(Project project, Content content) {
        Set<String> inPages = inPages(content);
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
            } else if (inPages.contains(m.id())) {
                ordered.put(m.id(), List.of());
            }
        }
        return ordered;
    }

    /** The menu ids the pages of either language name with {@code menupath:ID[]}. */
    private static Set<String> inPages(Content content) {
        Set<String> ids = new LinkedHashSet<>();
        for (Language language : Language.values()) {
            for (Page page : content.pages(language)) {
                page.macros().stream().filter(m -> !m.block() && m.name().equals("menupath")).forEach(m -> ids.add(m.target()));
            }
        }
        return ids;
    }

    /** Every menu id the project names anywhere: in any text a reader sees, as the place of a proxy, or in a page. */
    public static Set<String> named(Project project, Content content) {
        // what of() lists, without ordering its users: the texts (groups' and flows' among them), proxies and pages
        Set<String> ids = new LinkedHashSet<>();
        project.texts().all().forEach(e -> ids.addAll(menuIds(e.text())));
        project.flows().filter(f -> f.proxy() != null && f.proxy().menu() != null).forEach(f -> ids.add(f.proxy().menu()));
        ids.addAll(inPages(content));
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
