package dev.flowdoc.render.adoc;

import dev.flowdoc.model.OptionRef;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * The deployment profiles (data/profiles/*.json) as an AsciiDoc table: each profile's title and description, the
 * options it selects (their labels in the page's language, or "every communication path" for a profile of every
 * flow) and links to its fillable checklist, {@code checklist-ID.pdf} beside the page, and to its address template
 * {@code addresses-ID.json} (for flowdoc firewall). Both the block macro
 * ({@code profiles::all[]}) and the generated AsciiDoc of the page are made from it.
 */
public final class ProfilesSource {
    /** The block macro's name: {@code profiles::all[]}. */
    public static final String MACRO = Macros.PROFILES;

    private ProfilesSource() {}

    /** The checklist of a profile, relative to a page of the same language (the build writes it there). */
    public static String checklist(Profile profile) {
        return "checklist-" + profile.id() + ".pdf";
    }

    /** The address template of a profile (flowdoc firewall --addresses FILE), beside its checklist. */
    public static String addressTemplate(Profile profile) {
        return "addresses-" + profile.id() + ".json";
    }

    public static String write(Project project, AdocText text) {
        List<Profile> profiles = project.deployment().profiles();
        if (profiles.isEmpty()) {
            return text.message("profiles.none") + "\n";
        }
        StringBuilder out = new StringBuilder("[cols=\"2,3,1\",options=\"header\"]\n|===\n");
        for (String heading : List.of("profiles.profile", "profiles.options", "profiles.checklist")) {
            out.append('|').append(AdocEscape.cell(text.message(heading))).append('\n');
        }
        out.append('\n');
        for (Profile p : profiles) {
            out.append("|*").append(AdocEscape.cell(text.text(p.title()))).append('*');
            if (p.description() != null) {
                out.append(AdocText.BREAK).append(AdocEscape.cell(text.text(p.description())));
            }
            out.append('\n');
            out.append('|').append(options(project, p, text)).append('\n');
            out.append("|link:").append(checklist(p)).append('[')
                    .append(AdocEscape.cell(text.message("profiles.download"))).append(']')
                    .append(AdocText.BREAK).append("link:").append(addressTemplate(p)).append('[')
                    .append(AdocEscape.cell(text.message("profiles.addresses"))).append("]\n\n");
        }
        return out.append("|===\n").toString();
    }

    private static String options(Project project, Profile profile, AdocText text) {
        if (profile.everyFlow()) {
            return AdocEscape.cell(text.message("profiles.everyFlow"));
        }
        List<String> labels = new ArrayList<>();
        for (OptionRef ref : profile.options()) {
            labels.add(project.deployment().option(ref.id())
                    .map(o -> AdocEscape.cell(text.text(o.label())))
                    .orElse(AdocEscape.cell(text.literal(ref.id()))));
        }
        return String.join(AdocText.BREAK, labels);
    }
}
