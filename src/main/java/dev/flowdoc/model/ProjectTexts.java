package dev.flowdoc.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The registry of a project's texts: every {@link Text} a reader may see, each with its stable id path, the
 * entry it belongs to and where it appears. Validation (blank texts, inline references, translation state),
 * the i18n commands and the renderers that look into texts all walk this one list, so that none forgets a kind.
 *
 * <p>An id path names a text by ids, not array positions: the data file's base name, then {@code kind:id} for
 * each entry, then the field: {@code flows/group:mail/flow:mail-in/description}. Entries without ids (group notes,
 * a flow's changes) are numbered from 1: {@code flows/group:mail/note:1}. The list is in model order (declared zones, endpoints,
 * chapters, groups with their flows, options, profiles); each text's {@link Text#location()} says where the
 * loader found it.
 */
public final class ProjectTexts {
    /**
     * One text of the project.
     *
     * @param idPath  "flows/group:mail/flow:mail-in/description"
     * @param kind    the kind of the entry the text belongs to (a change's note belongs to its flow)
     * @param id      that entry's id
     * @param field   the field within that entry, as messages name it: "description", "note 1", "change 13.0.0 note"
     * @param context where the text appears, for translators: "group 'mail' („E-Mail“) › flow 'mail-in' (TCP 25 SMTP, …)"
     */
    public record Entry(String idPath, EntryKind kind, String id, String field, String context, Text text) {
        /** The entry, as messages name it: "flow 'mail-in'". */
        public String entry() {
            return kind.name(id);
        }

        /** "flow 'mail-in' description". */
        public String describe() {
            return entry() + " " + field;
        }

        /** Where the text object starts in its data file. */
        public Location location() {
            return text.location();
        }
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byIdPath;

    private ProjectTexts(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Entry> index = new LinkedHashMap<>();
        entries.forEach(e -> index.putIfAbsent(e.idPath(), e));
        this.byIdPath = index;
    }

    /** The texts of {@code project}; {@link Project#texts()} keeps them once computed. */
    static ProjectTexts of(Project project) {
        List<Entry> out = new ArrayList<>();
        for (Zone z : project.zones()) {
            if (z.declared()) {
                Scope zone = Scope.of("zones", EntryKind.ZONE, z.id(), describe(EntryKind.ZONE, z.id(), z.label(), null));
                zone.add(out, "label", z.label());
                zone.add(out, "meaning", z.meaning());
            }
        }
        for (Endpoint e : project.endpoints()) {
            Scope.of("endpoints", EntryKind.ENDPOINT, e.id(), describe(EntryKind.ENDPOINT, e.id(), e.label(), e.host()))
                    .add(out, "label", e.label());
        }
        for (Chapter c : project.chapters()) {
            Scope.of("chapters", EntryKind.CHAPTER, c.id(), describe(EntryKind.CHAPTER, c.id(), c.title(), null))
                    .add(out, "title", c.title());
        }
        for (Group g : project.groups()) {
            Scope group = Scope.of("flows", EntryKind.GROUP, g.id(), describe(EntryKind.GROUP, g.id(), g.title(), null));
            group.add(out, "title", g.title());
            group.add(out, "requiredWhen", g.requiredWhen());
            for (int i = 0; i < g.notes().size(); i++) {
                group.addNumbered(out, EntryKind.NOTE, i + 1, g.notes().get(i));
            }
            for (Flow f : g.flows()) {
                Scope flow = group.inner(EntryKind.FLOW, f.id(), EntryKind.FLOW.name(f.id()) + " (" + ports(f) + ", "
                        + String.join(", ", f.source()) + " → " + String.join(", ", f.destination()) + ")");
                flow.add(out, "description", f.description());
                flow.add(out, "requiredWhen", f.requiredWhen());
                for (int i = 0; i < f.changes().size(); i++) {
                    Change c = f.changes().get(i);
                    String step = EntryKind.CHANGE.key() + ":" + (i + 1);
                    flow.add(out, flow.path + "/" + step + "/note", "change " + c.version() + " note",
                            flow.context + " › " + EntryKind.CHANGE.name(String.valueOf(i + 1)), c.note());
                }
            }
        }
        for (Option o : project.deployment().options()) {
            Scope.of("options", EntryKind.OPTION, o.id(), describe(EntryKind.OPTION, o.id(), o.label(), null))
                    .add(out, "label", o.label());
        }
        for (Profile p : project.deployment().profiles()) {
            // a profile is a file of its own (data/profiles/ID.json): its texts stand at the top, without context
            Scope profile = new Scope("profiles/" + p.id(), EntryKind.PROFILE, p.id(), "");
            profile.add(out, "title", p.title());
            profile.add(out, "description", p.description());
        }
        return new ProjectTexts(out);
    }

    /** Every text, in model order. */
    public List<Entry> all() {
        return entries;
    }

    /** The text with this id path (the first, should an id repeat: the validator reports that). */
    public Optional<Entry> find(String idPath) {
        return Optional.ofNullable(byIdPath.get(idPath));
    }

    /** The entry a text belongs to, with the id path and the context of the texts inside it. */
    private record Scope(String path, EntryKind kind, String id, String context) {
        static Scope of(String file, EntryKind kind, String id, String context) {
            return new Scope(file + "/" + kind.key() + ":" + id, kind, id, context);
        }

        Scope inner(EntryKind innerKind, String innerId, String description) {
            return new Scope(path + "/" + innerKind.key() + ":" + innerId, innerKind, innerId, context + " › " + description);
        }

        void add(List<Entry> out, String field, Text text) {
            add(out, path + "/" + field, field, context, text);
        }

        /** A text listed in an array without ids: "note:1", field "note 1". */
        void addNumbered(List<Entry> out, EntryKind listed, int number, Text text) {
            add(out, path + "/" + listed.key() + ":" + number, listed.key() + " " + number, context, text);
        }

        void add(List<Entry> out, String idPath, String field, String context, Text text) {
            if (text != null) {
                out.add(new Entry(idPath, kind, id, field, context, text));
            }
        }
    }

    /** "endpoint 'mail-server' („E-Mail Server“)", "endpoint 'update' (update.seppmail.ch)". */
    private static String describe(EntryKind kind, String id, Text title, String host) {
        List<String> details = new ArrayList<>();
        if (title != null) {
            details.add("\u201E" + title.de() + "\u201C");
        }
        if (host != null) {
            details.add(host);
        }
        return kind.name(id) + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
    }

    /** "TCP 25 SMTP; TCP/UDP 53; TCP 41000–41100; ICMP". */
    private static String ports(Flow flow) {
        return flow.ports().stream().map(p -> p.protocolLabel()
                + (p.ports().isEmpty() ? "" : " " + p.ports().stream().map(PortRange::label).collect(Collectors.joining("/")))
                + (p.service() != null ? " " + p.service() : "")).collect(Collectors.joining("; "));
    }
}
