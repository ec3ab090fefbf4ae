package dev.flowdoc.render.page;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.render.Links;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.nodes.Entities;

/**
 * {@code menupath:ID[]}: the admin UI path as a link to its row on the page of menu paths, or, where the
 * project has no such page, as AsciiDoc's menu sequence (System › Proxy settings). Labels
 * are the English UI labels in both languages. The node is the one the built-in menu macro makes; its
 * converter writes the labels as they are, so they are escaped here.
 */
public final class MenuPathMacro extends InlineMacroProcessor {
    public static final String NAME = dev.flowdoc.render.adoc.Macros.MENUPATH;

    private final Project project;
    private final Links links;
    private final Language language;
    private final MacroCalls calls;

    /** {@code calls}: where each call is recorded while a page is converted (null: not recorded). */
    public MenuPathMacro(Project project, Links links, Language language, MacroCalls calls) {
        super(NAME);
        this.project = project;
        this.links = links;
        this.language = language;
        this.calls = calls;
    }

    /** What a call makes: a link to the row, AsciiDoc's menu sequence, or an unknown entry named as it is. */
    private record Made(String label, String href, List<String> path, boolean unknown) {
        @Override
        public String toString() {
            return label + "\u0000" + href + "\u0000" + path + "\u0000" + unknown;
        }
    }

    private Made make(String target, String page) {
        Optional<MenuEntry> entry = project.menuEntry(target);
        if (entry.isEmpty()) {
            return new Made(Entities.escape(target), null, null, true);
        }
        Optional<Links.Target> link = links.target(RefKind.MENU, target, language, page);
        if (link.isPresent()) {
            return new Made(Entities.escape(entry.get().pathLabel()), link.get().href(), null, false);
        }
        return new Made(null, null, entry.get().path().stream().map(Entities::escape).toList(), false);
    }

    /** The output of a call as {@link MacroCalls} records it, made from the data this macro has now. */
    String output(String target, String page) {
        return make(target, page).toString();
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        String page = (String) parent.getDocument().getAttribute(RefMacro.PAGE_ATTRIBUTE);
        Made made = make(target, page);
        calls.record(NAME, target, null, made.toString());
        if (made.unknown()) {
            log(new LogRecord(Severity.ERROR, parent.getSourceLocation(), "menupath: unknown menu entry '" + target + "'"));
            calls.notReusable();
            return createPhraseNode(parent, "quoted", made.label());
        }
        if (made.href() != null) {
            // the path links to its row on the page of menu paths, which lists what needs it
            Map<String, Object> options = new HashMap<>();
            options.put("type", ":link");
            options.put("target", made.href());
            Map<String, Object> attrs = new HashMap<>();
            attrs.put("role", "menuref");
            return createPhraseNode(parent, "anchor", made.label(), attrs, options);
        }
        List<String> path = made.path();
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("menu", path.get(0));
        // the converter expects a list of submenus even when there is none
        attrs.put("submenus", path.size() > 2 ? new ArrayList<>(path.subList(1, path.size() - 1)) : new ArrayList<>());
        if (path.size() > 1) {
            attrs.put("menuitem", path.get(path.size() - 1));
        }
        return createPhraseNode(parent, "menu", (String) null, attrs);
    }
}
