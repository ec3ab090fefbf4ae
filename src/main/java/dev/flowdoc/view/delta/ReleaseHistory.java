package dev.flowdoc.view.delta;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Release;
import dev.flowdoc.model.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The releases of data/product.json up to the documented one, oldest first, each with the delta that leads into it
 * from the one before, in words in every language: what {@code releases.json} and the change feeds say. The deltas
 * are the upgrade page's ({@link DeltaView}s of consecutive releases), so the feeds and the page cannot disagree.
 */
public record ReleaseHistory(String productId, String product, Version documented, List<Step> steps) {
    public ReleaseHistory {
        steps = List.copyOf(steps);
    }

    /**
     * One release: {@code date} the release day from data/product.json or null; {@code published}: it has a site of its own (the documented
     * release always has, at the root); {@code into}: the delta from the release before, per language (empty for the
     * first release).
     */
    public record Step(Version version, LocalDate date, boolean published, Map<Language, DeltaView> into) {
        public Step {
            into = into.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(into));
        }

        public boolean first() {
            return into.isEmpty();
        }

        public DeltaView into(Language language) {
            return into.get(language);
        }
    }

    /** The history as {@code project} (any view of it) sees it up to its release, in the languages of {@code words}. */
    public static ReleaseHistory of(Project project, Map<Language, Messages> words) {
        List<Release> releases = project.product().releases();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < releases.size(); i++) {
            Release r = releases.get(i);
            if (r.version().isAfter(project.release())) {
                break;
            }
            Map<Language, DeltaView> into = new EnumMap<>(Language.class);
            if (i > 0) {
                Delta delta = Delta.between(project, releases.get(i - 1).version(), r.version());
                for (Language language : Language.values()) {
                    into.put(language, DeltaView.of(delta, project, words.get(language)));
                }
            }
            boolean documented = r.version().equals(project.release());
            steps.add(new Step(r.version(), r.date(), documented || r.published(), into));
        }
        return new ReleaseHistory(project.product().id(), project.product().name(), project.release(), steps);
    }

    /** The steps newest first, as a feed lists them. */
    public List<Step> newestFirst() {
        List<Step> list = new ArrayList<>(steps);
        Collections.reverse(list);
        return list;
    }

    /** The step after {@code step} (the next release), or null for the documented release. */
    public Step next(Step step) {
        int i = steps.indexOf(step);
        return i >= 0 && i + 1 < steps.size() ? steps.get(i + 1) : null;
    }
}
