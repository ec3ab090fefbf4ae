package dev.flowdoc.view;

import java.util.List;

/**
 * A dated change of a row's ports the view's release can see, in words: {@code portsBefore} as data and as
 * {@code portsBeforeText} ("TCP 2222 (SSH)"), {@code note} why (parts, references with their labels; empty without),
 * {@code words} the paragraph the description shows ("(geändert in 9.10.0, vorher TCP 2222 (SSH)) Warum.").
 */
public record VersionChange(String version, List<PortView> portsBefore, String portsBeforeText, List<Part> note,
                            String words) {
    public VersionChange {
        portsBefore = List.copyOf(portsBefore);
        note = List.copyOf(note);
    }

    /** The note's words, references as their labels; empty without a note. */
    public String noteText() {
        return Part.plain(note);
    }
}
