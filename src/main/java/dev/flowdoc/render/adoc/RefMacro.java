package dev.flowdoc.render.adoc;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.view.Labels;
import dev.flowdoc.render.Links;
import java.util.HashMap;
import java.util.Map;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.nodes.Entities;

/**
 * {@code flow:ID[]}, {@code group:ID[]}, {@code chapter:ID[]}: a link to the stable anchor, labelled with
 * the name from the data in the page's language (or the macro's text, if the writer gave one).
 */
public final class RefMacro extends InlineMacroProcessor {
    /** The document attribute naming the page being converted, so that links to its own tables stay local. */
    public static final String PAGE_ATTRIBUTE = "flowdoc-page";

    private final RefKind kind;
    private final Labels labels;
    private final Links links;

    public RefMacro(RefKind kind, Labels labels, Links links) {
        super(kind.key());
        this.kind = kind;
        this.labels = labels;
        this.links = links;
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Language language = labels.language();
        String page = (String) parent.getDocument().getAttribute(PAGE_ATTRIBUTE);
        Object given = attributes.get("text");
        // the converter writes link text as it is: escape the label, which comes from the data
        String label = given instanceof String s && !s.isBlank() ? s : Entities.escape(labels.of(kind, target));
        var link = links.target(kind, target, language, page);
        if (link.isEmpty() && labels.known(kind, target)) {
            // a flow or group the documented release does not have yet (or no longer): named, not linked
            return createPhraseNode(parent, "quoted", label);
        }
        if (link.isEmpty()) {
            log(new LogRecord(Severity.ERROR, parent.getSourceLocation(), kind.key() + ": no target for '" + target + "'"));
            return createPhraseNode(parent, "quoted", label);
        }
        Map<String, Object> options = new HashMap<>();
        options.put("type", ":link");
        options.put("target", link.get().href());
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", "ref ref-" + kind.key());
        return createPhraseNode(parent, "anchor", label, attrs, options);
    }
}
