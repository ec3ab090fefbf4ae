package dev.flowdoc.view;

import java.util.List;

/**
 * A feature group as every output shows it: its cell (title, requirement, version annotations, notes) and its
 * rows. {@code title} and {@code notes} are the same words without markup; {@code labelledNotes} the notes as
 * running text says them ("Hinweis: …"). {@code requirementKey}, {@code since}, {@code removed}: the group's own.
 * {@code oneOf}: the sentence that exactly one of its flows is needed (also a line of the cell), null when the group
 * offers no alternatives.
 */
public record GroupBlock(String id, String anchor, Cell cell, String title, String requirementKey, String since,
                         String removed, List<Annotation> annotations, List<String> notes, List<String> labelledNotes,
                         String oneOf, List<FlowRow> rows) {
    public GroupBlock {
        annotations = List.copyOf(annotations);
        notes = List.copyOf(notes);
        labelledNotes = List.copyOf(labelledNotes);
        rows = List.copyOf(rows);
    }
}
