package dev.flowdoc.view.delta;

import dev.flowdoc.model.Change;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import java.util.List;

/**
 * One flow to open, close or change. {@code before} is the flow as in the release left (null when it is
 * opened), {@code after} as in the release reached (null when it is closed); {@code changes} are the dated
 * changes crossed on the way, with their notes.
 */
public record DeltaEntry(Action action, Group group, Flow before, Flow after, List<Change> changes) {
    public DeltaEntry {
        changes = List.copyOf(changes);
    }

    /** The flow as it is on the side where it exists (after, else before). */
    public Flow flow() {
        return after != null ? after : before;
    }
}
