package dev.flowdoc.view;

import dev.flowdoc.model.Group;
import java.util.List;

/**
 * A feature group as every output shows it: its cell (title, requirement, version annotations, notes) and its
 * rows. {@code title} and {@code notes} are the same words without markup.
 */
public record GroupBlock(Group group, Cell cell, String title, List<Annotation> annotations, List<String> notes,
                         List<FlowRow> rows) {
    public GroupBlock {
        annotations = List.copyOf(annotations);
        notes = List.copyOf(notes);
        rows = List.copyOf(rows);
    }

    public String id() {
        return group.id();
    }

    public String anchor() {
        return group.anchor();
    }
}
