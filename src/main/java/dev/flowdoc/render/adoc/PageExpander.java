package dev.flowdoc.render.adoc;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.render.diagram.Diagrams;
import dev.flowdoc.render.diagram.Drawing;
import dev.flowdoc.view.DocView;
import java.util.Map;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.view.Labels;
import dev.flowdoc.render.Links;
import dev.flowdoc.model.Messages;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated AsciiDoc of a page: the page's source with the data expanded into standard AsciiDoc
 * (table source, {@code xref:}, {@code menu:}), so that readers can reuse it with any Asciidoctor,
 * without flowdoc's extensions.
 */
public final class PageExpander {
    private static final Pattern FLOWTABLE = Pattern.compile("^flowtable::([\\w.-]*)\\[.*]\\s*$");
    private static final Pattern RELEASECHANGES = Pattern.compile("^" + ReleaseChangesSource.MACRO + "::[\\w.-]*\\[.*]\\s*$");
    private static final Pattern MENUPATHS = Pattern.compile("^" + MenuPathsSource.MACRO + "::[\\w.-]*\\[.*]\\s*$");
    private static final Pattern ENDPOINTS = Pattern.compile("^" + EndpointsSource.MACRO + "::[\\w.-]*\\[.*]\\s*$");
    private static final Pattern FLOWDIAGRAM = Pattern.compile("^" + Macros.FLOWDIAGRAM + "::[\\w.-]*\\[.*]\\s*$");
    private static final Pattern PROFILES = Pattern.compile("^" + ProfilesSource.MACRO + "::[\\w.-]*\\[.*]\\s*$");
    private static final Pattern INLINE = Pattern.compile("(?<![\\w\\\\])(menupath|flow|group|chapter):([\\w.-]+)\\[([^\\]]*)]");
    private static final Pattern FENCE = Pattern.compile("^(/{4,}|-{4,}|\\.{4,}|\\+{4,})\\s*$");

    private final Project project;
    private final Map<Language, DocView> views;
    private final Links links;
    private final Content content;
    private final Diagrams diagrams;

    public PageExpander(Map<Language, DocView> views, Content content) {
        this(views, content, new Diagrams());
    }

    /** {@code diagrams}: the build's laid-out diagrams (their titles name the images). */
    public PageExpander(Map<Language, DocView> views, Content content, Diagrams diagrams) {
        this.content = content;
        this.diagrams = diagrams;
        this.views = views;
        this.project = views.get(Language.SOURCE).project();
        this.links = new Links(project, content);
    }

    public String expand(Page page) {
        Messages messages = views.get(page.language()).words();
        Labels labels = new Labels(project, messages);
        PortableRefs refs = new PortableRefs(project, labels, links, page.name());
        AdocText text = new AdocText(messages, refs);
        StringBuilder out = new StringBuilder();
        String fence = null;
        boolean header = false;
        boolean headerDone = false;
        for (String line : page.source().split("\r?\n", -1)) {
            if (fence != null || FENCE.matcher(line).matches()) {
                fence = fence == null ? line.strip() : (line.strip().equals(fence) ? null : fence);
                out.append(line).append('\n');
                continue;
            }
            if (!headerDone && line.startsWith("= ")) {
                header = true;
            } else if (header && !headerDone && line.isBlank()) {
                // the menu macro needs this attribute; it goes at the end of the header
                out.append(":experimental:\n");
                headerDone = true;
            }
            Matcher table = FLOWTABLE.matcher(line);
            if (table.matches()) {
                DocView view = views.get(page.language());
                List<dev.flowdoc.view.GroupBlock> groups = table.group(1).equals(Content.ALL) ? view.groups()
                        : view.group(table.group(1)).map(List::of).orElse(List.of());
                out.append(FlowTableSource.write(FlowTableModel.headings(view, text), FlowTableModel.build(groups, text)));
                continue;
            }
            if (FLOWDIAGRAM.matcher(line).matches()) {
                List<Drawing> drawings = diagrams.of(views.get(page.language()));
                for (int i = 0; i < drawings.size(); i++) {
                    // the SVG files the build writes beside the generated AsciiDoc
                    out.append("image::").append(Macros.diagramFile(i + 1)).append("[\"")
                            .append(drawings.get(i).title().replace("\"", "'")).append("\"]\n\n");
                }
                continue;
            }
            if (MENUPATHS.matcher(line).matches()) {
                out.append(MenuPathsSource.write(project, content, text));
                continue;
            }
            if (ENDPOINTS.matcher(line).matches()) {
                out.append(EndpointsSource.write(project, text));
                continue;
            }
            if (PROFILES.matcher(line).matches()) {
                out.append(ProfilesSource.write(project, text));
                continue;
            }
            if (RELEASECHANGES.matcher(line).matches()) {
                out.append(ReleaseChangesSource.write(project, text));
                continue;
            }
            out.append(inline(line, refs)).append('\n');
        }
        String result = out.toString();
        return result.endsWith("\n\n") ? result.substring(0, result.length() - 1) : result;
    }

    private static String inline(String line, PortableRefs refs) {
        Matcher m = INLINE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            RefKind kind = m.group(1).equals(Macros.MENUPATH) ? RefKind.MENU : RefKind.parse(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(refs.write(kind, m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
