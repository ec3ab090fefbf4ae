package dev.flowdoc.view;

import java.util.List;

/**
 * A dated change of a row the view's release can see, in words: {@code portsBefore} as data and as
 * {@code portsBeforeText} ("TCP 2222 (SSH)"; both empty when the ports stayed), {@code requirementBefore} and
 * {@code requirementAfter} the requirement keys around it (null when it stayed), {@code note} why (parts, references
 * with their labels; empty without), {@code words} the paragraph the description shows ("(geändert in 9.10.0, vorher
 * TCP 2222 (SSH)) Warum.", "(verpflichtend ab 15.5.1) Warum.").
 */
public record VersionChange(String version, List<PortView> portsBefore, String portsBeforeText, List<Part> note,
                            String words, String requirementBefore, String requirementAfter) {
    public VersionChange {
        portsBefore = List.copyOf(portsBefore);
        note = List.copyOf(note);
    }

    public boolean changesRequirement() {
        return requirementBefore != null;
    }

    /** The note's words, references as their labels; empty without a note. */
    public String noteText() {
        return Part.plain(note);
    }
}
