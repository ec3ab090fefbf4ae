package dev.flowdoc.render.adoc;

import dev.flowdoc.view.delta.Action;
import dev.flowdoc.view.delta.Delta;
import dev.flowdoc.view.delta.DeltaEntry;
import dev.flowdoc.model.Change;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.model.Release;
import dev.flowdoc.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The changes release by release as AsciiDoc source, newest first: for each pair of consecutive releases of
 * data/product.json up to the documented one a heading and a table per action (open, change, close). Both the
 * block macro ({@code releasechanges::all[]}, see {@code GeneratedBlockMacro}) and the generated AsciiDoc of the page are made from it.
 */
public final class ReleaseChangesSource {
    private static final List<String> HEADINGS = List.of("table.group", "table.port", "table.source",
            "table.destination", "table.description", "changes.note");

    /** The block macro's name: {@code releasechanges::all[]}. */
    public static final String MACRO = Macros.RELEASECHANGES;

    private ReleaseChangesSource() {}

    /** The pairs of consecutive releases the documented release has passed, newest first. */
    public static List<Delta> deltas(Project project) {
        List<Release> releases = project.product().releases();
        List<Delta> deltas = new ArrayList<>();
        for (int i = releases.size() - 1; i > 0; i--) {
            Version to = releases.get(i).version();
            if (!to.isAfter(project.release())) {
                deltas.add(Delta.between(project, releases.get(i - 1).version(), to));
            }
        }
        return deltas;
    }

    /** The anchor of a release's heading: the same in both languages ("release-13-0-0"). */
    public static String anchor(Version version) {
        return "release-" + version.toString().replace('.', '-');
    }

    public static String write(Project project, AdocText text) {
        StringBuilder out = new StringBuilder();
        for (Delta delta : deltas(project)) {
            out.append("[discrete#").append(anchor(delta.to())).append("]\n== ")
                    .append(text.message("changes.title", text.literal(delta.from().toString()), text.literal(delta.to().toString())))
                    .append("\n\n");
            if (delta.entries().isEmpty()) {
                out.append(text.message("changes.none")).append("\n\n");
            }
            for (Action action : Action.values()) {
                List<DeltaEntry> entries = delta.of(action);
                if (!entries.isEmpty()) {
                    table(out, project, action, entries, text);
                }
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Project project, Action action, List<DeltaEntry> entries, AdocText text) {
        // a note column only where an entry has a note
        boolean notes = entries.stream().anyMatch(e -> e.changes().stream().anyMatch(c -> c.note() != null));
        out.append('.').append(text.message("changes." + action.key())).append('\n');
        out.append("[.releasechanges.").append(action.key()).append(",caption=\"\",cols=\"")
                .append(notes ? "16,16,12,12,26,18" : "18,18,14,14,36").append("\",options=\"header\"]\n|===\n");
        HEADINGS.subList(0, notes ? HEADINGS.size() : HEADINGS.size() - 1)
                .forEach(h -> out.append('|').append(AdocEscape.cell(text.literal(text.messages().get(h)))).append('\n'));
        for (DeltaEntry e : entries) {
            Flow flow = e.flow();
            out.append('\n');
            cell(out, text.ref(RefKind.GROUP, e.group().id()));
            cell(out, ports(e, text));
            cell(out, endpoints(project, flow.source(), text));
            cell(out, endpoints(project, flow.destination(), text));
            // the flow by what it does, never by its id: the reader knows no ids
            cell(out, text.text(flow.description()));
            if (notes) {
                cell(out, e.changes().stream().map(Change::note).filter(n -> n != null).map(text::text)
                        .collect(Collectors.joining(" ")));
            }
        }
        out.append("|===\n\n");
    }

    private static String ports(DeltaEntry e, AdocText text) {
        String before = e.before() == null ? "" : ports(e.before(), text);
        String after = e.after() == null ? "" : ports(e.after(), text);
        if (before.isEmpty() || after.isEmpty()) {
            return before + after;
        }
        return before + " → " + after;
    }

    private static String ports(Flow flow, AdocText text) {
        String sep = flow.portsAndOr() ? " " + text.literal(text.messages().get("ports.andOr")) + " " : ", ";
        return flow.ports().stream().map(p -> p.label(text.messages())).map(text::literal).collect(Collectors.joining(sep));
    }

    private static String endpoints(Project project, List<String> ids, AdocText text) {
        return ids.stream().map(id -> project.endpoint(id).map(ep -> ep.name(text.language())).orElse(id))
                .map(text::literal).collect(Collectors.joining(", "));
    }

    private static void cell(StringBuilder out, String inline) {
        out.append('|').append(AdocEscape.cell(inline)).append('\n');
    }
}
