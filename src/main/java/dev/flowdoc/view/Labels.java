package dev.flowdoc.view;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Inline;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.PortSpec;
import dev.flowdoc.model.PortsJoin;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.model.Text;
import dev.flowdoc.model.Zone;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plain-text names of what references point to (a flow, a group, a chapter, a menu path), and texts with
 * their references spelled out. Used where no markup is possible: link texts, CSV and JSON exports.
 */
public final class Labels {
    private final Project project;
    private final Messages messages;

    public Labels(Project project, Messages messages) {
        this.project = project;
        this.messages = messages;
    }

    public Language language() {
        return messages.language();
    }

    public String of(RefKind kind, String id) {
        return switch (kind) {
            case MENU -> project.menuEntry(id).map(m -> m.pathLabel()).orElse(id);
            case CHAPTER -> project.chapter(id).map(c -> c.title().in(language())).orElse(id);
            // a flow or group of another release (prose may name it) keeps its name, from the whole history
            case GROUP -> project.history().group(id).map(g -> g.title().in(language())).orElse(id);
            case FLOW -> project.history().flow(id).map(this::flow).orElse(id);
        };
    }

    /** True if the id names something of the project in any release. */
    public boolean known(RefKind kind, String id) {
        Project all = project.history();
        return switch (kind) {
            case MENU -> all.menuEntry(id).isPresent();
            case CHAPTER -> all.chapter(id).isPresent();
            case GROUP -> all.group(id).isPresent();
            case FLOW -> all.flow(id).isPresent();
        };
    }

    /** "Frontend → Backend, TCP 22 (SSH)". */
    public String flow(Flow flow) {
        return messages.format("ref.flow", endpoints(flow.source()), endpoints(flow.destination()), ports(flow));
    }

    public String endpoints(List<String> ids) {
        return ids.stream().map(id -> project.endpoint(id).map(this::endpoint).orElse(id))
                .collect(Collectors.joining(", "));
    }

    /**
     * What a reader sees for an endpoint: its label, its host as written, or both, "Label (host)"; an endpoint for any
     * address says so after its label, "Label (beliebige Adresse)".
     */
    public String endpoint(dev.flowdoc.model.Endpoint endpoint) {
        if (endpoint.any()) {
            return messages.format("endpoint.any", endpoint.label() != null ? endpoint.label().in(language()) : endpoint.id());
        }
        if (endpoint.host() != null && endpoint.label() != null) {
            return messages.format("endpoint.labelledHost", endpoint.label().in(language()), endpoint.host());
        }
        return endpoint.name(language());
    }

    /** The flow's ports on one line, joined by "und/oder" or "oder" where the data says so. */
    public String ports(Flow flow) {
        return ports(flow.ports(), flow.portsJoin());
    }

    public String ports(List<PortSpec> ports, PortsJoin join) {
        return ports.stream().map(this::port).collect(Collectors.joining(separator(join)));
    }

    /** What stands between two ports: ", ", " und/oder ", " oder " (the theme's words). */
    public String separator(PortsJoin join) {
        return join.messageKey() == null ? ", " : " " + messages.get(join.messageKey()) + " ";
    }

    /** "TCP 25 (SMTP)", "TCP 41000–41100", "ICMP Typ 0, 8". */
    public String port(PortSpec spec) {
        return spec.label(messages);
    }

    /** The zone's name: the project's label, else the bundle's {@code zone.ID} (a built-in zone). */
    public String zone(Zone zone) {
        return zone.label() != null ? zone.label().in(language()) : messages.get("zone." + zone.id());
    }

    /** The zone as every output names it: label, meaning and flags. */
    public ZoneName zoneName(Zone zone) {
        return new ZoneName(zone.id(), zone(zone), zoneMeaning(zone), zone.internet(), zone.appliance(), zone.declared());
    }

    /** What the zone means: the project's text, else the bundle's {@code zone.ID.meaning}; empty for a declared zone without. */
    public String zoneMeaning(Zone zone) {
        if (zone.meaning() != null) {
            return plain(zone.meaning());
        }
        return zone.declared() ? "" : messages.get("zone." + zone.id() + ".meaning");
    }

    /**
     * The flow's direction in words, seen from the product: "eingehend", "intern (SEPPmail …)", "in beide Richtungen",
     * "intern (SEPPmail …), in beide Richtungen" (a two-way flow inside the product).
     */
    public String direction(Flow flow) {
        return twoWay(flow, messages.format("direction." + project.direction(flow).key(), project.product().name()));
    }

    /** The same, short, for the table's column: "eingehend", "intern", "in beide Richtungen", "intern, in beide Richtungen". */
    public String directionColumn(Flow flow) {
        return twoWay(flow, messages.get("direction.column." + project.direction(flow).key()));
    }

    private String twoWay(Flow flow, String words) {
        boolean said = project.direction(flow) == dev.flowdoc.model.Direction.BOTH;
        return flow.bidirectional() && !said ? messages.format("direction.twoWay", words) : words;
    }

    /** "neu in 13.0.0", "geändert in 9.10.0, vorher TCP 2222 (SSH): Port 2222 durch 22 ersetzt.", "entfällt ab 10.0.0". */
    public String note(VersionNote note, PortsJoin join) {
        String words = messages.format(note.key(), note.version(), ports(note.portsBefore(), join));
        return note.note() == null ? words : messages.format("changed.note", words, plain(note.note()));
    }

    /** The text with every {kind:id} replaced by the name of what it points to, {kind:id|Text} by its Text. */
    public String plain(Text text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Inline part : text.inline(language())) {
            if (part instanceof Inline.Literal l) {
                out.append(l.text());
            } else if (part instanceof Inline.Ref r) {
                out.append(r.text() != null ? r.text() : of(r.kind(), r.id()));
            }
        }
        return out.toString();
    }
}
