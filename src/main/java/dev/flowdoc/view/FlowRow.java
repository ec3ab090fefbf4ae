package dev.flowdoc.view;

import dev.flowdoc.model.Flow;
import java.util.List;

/**
 * One flow as every output shows it. The cells are the table's; the other fields are the same facts in words
 * for outputs with a column each (CSV, JSON): {@code portsText} the ports on one line, {@code descriptionText}
 * the description alone (references as their labels), {@code requirement} the
 * requirement in words ("erforderlich", "optional"), {@code annotations} every annotation the cells show.
 */
public record FlowRow(
        Flow flow,
        String groupId,
        Cell ports,
        String portsText,
        Cell source,
        Cell destination,
        Cell description,
        String descriptionText,
        String requirement,
        List<Annotation> annotations,
        String direction,
        boolean fromInternet) {
    public FlowRow {
        annotations = List.copyOf(annotations);
    }

    public String id() {
        return flow.id();
    }

    public String anchor() {
        return flow.anchor();
    }

    /** The paragraphs of the description that tell a port change: "(geändert in 9.10.0, vorher TCP 2222 (SSH)) Warum." */
    public List<String> changes() {
        return description.lines().stream()
                .filter(l -> !l.parts().isEmpty() && l.parts().get(0) instanceof Part.Annotations a
                        && a.items().stream().anyMatch(i -> i.kind() == Annotation.Kind.CHANGED_IN))
                .map(Line::plain).toList();
    }

    /** The annotations of one kind, in order. */
    public List<Annotation> annotations(Annotation.Kind kind) {
        return annotations.stream().filter(a -> a.kind() == kind).toList();
    }
}
