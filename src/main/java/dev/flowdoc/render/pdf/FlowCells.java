package dev.flowdoc.render.pdf;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.PortSpec;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Requirement;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.VersionNote;
import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.List;

/** The cells both PDFs show for a flow and a group: ports, endpoints, description, the group band. */
final class FlowCells {
    static final float SIZE = 7.5f;

    private final Project project;
    private final Language language;
    private final PdfFonts fonts;
    private final PdfMessages words;
    private final InlineText inline;

    FlowCells(Project project, Language language, PdfFonts fonts, PdfMessages words) {
        this.project = project;
        this.language = language;
        this.fonts = fonts;
        this.words = words;
        this.inline = new InlineText(project, language);
    }

    Cell header(String key) {
        return Cell.text(TextBlock.of(new Span(words.get(key), fonts.bold(), SIZE)));
    }

    Cell ports(Group group, Flow flow) {
        List<List<Span>> lines = new ArrayList<>();
        for (int i = 0; i < flow.ports().size(); i++) {
            PortSpec p = flow.ports().get(i);
            lines.add(List.of(new Span(p.label(), fonts.regular(), SIZE)));
            if (flow.portsAndOr() && i < flow.ports().size() - 1) {
                lines.add(List.of(new Span(words.get("ports.andor"), fonts.regular(), SIZE - 1)));
            }
        }
        String since = group.sinceOf(flow);
        if (since != null) {
            lines.add(List.of(new Span(words.get("since", since), fonts.bold(), SIZE - 1)));
        }
        String removed = group.removedOf(flow);
        if (removed != null && Version.parse(removed).map(r -> r.isAfter(project.release())).orElse(false)) {
            lines.add(List.of(new Span(words.get("removed", removed), fonts.bold(), SIZE - 1)));
        }
        return Cell.text(new TextBlock(lines, 1));
    }

    /** Ports before → after, for a flow whose ports change between two releases. */
    Cell portsChanged(Flow before, Flow after) {
        List<String> lines = new ArrayList<>();
        before.ports().forEach(p -> lines.add(p.label()));
        lines.add("→");
        after.ports().forEach(p -> lines.add(p.label()));
        return Cell.text(TextBlock.lines(fonts.regular(), SIZE, lines));
    }

    Cell endpoints(List<String> ids) {
        List<String> names = ids.stream().map(id -> project.endpoint(id).map(e -> e.name(language)).orElse(id)).toList();
        return Cell.text(TextBlock.lines(fonts.regular(), SIZE, names));
    }

    /** The description, then each change up to the documented release: "geändert in 9.10.0, vorher TCP 2222: note". */
    Cell description(Flow flow) {
        List<List<Span>> paragraphs = new ArrayList<>();
        paragraphs.add(inline.spans(flow.description(), fonts.regular(), SIZE));
        for (VersionNote n : VersionNote.of(flow, project.release())) {
            if (n.kind() == VersionNote.Kind.CHANGED) {
                String before = n.portsBefore().stream().map(PortSpec::label).collect(Collectors.joining(", "));
                List<Span> line = new ArrayList<>(List.of(new Span(words.get("changed", n.version(), before)
                        + (n.note() == null ? "" : ": "), fonts.bold(), SIZE - 0.5f)));
                if (n.note() != null) {
                    line.addAll(inline.spans(n.note(), fonts.regular(), SIZE - 0.5f));
                }
                paragraphs.add(line);
            }
        }
        return Cell.text(new TextBlock(paragraphs, 2));
    }

    /** The group's title with its requirement ("optional", "optional, im Cluster zwingend") and its notes. */
    Cell band(Group group) {
        List<List<Span>> paragraphs = new ArrayList<>();
        List<Span> head = new ArrayList<>(inline.spans(group.title(), fonts.bold(), SIZE + 1.5f));
        if (group.requirement() == Requirement.OPTIONAL) {
            head.add(new Span(" (" + words.get("requirement.optional") + ")", fonts.regular(), SIZE + 1.5f));
        } else if (group.requirement() == Requirement.CONDITIONAL) {
            head.add(new Span(" (" + words.get("requirement.conditional", group.requiredWhen().in(language)) + ")",
                    fonts.regular(), SIZE + 1.5f));
        }
        paragraphs.add(head);
        group.notes().forEach(n -> paragraphs.add(inline.spans(n, fonts.regular(), SIZE)));
        return Cell.text(new TextBlock(paragraphs, 2));
    }
}
