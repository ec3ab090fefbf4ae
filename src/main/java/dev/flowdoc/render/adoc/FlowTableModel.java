package dev.flowdoc.render.adoc;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.PortSpec;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.model.Requirement;
import dev.flowdoc.model.Text;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.VersionNote;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The flow table of one or all groups as cell texts (AsciiDoc inline source), in the page's language.
 * Both the block macro (AST) and the generated AsciiDoc (table source) are built from it, so they agree.
 */
public final class FlowTableModel {
    public static final List<String> HEADINGS = List.of("table.group", "table.port", "table.source",
            "table.destination", "table.description");
    /** Relative column widths: the description needs the room. */
    public static final List<Integer> WIDTHS = List.of(18, 16, 16, 16, 34);

    /** One group: its cell spans its rows. */
    public record GroupBlock(Group group, String cell, List<FlowRow> rows) {}

    /** One flow: port, source, destination and description cells. */
    public record FlowRow(Flow flow, List<String> cells) {}

    private FlowTableModel() {}

    public static List<String> headings(CellText text) {
        return HEADINGS.stream().map(k -> text.literal(text.messages().get(k))).toList();
    }

    public static List<GroupBlock> build(Project project, List<Group> groups, CellText text) {
        List<GroupBlock> blocks = new ArrayList<>();
        for (Group group : groups) {
            List<FlowRow> rows = group.flows().stream().map(f -> row(project, group, f, text)).toList();
            blocks.add(new GroupBlock(group, groupCell(group, project.release(), text), rows));
        }
        return blocks;
    }

    private static String groupCell(Group group, Version release, CellText text) {
        StringBuilder cell = new StringBuilder("[[" + group.anchor() + "]]").append(text.text(group.title()));
        String requirement = requirement(group.requirement(), group.requiredWhen(), text);
        if (!requirement.isEmpty()) {
            cell.append(CellText.BREAK).append(requirement);
        }
        for (VersionNote note : VersionNote.of(group, release)) {
            cell.append(CellText.BREAK).append(annotation(note, false, text));
        }
        for (Text note : group.notes()) {
            cell.append(CellText.PARAGRAPH).append(text.text(note));
        }
        return cell.toString();
    }

    private static FlowRow row(Project project, Group group, Flow flow, CellText text) {
        String andOr = " " + text.literal(text.messages().get("ports.andOr")) + " ";
        String ports = flow.ports().stream().map(PortSpec::label).map(text::literal)
                .collect(Collectors.joining(flow.portsAndOr() ? andOr : CellText.BREAK));
        return new FlowRow(flow, List.of(
                "[[" + flow.anchor() + "]]" + ports,
                endpoints(project, flow.source(), text),
                endpoints(project, flow.destination(), text),
                description(group, flow, project.release(), text)));
    }

    private static String endpoints(Project project, List<String> ids, CellText text) {
        return ids.stream().map(id -> project.endpoint(id).map(e -> e.name(text.language())).orElse(id))
                .map(text::literal).collect(Collectors.joining(CellText.BREAK));
    }

    private static String description(Group group, Flow flow, Version release, CellText text) {
        List<String> prefix = new ArrayList<>();
        List<VersionNote> notes = VersionNote.of(flow, release);
        notes.stream().filter(n -> n.kind() != VersionNote.Kind.CHANGED)
                .forEach(n -> prefix.add(annotation(n, flow.portsAndOr(), text)));
        if (flow.requirement() != null && flow.requirement() != group.requirement()) {
            prefix.add(requirement(flow.requirement(), flow.requiredWhen(), text));
        }
        prefix.removeIf(String::isEmpty);
        StringBuilder cell = new StringBuilder(String.join(" ", prefix));
        if (!prefix.isEmpty()) {
            cell.append(' ');
        }
        cell.append(text.text(flow.description()));
        // a change is a paragraph of its own: the release, the ports before and why
        for (VersionNote n : notes) {
            if (n.kind() == VersionNote.Kind.CHANGED) {
                cell.append(CellText.PARAGRAPH).append(annotation(n, flow.portsAndOr(), text));
                if (n.note() != null) {
                    cell.append(' ').append(text.text(n.note()));
                }
            }
        }
        // the proxy hint, unless the description already names where the proxy is set
        if (flow.proxy() != null && !mentions(flow.description(), flow.proxy().menu())) {
            cell.append(CellText.PARAGRAPH).append(flow.proxy().menu() == null ? text.message("proxy")
                    : text.message("proxy.menu", text.ref(RefKind.MENU, flow.proxy().menu())));
        }
        return cell.toString();
    }

    /** "(neu in 13.0.0)", "(geändert in 9.10.0, vorher TCP 2222 (SSH))", "(entfällt ab 10.0.0)". */
    private static String annotation(VersionNote note, boolean andOr, CellText text) {
        String sep = andOr ? " " + text.messages().get("ports.andOr") + " " : ", ";
        String before = note.portsBefore().stream().map(PortSpec::label).collect(Collectors.joining(sep));
        return text.message("annotation", text.message(note.key(), text.literal(note.version()), text.literal(before)));
    }

    private static boolean mentions(Text text, String menuId) {
        return menuId != null && dev.flowdoc.model.Inline.refs(text.de()).stream()
                .anyMatch(r -> r.kind() == RefKind.MENU && r.id().equals(menuId));
    }

    /** "(optional)", "(optional, im Cluster zwingend)", or nothing for a required flow. */
    private static String requirement(Requirement requirement, Text requiredWhen, CellText text) {
        if (requirement == null || requirement == Requirement.REQUIRED) {
            return "";
        }
        String words = requirement == Requirement.CONDITIONAL && requiredWhen != null
                ? text.message("requirement.conditional", text.text(requiredWhen))
                : text.message("requirement.optional");
        return text.message("annotation", words);
    }
}
