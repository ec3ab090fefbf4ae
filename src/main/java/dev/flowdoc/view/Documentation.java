package dev.flowdoc.view;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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

    /** {@code project}: validated, viewed at the documented release. */
    public static Documentation of(Project project, Map<Language, Messages> words) {
        Map<Language, DocView> views = new EnumMap<>(Language.class);
        Map<String, Map<Language, DocView>> profiles = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            views.put(language, ViewBuilder.of(project, words.get(language)));
        }
        for (Profile profile : project.deployment().profiles()) {
            Map<Language, DocView> byLanguage = new EnumMap<>(Language.class);
            Project selected = project.forProfile(profile);
            for (Language language : Language.values()) {
                byLanguage.put(language, ViewBuilder.of(selected, words.get(language)));
            }
            profiles.put(profile.id(), byLanguage);
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
