package dev.flowdoc.render.page;

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
@org.asciidoctor.ast.ContentModel(":text") // the link text whole, commas and all
public final class RefMacro extends InlineMacroProcessor {
    /** The document attribute naming the page being converted, so that links to its own tables stay local. */
    public static final String PAGE_ATTRIBUTE = "flowdoc-page";

    private final RefKind kind;
    private final Labels labels;
    private final Links links;
    private final MacroCalls calls;

    /** {@code calls}: where each call is recorded while a page is converted (null: not recorded). */
    public RefMacro(RefKind kind, Labels labels, Links links, MacroCalls calls) {
        super(kind.key());
        this.kind = kind;
        this.labels = labels;
        this.links = links;
        this.calls = calls;
    }

    /** What a call makes: a named or linked phrase, or an error to log. */
    private record Made(String label, String href, String error) {
        @Override
        public String toString() {
            return label + "\u0000" + href + "\u0000" + error;
        }
    }

    private Made make(String target, String given, String page) {
        Language language = labels.language();
        // the converter writes link text as it is: escape the label, which comes from the data
        String label = given != null && !given.isBlank() ? given : Entities.escape(labels.of(kind, target));
        var link = links.target(kind, target, language, page);
        if (link.isEmpty() && labels.known(kind, target)) {
            // a flow or group the documented release does not have yet (or no longer): named, not linked
            return new Made(label, null, null);
        }
        if (link.isEmpty()) {
            return new Made(label, null, kind.key() + ": no target for '" + target + "'");
        }
        return new Made(label, link.get().href(), null);
    }

    /** The output of a call as {@link MacroCalls} records it, made from the data this macro has now. */
    String output(String target, String given, String page) {
        return make(target, given, page).toString();
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        String page = (String) parent.getDocument().getAttribute(PAGE_ATTRIBUTE);
        String given = attributes.get("text") instanceof String s ? s : null;
        Made made = make(target, given, page);
        calls.record(kind.key(), target, given, made.toString());
        if (made.error() != null) {
            log(new LogRecord(Severity.ERROR, parent.getSourceLocation(), made.error()));
            calls.notReusable();
        }
        if (made.href() == null) {
            return createPhraseNode(parent, "quoted", made.label());
        }
        Map<String, Object> options = new HashMap<>();
        options.put("type", ":link");
        options.put("target", made.href());
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", "ref ref-" + kind.key());
        return createPhraseNode(parent, "anchor", made.label(), attrs, options);
    }
}
