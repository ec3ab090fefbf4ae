package dev.flowdoc.render.adoc;

import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Zone;
import dev.flowdoc.view.Labels;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The endpoints the flows run between, grouped by zone (in the order of the project's zones), as an AsciiDoc table:
 * the zone's name and what it means (data/zones.json, or for the built-in zones the theme words {@code zone.ID},
 * {@code zone.ID.meaning}) and the endpoints' names in the page's language. Only
 * endpoints that a flow of the documented release names are listed, and only zones that hold one. Both the block
 * macro ({@code endpoints::all[]}) and the generated AsciiDoc of the page are made from it.
 */
public final class EndpointsSource {
    /** The block macro's name: {@code endpoints::all[]}. */
    public static final String MACRO = Macros.ENDPOINTS;

    private EndpointsSource() {}

    public static String write(Project project, AdocText text) {
        Set<String> used = new LinkedHashSet<>();
        project.flows().forEach(f -> {
            used.addAll(f.source());
            used.addAll(f.destination());
        });
        StringBuilder out = new StringBuilder("[cols=\"1,2,2\",options=\"header\"]\n|===\n");
        for (String heading : List.of("endpoints.zone", "endpoints.meaning", "endpoints.names")) {
            out.append('|').append(AdocEscape.cell(text.message(heading))).append('\n');
        }
        out.append('\n');
        Labels labels = new Labels(project, text.messages());
        for (Zone zone : project.zones()) {
            List<String> names = new ArrayList<>();
            for (Endpoint e : project.endpoints()) {
                if (e.zone().equals(zone.id()) && used.contains(e.id())) {
                    names.add(AdocEscape.cell(text.literal(labels.endpoint(e))));
                }
            }
            if (names.isEmpty()) {
                continue;
            }
            // a built-in zone's words are the theme's (messages may hold markup), a declared zone's are data (literal)
            String name = zone.declared() ? text.literal(labels.zone(zone)) : text.message("zone." + zone.id());
            String meaning = !zone.declared() ? text.message("zone." + zone.id() + ".meaning")
                    : zone.meaning() == null ? "" : text.text(zone.meaning());
            out.append('|').append(AdocEscape.cell(name)).append('\n');
            out.append('|').append(AdocEscape.cell(meaning)).append('\n');
            out.append('|').append(names.stream().collect(Collectors.joining(AdocText.BREAK))).append("\n\n");
        }
        return out.append("|===\n").toString();
    }
}
