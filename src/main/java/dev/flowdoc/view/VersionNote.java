package dev.flowdoc.view;

import dev.flowdoc.model.Change;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.PortSpec;
import dev.flowdoc.model.Text;
import dev.flowdoc.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One version annotation of a flow or group as the documented release sees it: new in x.y.z, changed in x.y.z
 * (with the ports before and the note), removed in x.y.z. The words are the theme's: message key {@link #key()}
 * with the version as {0} and, for a change, the ports before as {1}.
 */
public record VersionNote(Kind kind, String version, List<PortSpec> portsBefore, Text note) {
    public VersionNote {
        portsBefore = List.copyOf(portsBefore);
    }

    public enum Kind {
        SINCE, CHANGED, REMOVED;

        /** The message key: "since", "changed", "removed". */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public String key() {
        return kind.key();
    }

    /**
     * The flow's own annotations for {@code release}: since, the port changes made up to the release (later ones
     * are not visible yet: the flow shows the ports it had then), and a removal still ahead of it. A change of the
     * requirement is the view's ({@link ViewBuilder}), which knows the group the flow inherits from.
     */
    public static List<VersionNote> of(Flow flow, Version release) {
        List<VersionNote> notes = new ArrayList<>();
        if (flow.since() != null) {
            notes.add(new VersionNote(Kind.SINCE, flow.since(), List.of(), null));
        }
        for (Change c : flow.changes()) {
            if (c.changesPorts() && Version.parse(c.version()).map(v -> !v.isAfter(release)).orElse(false)) {
                notes.add(new VersionNote(Kind.CHANGED, c.version(), c.portsBefore(), c.note()));
            }
        }
        removal(flow.removed(), release, notes);
        return notes;
    }

    /** The group's own annotations for {@code release}: since and a removal ahead. */
    public static List<VersionNote> of(Group group, Version release) {
        List<VersionNote> notes = new ArrayList<>();
        if (group.since() != null) {
            notes.add(new VersionNote(Kind.SINCE, group.since(), List.of(), null));
        }
        removal(group.removed(), release, notes);
        return notes;
    }

    private static void removal(String removed, Version release, List<VersionNote> notes) {
        if (removed != null && Version.parse(removed).map(r -> r.isAfter(release)).orElse(false)) {
            notes.add(new VersionNote(Kind.REMOVED, removed, List.of(), null));
        }
    }
}
