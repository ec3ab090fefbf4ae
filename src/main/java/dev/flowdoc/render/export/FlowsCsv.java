package dev.flowdoc.render.export;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Requirement;
import dev.flowdoc.model.Text;
import dev.flowdoc.model.Zone;
import dev.flowdoc.render.Labels;
import dev.flowdoc.render.Messages;
import dev.flowdoc.render.VersionNote;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * flows.csv of one language: one row per flow, the group's row span flattened into every row. Headings
 * in the page's language; the first column is the stable id.
 */
public final class FlowsCsv {
    private static final List<String> COLUMNS = List.of("csv.id", "csv.group", "csv.requirement", "csv.since",
            "csv.ports", "csv.source", "csv.destination", "csv.direction", "csv.fromInternet", "csv.description",
            "csv.proxy", "csv.link", "csv.removed", "csv.changes");

    private FlowsCsv() {}

    /** {@code pageOf} names the page (e.g. "index.html") whose table shows the group; the link column points there. */
    public static String write(Project project, Messages messages, java.util.function.Function<Group, String> pageOf) {
        Labels labels = new Labels(project, messages);
        // a byte order mark so that spreadsheet programs read the umlauts as UTF-8
        StringWriter out = new StringWriter().append('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.stream().map(messages::get).toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Group group : project.groups()) {
                for (Flow flow : group.flows()) {
                    csv.printRecord(flow.id(), labels.plain(group.title()), requirement(group, flow, labels, messages),
                            group.sinceOf(flow), labels.ports(flow), labels.endpoints(flow.source()),
                            labels.endpoints(flow.destination()), messages.get("direction." + project.direction(flow).key()),
                            yesNo(project.fromZone(flow, Zone.INTERNET), messages), labels.plain(flow.description()),
                            yesNo(flow.proxy() != null, messages), pageOf.apply(group) + "#" + flow.anchor(),
                            group.removedOf(flow), changes(flow, project, labels));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String requirement(Group group, Flow flow, Labels labels, Messages messages) {
        Requirement r = group.requirementOf(flow);
        Text when = group.requiredWhenOf(flow);
        if (r == Requirement.CONDITIONAL && when != null) {
            return messages.format("requirement.conditional", labels.plain(when));
        }
        return messages.get("requirement." + (r == null ? Requirement.REQUIRED : r).key());
    }

    /** The changes up to the documented release, one per line: "geändert in 9.10.0, vorher TCP 2222 (SSH): …". */
    private static String changes(Flow flow, Project project, Labels labels) {
        return VersionNote.of(flow, project.release()).stream().filter(n -> n.kind() == VersionNote.Kind.CHANGED)
                .map(n -> labels.note(n, flow.portsAndOr())).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String yesNo(boolean value, Messages messages) {
        return messages.get(value ? "csv.yes" : "csv.no");
    }
}
