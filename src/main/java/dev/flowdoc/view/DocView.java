package dev.flowdoc.view;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Version;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The flow documentation of one release in one language (optionally narrowed to a profile or a delta):
 * the table's headings, the zones' names and its groups of rows. {@code project} is the project it was made from (the filtered
 * one), {@code words} the theme's words of the language, for the words around the table.
 */
public record DocView(Language language, Version release, Project project, Messages words, List<String> headings,
                      List<ZoneName> zones, List<GroupBlock> groups) {
    /** The keys of the table's headings: group, port, source, destination, direction, description. */
    public static final List<String> HEADING_KEYS = List.of("table.group", "table.port", "table.source",
            "table.destination", "table.direction", "table.description");
    /** The index of each heading in {@link #headings}. */
    public static final int GROUP = 0, PORT = 1, SOURCE = 2, DESTINATION = 3, DIRECTION = 4, DESCRIPTION = 5;

    public DocView {
        headings = List.copyOf(headings);
        zones = List.copyOf(zones);
        groups = List.copyOf(groups);
    }

    /** The zone's names, by id; an id the project does not know is its own label. */
    public ZoneName zone(String id) {
        return zones.stream().filter(z -> z.id().equals(id)).findFirst()
                .orElse(new ZoneName(id, id, "", false, false, false));
    }

    public Stream<FlowRow> rows() {
        return groups.stream().flatMap(g -> g.rows().stream());
    }

    public Optional<GroupBlock> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<FlowRow> row(String flowId) {
        return rows().filter(r -> r.id().equals(flowId)).findFirst();
    }

    /** Only these groups (by id), in the view's order: {@code flowtable::GROUP[]}. */
    public List<GroupBlock> groups(List<String> ids) {
        return groups.stream().filter(g -> ids.contains(g.id())).toList();
    }
}
