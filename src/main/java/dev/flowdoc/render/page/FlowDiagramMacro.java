package dev.flowdoc.render.page;

import dev.flowdoc.model.Content;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * {@code flowdiagram::all[]}: the zone diagram of every flow of the page's view, inline SVG (one per part when the
 * diagram is split). The SVG is made and escaped by the diagram's writer; this macro only places it in the page.
 * The generated AsciiDoc shows the same diagram as images of the SVG files the build writes beside it
 * ({@link #file}).
 */
public final class FlowDiagramMacro extends BlockMacroProcessor {
    public static final String NAME = dev.flowdoc.render.adoc.Macros.FLOWDIAGRAM;
    /** The role of the block around the diagram; the theme's CSS finds it by this. */
    public static final String ROLE = "flowdiagram";

    private final java.util.function.Supplier<List<String>> svgs;
    private final MacroCalls calls;

    /** {@code calls}: while a page is converted, the diagram goes in after conversion (null: always in place). */
    public FlowDiagramMacro(java.util.function.Supplier<List<String>> svgs, MacroCalls calls) {
        super(NAME);
        this.svgs = svgs;
        this.calls = calls;
    }

    /** The diagram's HTML as the page body holds it, from the data this macro has now; null for a target it does not know. */
    String output(String target) {
        String html = html(target);
        return html == null ? null : html.stripTrailing();
    }

    private String html(String target) {
        if (!target.equals(Content.ALL)) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        for (String svg : svgs.get()) {
            html.append("<div class=\"" + ROLE + "\">\n").append(svg).append("</div>\n");
        }
        return html.toString();
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        String html = html(target);
        if (html == null) {
            // validation rejects other targets; this guards a caller that skipped it
            log(new LogRecord(Severity.ERROR, parent.getSourceLocation(), NAME + ": unknown target '" + target + "'"));
            html = html(Content.ALL);
            calls.notReusable();
        }
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", ROLE);
        // a block of one list element is written as it is, without white space at its end
        return createBlock(parent, "pass", List.of(calls.splice(NAME, target, html.stripTrailing())), attrs);
    }
}
