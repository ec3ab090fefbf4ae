package dev.flowdoc.render.adoc;

import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Zone;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The endpoints the flows run between, grouped by zone, as an AsciiDoc table: the zone's name and what it means
 * (theme words, {@code zone.KEY}, {@code zone.KEY.meaning}) and the endpoints' names in the page's language. Only
 * endpoints that a flow of the documented release names are listed, and only zones that hold one. Both the block
 * macro ({@code endpoints::all[]}) and the generated AsciiDoc of the page are made from it.
 */
public final class EndpointsSource {
    /** The block macro's name: {@code endpoints::all[]}. */
    public static final String MACRO = "endpoints";

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
        for (Zone zone : Zone.values()) {
            List<String> names = new ArrayList<>();
            for (Endpoint e : project.endpoints()) {
                if (e.zone() == zone && used.contains(e.id())) {
                    names.add(AdocEscape.cell(text.literal(e.name(text.language()))));
                }
            }
            if (names.isEmpty()) {
                continue;
            }
            out.append('|').append(AdocEscape.cell(text.message("zone." + zone.key()))).append('\n');
            out.append('|').append(AdocEscape.cell(text.message("zone." + zone.key() + ".meaning"))).append('\n');
            out.append('|').append(names.stream().collect(Collectors.joining(AdocText.BREAK))).append("\n\n");
        }
        return out.append("|===\n").toString();
    }
}
