package dev.flowdoc.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Every text of a project a reader may see, each with the entry and field it belongs to: the one list that
 * the checks of texts (blank, inline references, translation state) walk, so that none forgets a kind.
 */
public final class ProjectTexts {
    /** A text and where it belongs, e.g. entry "flow 'mail-in'", field "description". */
    public record Entry(String entry, String field, Text text) {
        public String describe() {
            return entry + " " + field;
        }
    }

    private ProjectTexts() {}

    public static List<Entry> of(Project project) {
        List<Entry> out = new ArrayList<>();
        for (Endpoint e : project.endpoints()) {
            add(out, "endpoint '" + e.id() + "'", "label", e.label());
        }
        for (Chapter c : project.chapters()) {
            add(out, "chapter '" + c.id() + "'", "title", c.title());
        }
        for (Group g : project.groups()) {
            String entry = "group '" + g.id() + "'";
            add(out, entry, "title", g.title());
            add(out, entry, "requiredWhen", g.requiredWhen());
            for (int i = 0; i < g.notes().size(); i++) {
                add(out, entry, "note " + (i + 1), g.notes().get(i));
            }
            for (Flow f : g.flows()) {
                String flow = "flow '" + f.id() + "'";
                add(out, flow, "description", f.description());
                add(out, flow, "requiredWhen", f.requiredWhen());
                for (Change c : f.changes()) {
                    add(out, flow, "change " + c.version() + " note", c.note());
                }
            }
        }
        for (Option o : project.deployment().options()) {
            add(out, "option '" + o.id() + "'", "label", o.label());
        }
        for (Profile p : project.deployment().profiles()) {
            add(out, "profile '" + p.id() + "'", "title", p.title());
            add(out, "profile '" + p.id() + "'", "description", p.description());
        }
        return out;
    }

    private static void add(List<Entry> out, String entry, String field, Text text) {
        if (text != null) {
            out.add(new Entry(entry, field, text));
        }
    }
}
