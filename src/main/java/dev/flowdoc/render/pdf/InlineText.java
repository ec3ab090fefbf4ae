package dev.flowdoc.render.pdf;

import dev.flowdoc.model.Group;
import dev.flowdoc.model.Inline;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Text;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Turns a text with inline references into spans: a menu reference reads as its path ("System › Proxy settings"),
 * a chapter, group or flow reference as its title in the language; group and flow references link to their
 * anchors (links whose target is not in the document stay plain text).
 */
final class InlineText {
    private final Project project;
    private final Language language;

    InlineText(Project project, Language language) {
        this.project = project;
        this.language = language;
    }

    List<Span> spans(Text text, PDFont font, float size) {
        List<Span> out = new ArrayList<>();
        for (Inline part : text.inline(language)) {
            if (part instanceof Inline.Literal literal) {
                out.add(new Span(literal.text(), font, size));
            } else if (part instanceof Inline.Ref ref) {
                out.add(switch (ref.kind()) {
                    case MENU -> new Span(project.menuEntry(ref.id()).map(m -> m.pathLabel()).orElse(ref.id()), font, size);
                    case CHAPTER -> new Span(project.chapter(ref.id()).map(c -> c.title().in(language)).orElse(ref.id()), font, size);
                    case GROUP -> new Span(project.history().group(ref.id()).map(g -> g.title().in(language)).orElse(ref.id()), font, size,
                            "group-" + ref.id());
                    case FLOW -> new Span(flowTitle(ref.id()), font, size, "flow-" + ref.id());
                });
            }
        }
        return out;
    }

    /** A flow has no title of its own: its group's title and its first port ("GINA: TCP 443 (HTTPS)"). */
    private String flowTitle(String id) {
        Project all = project.history();
        return all.flow(id).map(f -> {
            Group g = all.groupOf(f);
            return g.title().in(language) + ": " + f.ports().get(0).label();
        }).orElse(id);
    }
}
