package dev.flowdoc.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The prose pages of both languages, index first, then by name. Also answers where the flow tables put
 * their generated anchors, because links to a flow or group must lead to a page whose table shows it.
 */
public final class Content {
    /** The block macro target that shows every group. */
    public static final String ALL = "all";

    private final Map<Language, List<Page>> pages;

    public Content(Map<Language, List<Page>> pages) {
        Map<Language, List<Page>> copy = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            copy.put(l, List.copyOf(pages.getOrDefault(l, List.of())));
        }
        this.pages = copy;
    }

    public static Content empty() {
        return new Content(Map.of());
    }

    public List<Page> pages(Language language) {
        return pages.get(language);
    }

    public boolean isEmpty() {
        return pages.values().stream().allMatch(List::isEmpty);
    }

    public Optional<Page> page(Language language, String name) {
        return pages(language).stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Ids of the groups the page's flow tables show, in table order. Unknown targets are skipped. */
    public static List<String> groupsShown(Page page, Project project) {
        Set<String> ids = new LinkedHashSet<>();
        for (String target : page.flowTables()) {
            if (target.equals(ALL)) {
                project.groups().forEach(g -> ids.add(g.id()));
            } else {
                project.group(target).ifPresent(g -> ids.add(g.id()));
            }
        }
        return List.copyOf(ids);
    }

    /** Every anchor of the page: the explicit ones and those the flow tables generate. */
    public Set<String> anchorsOf(Page page, Project project) {
        Set<String> ids = new LinkedHashSet<>();
        page.anchors().forEach(a -> ids.add(a.id()));
        for (String groupId : groupsShown(page, project)) {
            Group g = project.group(groupId).orElseThrow();
            ids.add(g.anchor());
            g.flows().forEach(f -> ids.add(f.anchor()));
        }
        if (page.listsMenuPaths()) {
            MenuUsage.of(project, this).keySet().forEach(id -> project.menuEntry(id).ifPresent(m -> ids.add(m.anchor())));
        }
        return ids;
    }

    /** The page that lists the admin-UI menu paths, if the language has one. */
    public Optional<Page> menuPage(Language language) {
        return pages(language).stream().filter(Page::listsMenuPaths).findFirst();
    }

    /**
     * The page a link to the group should lead to: the given page if its tables show the group, else the
     * first page showing the whole matrix, else the first page showing the group; empty if none does.
     */
    public Optional<Page> home(Language language, String groupId, Page from, Project project) {
        if (from != null && groupsShown(from, project).contains(groupId)) {
            return Optional.of(from);
        }
        List<Page> candidates = new ArrayList<>(pages(language));
        Optional<Page> all = candidates.stream().filter(p -> p.flowTables().contains(ALL)).findFirst();
        if (all.isPresent()) {
            return all;
        }
        return candidates.stream().filter(p -> groupsShown(p, project).contains(groupId)).findFirst();
    }
}
