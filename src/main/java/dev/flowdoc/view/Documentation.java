package dev.flowdoc.view;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The views a build renders, computed once: the documented release in each language, and the flows each profile
 * needs in each language (for the checklists).
 */
public record Documentation(Project project, Map<Language, DocView> views, Map<String, Map<Language, DocView>> profiles) {
    public Documentation {
        views = Map.copyOf(views);
        profiles = Map.copyOf(profiles);
    }

    /**
     * {@code project}: validated, viewed at the documented release. The views (each language, and each language of
     * each profile) are independent reads of the immutable model and are made side by side on the common pool: at
     * thousands of flows they take a few hundred milliseconds, while the other core has nothing to do yet.
     */
    public static Documentation of(Project project, Map<Language, Messages> words) {
        record Task(String profile, Project project, Language language) {}
        List<Task> tasks = new ArrayList<>();
        for (Language language : Language.values()) {
            tasks.add(new Task(null, project, language));
        }
        for (Profile profile : project.deployment().profiles()) {
            Project selected = project.forProfile(profile);
            for (Language language : Language.values()) {
                tasks.add(new Task(profile.id(), selected, language));
            }
        }
        List<DocView> made = tasks.parallelStream().map(t -> ViewBuilder.of(t.project(), words.get(t.language()))).toList();
        Map<Language, DocView> views = new EnumMap<>(Language.class);
        Map<String, Map<Language, DocView>> profiles = new LinkedHashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            if (t.profile() == null) {
                views.put(t.language(), made.get(i));
            } else {
                profiles.computeIfAbsent(t.profile(), k -> new EnumMap<>(Language.class)).put(t.language(), made.get(i));
            }
        }
        return new Documentation(project, views, profiles);
    }

    public DocView view(Language language) {
        return views.get(language);
    }

    public DocView profile(Profile profile, Language language) {
        return profiles.get(profile.id()).get(language);
    }
}
