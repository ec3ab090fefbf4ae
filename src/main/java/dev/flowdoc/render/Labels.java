package dev.flowdoc.render;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Inline;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.PortSpec;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.model.Text;
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
            case GROUP -> project.group(id).map(g -> g.title().in(language())).orElse(id);
            case FLOW -> project.flow(id).map(this::flow).orElse(id);
        };
    }

    /** "Frontend → Backend, TCP 22 (SSH)". */
    public String flow(Flow flow) {
        return messages.format("ref.flow", endpoints(flow.source()), endpoints(flow.destination()), ports(flow));
    }

    public String endpoints(List<String> ids) {
        return ids.stream().map(id -> project.endpoint(id).map(e -> e.name(language())).orElse(id))
                .collect(Collectors.joining(", "));
    }

    /** The flow's ports on one line, joined by "und/oder" where the data says so. */
    public String ports(Flow flow) {
        String sep = flow.portsAndOr() ? " " + messages.get("ports.andOr") + " " : ", ";
        return flow.ports().stream().map(PortSpec::label).collect(Collectors.joining(sep));
    }

    /** The text with every {kind:id} replaced by the name of what it points to. */
    public String plain(Text text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Inline part : text.inline(language())) {
            if (part instanceof Inline.Literal l) {
                out.append(l.text());
            } else if (part instanceof Inline.Ref r) {
                out.append(of(r.kind(), r.id()));
            }
        }
        return out.toString();
    }
}
