package dev.flowdoc.render.adoc;

import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.view.Labels;
import dev.flowdoc.render.Links;
import java.util.List;
import java.util.regex.Pattern;

/**
 * References written in standard AsciiDoc, for the generated AsciiDoc a reader can reuse without flowdoc:
 * {@code xref:page.adoc#flow-id[label]} and {@code menu:System[Proxy settings]}.
 */
public final class PortableRefs implements RefSyntax {
    /** Labels the menu macro takes as they are; others (brackets, commas, '>') are written as text. */
    private static final Pattern MENU_SAFE = Pattern.compile("[\\p{L}\\p{N} ./:()-]+");

    private final Project project;
    private final Labels labels;
    private final Links links;
    private final String page;

    public PortableRefs(Project project, Labels labels, Links links, String page) {
        this.project = project;
        this.labels = labels;
        this.links = links;
        this.page = page;
    }

    @Override
    public String write(RefKind kind, String id) {
        return write(kind, id, null);
    }

    @Override
    public String write(RefKind kind, String id, String text) {
        String label = text != null ? text : labels.of(kind, id);
        if (kind == RefKind.MENU && text == null) {
            return project.menuEntry(id).map(PortableRefs::menu).orElse(AdocEscape.literal(label));
        }
        return links.target(kind, id, labels.language(), page)
                .map(t -> (t.page() == null ? "<<" + t.anchor() + "," + AdocEscape.literal(label) + ">>"
                        : "xref:" + t.xref() + "[" + AdocEscape.literal(label) + "]"))
                .orElse(AdocEscape.literal(label));
    }

    static String menu(MenuEntry entry) {
        List<String> path = entry.path();
        if (!path.stream().allMatch(l -> MENU_SAFE.matcher(l).matches())) {
            return AdocEscape.literal(entry.pathLabel());
        }
        // with '>' in the items Asciidoctor splits on it, never on the commas of a label
        return "menu:" + path.get(0) + "[" + String.join(" > ", path.subList(1, path.size())) + "]";
    }
}
