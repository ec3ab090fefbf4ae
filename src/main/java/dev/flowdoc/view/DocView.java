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
 * the table's headings and its groups of rows. {@code project} is the project it was made from (the filtered
 * one), {@code words} the theme's words of the language, for the words around the table.
 */
public record DocView(Language language, Version release, Project project, Messages words, List<String> headings,
                      List<GroupBlock> groups) {
    /** The keys of the table's headings: group, port, source, destination, description. */
    public static final List<String> HEADING_KEYS = List.of("table.group", "table.port", "table.source",
            "table.destination", "table.description");

    public DocView {
        headings = List.copyOf(headings);
        groups = List.copyOf(groups);
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
