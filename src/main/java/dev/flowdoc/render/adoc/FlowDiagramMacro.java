package dev.flowdoc.render.adoc;

import dev.flowdoc.model.Content;
import dev.flowdoc.render.diagram.Diagrams;
import dev.flowdoc.view.DocView;
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
    public static final String NAME = "flowdiagram";
    /** The role of the block around the diagram; the theme's CSS finds it by this. */
    public static final String ROLE = "flowdiagram";

    private final DocView view;
    private final Diagrams diagrams;

    public FlowDiagramMacro(DocView view, Diagrams diagrams) {
        super(NAME);
        this.view = view;
        this.diagrams = diagrams;
    }

    /** The site path of a part's SVG file below the language folder: "flowdiagram-1.svg". */
    public static String file(int part) {
        return NAME + "-" + part + ".svg";
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        if (!target.equals(Content.ALL)) {
            // validation rejects other targets; this guards a caller that skipped it
            log(new LogRecord(Severity.ERROR, parent.getSourceLocation(), NAME + ": unknown target '" + target + "'"));
        }
        StringBuilder html = new StringBuilder();
        for (String svg : Diagrams.svg(diagrams.of(view))) {
            html.append("<div class=\"" + ROLE + "\">\n").append(svg).append("</div>\n");
        }
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", ROLE);
        return createBlock(parent, "pass", List.of(html.toString()), attrs);
    }
}
