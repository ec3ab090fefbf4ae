package dev.flowdoc.model;

import java.util.List;

/** One entry of the appliance's admin UI; its label is the English UI label, never translated. */
public record MenuEntry(String id, String label, List<String> path, String since, Location location) {
    public MenuEntry {
        path = List.copyOf(path);
    }

    /** The anchor of the entry on the page of menu paths, the same in both languages. */
    public String anchor() {
        return "menu-" + id;
    }

    /** "System › Proxy settings". */
    public String pathLabel() {
        return String.join(" › ", path);
    }
}
