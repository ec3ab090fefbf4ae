package dev.flowdoc.render.adoc;

import dev.flowdoc.view.delta.Action;
import dev.flowdoc.view.delta.Delta;
import dev.flowdoc.view.delta.DeltaRow;
import dev.flowdoc.view.delta.DeltaView;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.model.Release;
import dev.flowdoc.model.Version;
import java.util.ArrayList;
import java.util.List;

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
        return dev.flowdoc.render.Links.releaseAnchor(version);
    }

    public static String write(Project project, AdocText text) {
        StringBuilder out = new StringBuilder();
        for (Delta delta : deltas(project)) {
            out.append("[discrete#").append(anchor(delta.to())).append("]\n== ")
                    .append(text.message("changes.title", text.literal(delta.from().toString()), text.literal(delta.to().toString())))
                    .append("\n\n");
            if (delta.entries().isEmpty()) {
                out.append(text.message("changes.none")).append("\n\n");
                continue;
            }
            DeltaView view = DeltaView.of(delta, project, text.messages());
            for (Action action : Action.values()) {
                List<DeltaRow> rows = view.rows(action);
                if (!rows.isEmpty()) {
                    table(out, rows, text);
                }
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, List<DeltaRow> rows, AdocText text) {
        // a note column only where an entry has a note
        boolean notes = rows.stream().anyMatch(r -> !r.note().isEmpty());
        out.append('.').append(text.literal(rows.get(0).actionLabel())).append('\n');
        out.append("[.releasechanges.").append(rows.get(0).action().key()).append(",caption=\"\",cols=\"")
                .append(notes ? "16,16,12,12,26,18" : "18,18,14,14,36").append("\",options=\"header\"]\n|===\n");
        HEADINGS.subList(0, notes ? HEADINGS.size() : HEADINGS.size() - 1)
                .forEach(h -> out.append('|').append(AdocEscape.cell(text.literal(text.messages().get(h)))).append('\n'));
        for (DeltaRow r : rows) {
            out.append('\n');
            cell(out, text.ref(RefKind.GROUP, r.groupId()));
            cell(out, text.literal(r.ports()));
            cell(out, text.literal(r.source()));
            cell(out, text.literal(r.destination()));
            // the flow by what it does, never by its id: the reader knows no ids
            cell(out, text.parts(r.description()));
            if (notes) {
                cell(out, text.parts(r.note()));
            }
        }
        out.append("|===\n\n");
    }

    private static void cell(StringBuilder out, String inline) {
        out.append('|').append(AdocEscape.cell(inline)).append('\n');
    }
}
