package dev.flowdoc.view;

import dev.flowdoc.model.Change;
import dev.flowdoc.model.Translation;
import dev.flowdoc.model.Version;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Inline;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.PortSpec;
import dev.flowdoc.model.PortsJoin;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Protocol;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.model.Requirement;
import dev.flowdoc.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the {@link DocView} of a (filtered) project in one language: the one place that decides what a flow's
 * row says. Every word comes from the theme's bundle of the language.
 */
public final class ViewBuilder {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private final Project project;
    private final Messages words;
    private final Labels labels;

    public ViewBuilder(Project project, Messages words) {
        this.project = project;
        this.words = words;
        this.labels = new Labels(project, words);
    }

    public static DocView of(Project project, Messages words) {
        return new ViewBuilder(project, words).build();
    }

    public DocView build() {
        List<GroupBlock> groups = new ArrayList<>();
        for (Group group : project.groups()) {
            groups.add(group(group));
        }
        List<String> headings = DocView.HEADING_KEYS.stream().map(words::get).toList();
        List<ZoneName> zones = project.zones().stream().map(labels::zoneName).toList();
        return new DocView(language(), project.release(), project, words, headings, zones, groups);
    }

    private Language language() {
        return words.language();
    }

    private GroupBlock group(Group group) {
        List<Annotation> annotations = new ArrayList<>();
        requirement(group.requirement(), group.requiredWhen()).ifPresent(annotations::add);
        for (VersionNote note : VersionNote.of(group, project.release())) {
            annotations.add(annotation(note, PortsJoin.AND));
        }
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(text(group.title()), false));
        if (!annotations.isEmpty()) {
            lines.add(Line.of(annotations(annotations)));
        }
        // alternatives: said where there is a choice left in this release (a group with one flow left has none)
        String oneOf = group.oneOf() && group.flows().size() > 1 ? words.get("group.oneOf") : null;
        if (oneOf != null) {
            lines.add(new Line(List.of(new Part.Text(oneOf)), true));
        }
        List<String> notes = new ArrayList<>();
        List<String> labelled = new ArrayList<>();
        for (Text note : group.notes()) {
            Part.Note part = new Part.Note(words.get("note.label"), text(note));
            lines.add(new Line(List.of(part), true));
            notes.add(Part.plain(part.parts()));
            labelled.add(Part.plain(List.of(part)));
        }
        List<FlowRow> rows = group.flows().stream().map(f -> row(group, f)).toList();
        return new GroupBlock(group.id(), group.anchor(), new Cell(lines), labels.plain(group.title()),
                key(group.requirement()), group.since(), group.removed(), annotations, notes, labelled, oneOf, rows);
    }

    private FlowRow row(Group group, Flow flow) {
        List<Annotation> shown = new ArrayList<>();
        List<Annotation> lead = new ArrayList<>();
        List<VersionNote> notes = VersionNote.of(flow, project.release());
        notes.stream().filter(n -> n.kind() != VersionNote.Kind.CHANGED).map(n -> annotation(n, flow.portsJoin()))
                .forEach(lead::add);
        Requirement requirement = group.requirementOf(flow);
        Optional<Annotation> own = requirement(requirement, group.requiredWhenOf(flow));
        // the flow's own requirement clause, where it says something the group's heading does not (in a conditional
        // group, a flow "optional, bei internen DNS-Servern zwingend" under a heading "optional, im Cluster zwingend")
        Optional<String> heading = requirement(group.requirement(), group.requiredWhen()).map(Annotation::words);
        if ((flow.requirement() != null || flow.requiredWhen() != null) && !own.map(Annotation::words).equals(heading)) {
            own.ifPresent(lead::add);
        }
        shown.addAll(lead);
        List<Line> description = new ArrayList<>();
        List<Part> first = new ArrayList<>();
        if (!lead.isEmpty()) {
            first.add(annotations(lead));
            first.add(new Part.Text(" "));
        }
        List<Part> text = text(flow.description());
        first.addAll(text);
        description.add(new Line(first, false));
        // a change is a paragraph of its own: the release, the ports before or the requirement since, and why
        List<VersionChange> changes = new ArrayList<>();
        List<Change> all = flow.changes();
        for (int i = 0; i < all.size(); i++) {
            Change c = all.get(i);
            if (!Version.parse(c.version()).map(v -> !v.isAfter(project.release())).orElse(false)) {
                continue;
            }
            List<Annotation> said = new ArrayList<>();
            if (c.changesPorts()) {
                said.add(annotation(new VersionNote(VersionNote.Kind.CHANGED, c.version(), c.portsBefore(), c.note()),
                        flow.portsJoin()));
            }
            String after = null;
            if (c.changesRequirement()) {
                Requirement since = requirementAfter(group, flow, i);
                after = key(since);
                said.add(requirementAsOf(since, c.version(), group.requiredWhenOf(flow.withRequirement(since))));
            }
            shown.addAll(said);
            List<Part> line = new ArrayList<>(List.of(annotations(said)));
            List<Part> why = c.note() == null ? List.of() : text(c.note());
            if (!why.isEmpty()) {
                line.add(new Part.Text(" "));
                line.addAll(why);
            }
            description.add(new Line(line, true));
            changes.add(new VersionChange(c.version(), c.portsBefore().stream().map(ViewBuilder::port).toList(),
                    c.changesPorts() ? labels.ports(c.portsBefore(), flow.portsJoin()) : "", why, Part.plain(line),
                    c.changesRequirement() ? c.requirementBefore().key() : null, after));
        }
        // the proxy hint, unless the description says it already
        String proxyMenu = flow.proxy() == null || flow.proxy().menu() == null ? null
                : labels.of(RefKind.MENU, flow.proxy().menu());
        if (flow.proxy() != null && !flow.proxy().inDescription() && !mentions(flow.description(), flow.proxy().menu())) {
            List<Part> hint = flow.proxy().menu() == null ? List.of(new Part.Text(words.get("proxy")))
                    : message("proxy.menu", new Part.Ref(RefKind.MENU, flow.proxy().menu(), proxyMenu));
            shown.add(new Annotation(Annotation.Kind.PROXY, null, Part.plain(hint)));
            description.add(new Line(hint, true));
        }
        String requirementWords = own.map(Annotation::words).orElse(words.get("requirement.required"));
        Text when = group.requiredWhenOf(flow);
        List<Part> plainText = text.stream().filter(p -> !(p instanceof Part.Pending)).toList();
        return new FlowRow(flow.id(), flow.anchor(), group.id(), labels.flow(flow), ports(flow), labels.ports(flow),
                endpoints(flow.source()), endpoints(flow.destination()), new Cell(description), Part.plain(plainText),
                text, key(requirement), requirementWords, when == null ? null : labels.plain(when),
                group.sinceOf(flow), group.removedOf(flow), changes, shown, flow.proxy() != null, proxyMenu,
                project.direction(flow).key(), labels.direction(flow), project.fromInternet(flow),
                endpointNames(flow.source()), endpointNames(flow.destination()),
                flow.ports().stream().map(ViewBuilder::port).toList(), flow.portsJoin().key(), flow.bidirectional(),
                new Cell(List.of(Line.of(new Part.Text(labels.directionColumn(flow))))));
    }

    private static String key(Requirement requirement) {
        return (requirement == null ? Requirement.REQUIRED : requirement).key();
    }

    private List<EndpointName> endpointNames(List<String> ids) {
        return ids.stream().map(id -> project.endpoint(id)
                .map(e -> new EndpointName(id, labels.endpoint(e), e.host(), e.zone(), e.any()))
                .orElse(new EndpointName(id, id, null, null, false))).toList();
    }

    /** A port spec as data. */
    static PortView port(PortSpec spec) {
        return new PortView(spec.protocols().stream().map(Protocol::label).toList(),
                spec.protocols().stream().map(Protocol::key).toList(),
                spec.ports().stream().map(r -> new PortView.Range(r.from(), r.to(), r.single(), r.key())).toList(),
                spec.icmpTypes(), spec.service(), spec.label());
    }

    /** A data text as parts (references with their labels, the badge of a pending translation): for the delta view. */
    public List<Part> parts(Text text) {
        return text == null ? List.of() : text(text);
    }

    /** One line per port; with "und/oder" or "oder" every line but the last ends in the words for it. */
    private Cell ports(Flow flow) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < flow.ports().size(); i++) {
            String label = labels.port(flow.ports().get(i));
            boolean more = i < flow.ports().size() - 1;
            String join = flow.portsJoin().messageKey();
            lines.add(Line.of(new Part.Text(join != null && more ? label + " " + words.get(join) : label)));
        }
        return new Cell(lines);
    }

    private Cell endpoints(List<String> ids) {
        return new Cell(ids.stream().map(id -> Line.of(new Part.Text(labels.endpoints(List.of(id))))).toList());
    }

    private Part.Annotations annotations(List<Annotation> items) {
        String joined = String.join(words.get("annotation.and"), items.stream().map(Annotation::words).toList());
        return new Part.Annotations(items, words.format("annotation", joined));
    }

    /** "neu in 13.0.0", "geändert in 9.10.0, vorher TCP 2222 (SSH)", "entfällt ab 10.0.0". */
    private Annotation annotation(VersionNote note, PortsJoin join) {
        Annotation.Kind kind = switch (note.kind()) {
            case SINCE -> Annotation.Kind.NEW_IN;
            case CHANGED -> Annotation.Kind.CHANGED_IN;
            case REMOVED -> Annotation.Kind.REMOVED_IN;
        };
        return new Annotation(kind, note.version(),
                words.format(note.key(), note.version(), labels.ports(note.portsBefore(), join)));
    }

    /** The requirement a flow has from its change {@code index} on: the next change's before, else its own now. */
    private static Requirement requirementAfter(Group group, Flow flow, int index) {
        for (int k = index + 1; k < flow.changes().size(); k++) {
            if (flow.changes().get(k).changesRequirement()) {
                return flow.changes().get(k).requirementBefore();
            }
        }
        Requirement now = group.requirementOf(flow);
        return now == null ? Requirement.REQUIRED : now;
    }

    /** "verpflichtend ab 15.5.1", "optional ab 15.5.1", "optional ab 15.5.1, im Cluster zwingend". */
    private Annotation requirementAsOf(Requirement since, String version, Text requiredWhen) {
        String text = since == Requirement.CONDITIONAL && requiredWhen != null
                ? words.format("requirement.asOf.conditional", version, labels.plain(requiredWhen))
                : words.format("requirement.asOf." + (since == Requirement.REQUIRED ? "required" : "optional"), version);
        return new Annotation(Annotation.Kind.REQUIREMENT_AS_OF, version, text);
    }

    /** "optional", "optional, im Cluster zwingend"; nothing for a required flow. */
    private Optional<Annotation> requirement(Requirement requirement, Text requiredWhen) {
        if (requirement == null || requirement == Requirement.REQUIRED) {
            return Optional.empty();
        }
        String text = requirement == Requirement.CONDITIONAL && requiredWhen != null
                ? words.format("requirement.conditional", labels.plain(requiredWhen))
                : words.get("requirement.optional");
        return Optional.of(new Annotation(Annotation.Kind.REQUIREMENT, null, text));
    }

    /** A data text as parts: literal words and references with their labels, and the badge of a pending translation. */
    private List<Part> text(Text text) {
        List<Part> parts = new ArrayList<>();
        for (Inline inline : text.inline(language())) {
            if (inline instanceof Inline.Literal l) {
                parts.add(new Part.Text(l.text()));
            } else if (inline instanceof Inline.Ref r) {
                parts.add(new Part.Ref(r.kind(), r.id(), r.text() != null ? r.text() : labels.of(r.kind(), r.id()), r.text()));
            }
        }
        if (language() != Language.SOURCE && Translation.isPending(text)) {
            // shown, not hidden: the reader sees the English and that it may lag behind the German
            parts.add(new Part.Pending(words.get("translation.pending")));
        }
        return parts;
    }

    /** A theme message with parts in its {0}, {1} … */
    private List<Part> message(String key, Part... args) {
        String template = words.get(key);
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Part.Text(template.substring(last, m.start())));
            }
            int index = Integer.parseInt(m.group(1));
            if (index < args.length) {
                parts.add(args[index]);
            }
            last = m.end();
        }
        if (last < template.length()) {
            parts.add(new Part.Text(template.substring(last)));
        }
        return parts;
    }

    private static boolean mentions(Text text, String menuId) {
        return menuId != null && Inline.refs(text.de()).stream()
                .anyMatch(r -> r.kind() == RefKind.MENU && r.id().equals(menuId));
    }
}
