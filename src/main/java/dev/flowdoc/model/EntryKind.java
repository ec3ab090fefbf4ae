package dev.flowdoc.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of entries the data files list, each with the JSON arrays that hold it: the one definition behind
 * the id paths of texts ("flow:mail-in"), the entries messages name ("flow 'mail-in'") and the schema messages.
 *
 * @param key      the kind in an id path: "group" in {@code flows/group:mail/title}
 * @param noun     the kind in a message: "menu entry" in "menu entry 'system.dns'"
 * @param idMember the member that names an entry, or null when entries are numbered from 1 ("note:1")
 * @param arrays   the JSON arrays that list entries of this kind; none for a kind with a file per entry
 */
public enum EntryKind {
    GROUP("group", "group", "id", "groups"),
    FLOW("flow", "flow", "id", "flows"),
    ENDPOINT("endpoint", "endpoint", "id", "endpoints"),
    ZONE("zone", "zone", "id", "zones"),
    CHAPTER("chapter", "chapter", "id", "chapters"),
    MENU_ENTRY("menu", "menu entry", "id", "menu", "children"),
    RELEASE("release", "release", "version", "releases"),
    OPTION("option", "option", "id", "options"),
    CHANGE("change", "change", null, "changes"),
    NOTE("note", "note", null, "notes"),
    PROFILE("profile", "profile", null);

    private final String key;
    private final String noun;
    private final String idMember;
    private final List<String> arrays;

    EntryKind(String key, String noun, String idMember, String... arrays) {
        this.key = key;
        this.noun = noun;
        this.idMember = idMember;
        this.arrays = List.of(arrays);
    }

    public String key() { return key; }
    public String noun() { return noun; }
    public String idMember() { return idMember; }

    /** True when entries carry their own name (an id or a version) rather than a number. */
    public boolean named() {
        return idMember != null;
    }

    /** The kind of the entries of a JSON array with this name ("children" → menu entry). */
    public static Optional<EntryKind> listedIn(String array) {
        return Arrays.stream(values()).filter(k -> k.arrays.contains(array)).findFirst();
    }

    /** How a message names an entry: "flow 'mail-in'". */
    public String name(String id) {
        return noun + " '" + id + "'";
    }
}
