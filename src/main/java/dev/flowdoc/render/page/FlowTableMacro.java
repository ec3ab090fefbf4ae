package dev.flowdoc.render.page;

import dev.flowdoc.model.Content;
import dev.flowdoc.render.adoc.Macros;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.GroupBlock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * {@code flowtable::all[]} or {@code flowtable::GROUP[]}: leaves a placeholder where the flow table goes; the table
 * itself is written once, from the view, in its final HTML ({@link FlowTableHtml}) and put in place after the
 * conversion ({@link MacroCalls}). The placeholder block carries the table's role and target, so that a reader of
 * the document's structure ({@link ProseReader}) knows which table stands there.
 */
public final class FlowTableMacro extends BlockMacroProcessor {
    public static final String NAME = Macros.FLOWTABLE;
    /** The role of the table; the theme's CSS and filter script find the tables by it. */
    public static final String ROLE = "flowtable";
    /** The placeholder's attribute naming the macro's target ("all" or a group id). */
    public static final String TARGET_ATTRIBUTE = "flowtable-target";

    private final DocView view;
    private final FlowTableHtml html;
    private final MacroCalls calls;

    public FlowTableMacro(DocView view, FlowTableHtml html, MacroCalls calls) {
        super(NAME);
        this.view = view;
        this.html = html;
        this.calls = calls;
    }

    private List<GroupBlock> groups(String target) {
        return target.equals(Content.ALL) ? view.groups() : view.group(target).map(List::of).orElse(List.of());
    }

    /** The table as the site shows it, from the data this macro has now; {@code icons}: the page's icons attribute as recorded. */
    String output(String target, String icons, String page) {
        List<GroupBlock> groups = groups(target);
        return groups.isEmpty() ? null : html.write(view.headings(), groups, page, "font".equals(icons));
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        String icons = "font".equals(parent.getDocument().getAttribute("icons")) ? "font" : "";
        String page = (String) parent.getDocument().getAttribute(RefMacro.PAGE_ATTRIBUTE);
        String output = output(target, icons, page);
        if (output == null) {
            // validation rejects unknown targets; this guards a caller that skipped it
            log(new LogRecord(Severity.ERROR, parent.getSourceLocation(), "flowtable: unknown group '" + target + "'"));
            calls.notReusable();
            output = "";
        }
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", ROLE);
        attrs.put(TARGET_ATTRIBUTE, target);
        return createBlock(parent, "pass", List.of(calls.keep(NAME, target, icons, output)), attrs);
    }
}
