package dev.flowdoc.site;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.render.html.ActiveContent;
import dev.flowdoc.render.html.PageLayout;
import dev.flowdoc.render.html.RowAttributes;
import dev.flowdoc.render.page.MacroCalls;
import dev.flowdoc.render.page.PageConverter;
import dev.flowdoc.render.page.PageMacros;
import dev.flowdoc.render.page.Prose;
import dev.flowdoc.view.Documentation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.asciidoctor.Asciidoctor;

/**
 * The HTML pages: each page's conversion comes from the {@link Memo} while replaying its macro calls gives the same
 * output ({@link PageMacros#replay}: the tables and diagrams are put in anew), else Asciidoctor converts it (asked
 * for only then). One conversion gives the body and the prose the PDFs and the search index read.
 */
final class PageOutputs implements AutoCloseable {
    private final Documentation docs;
    private final Supplier<Asciidoctor> asciidoctor;
    private final PageLayout layout;
    private final Memo memo;
    private final Fingerprints inputs;
    private final PageMacros macros;
    private PageConverter converter;
    /** Each page's entry of this run ("de/index"), once rendered. */
    private final Map<String, Memo.Page> done = new HashMap<>();
    private final Problems pageProblems = new Problems();

    PageOutputs(Inputs sources, Documentation docs, PageLayout layout, Supplier<Asciidoctor> asciidoctor, Memo memo,
            Fingerprints inputs, Function<Language, List<String>> diagrams) {
        this.docs = docs;
        this.asciidoctor = asciidoctor;
        this.layout = layout;
        this.memo = memo;
        this.inputs = inputs;
        this.macros = new PageMacros(docs.views(), sources.content(), diagrams);
    }

    private static String id(Page page) {
        return Fingerprints.id(page);
    }

    private List<Page> allPages() {
        return inputs.allPages();
    }

    /**
     * A page's conversion is made from its language, name and source, the theme's words, the release and the pages'
     * structure; the data reaches it only through its macro calls, which are replayed before it is used.
     */
    private Key pageKey(Page page) {
        return Key.of("page", id(page), page.source(), inputs.words(), docs.project().release(), inputs.structure());
    }

    /** The page's entry for this run: kept and replayed where its calls give the same output, else converted now. */
    private synchronized Memo.Page page(Page page) {
        Memo.Page entry = reused(page).orElse(null);
        if (entry == null) {
            PageConverter.Converted converted = converter().convert(page);
            entry = new Memo.Page(pageKey(page).hash(), converted.recorded(), converted.prose(),
                    AsciidoctorLog.logged(converted.log()), finish(page, converted.recorded(), pageProblems));
            memo.page(id(page), entry, page.location().file());
            done.put(id(page), entry);
        }
        return entry;
    }

    /** The page's entry of this run if it is made already or kept and replays to the same output. */
    private synchronized Optional<Memo.Page> reused(Page page) {
        Memo.Page entry = done.get(id(page));
        if (entry != null) {
            return Optional.of(entry);
        }
        Key key = pageKey(page);
        Optional<Memo.Page> kept = memo.page(id(page), key);
        Optional<MacroCalls.Recorded> again = kept.flatMap(k -> macros.replay(page, k.recorded()));
        if (again.isEmpty()) {
            return Optional.empty();
        }
        Memo.Page before = kept.get();
        boolean sameProse = again.get().prose().equals(before.recorded().prose());
        entry = new Memo.Page(key.hash(), again.get(), before.prose(), before.log(),
                sameProse ? before.html() : finish(page, again.get(), pageProblems));
        memo.page(id(page), entry, null);
        done.put(id(page), entry);
        return Optional.of(entry);
    }

    /** The prose of a conversion post-processed (the rows' and cells' attributes) and checked for active content. */
    private String finish(Page page, MacroCalls.Recorded recorded, Problems problems) {
        String prose = RowAttributes.decorate(recorded.prose());
        ActiveContent.check(page, prose, problems);
        return prose;
    }

    private synchronized PageConverter converter() {
        if (converter == null) {
            converter = new PageConverter(asciidoctor.get(), macros);
        }
        return converter;
    }

    /** True when some page must be converted: Asciidoctor will be needed (a caller may start it ahead). */
    public synchronized boolean needsAsciidoctor() {
        return allPages().stream().anyMatch(page -> reused(page).isEmpty());
    }

    /** The HTML pages of both languages, each checked for active content; what Asciidoctor logged goes to {@code problems}. */
    public synchronized Map<String, String> pages(Problems problems) {
        return pages(problems, (path, html) -> {}, Set.of());
    }

    /**
     * The same, rendering the pages at the site paths {@code first} before the others (the pages a browser shows in
     * the preview) and handing each to {@code ready} as soon as it is rendered while nothing has gone wrong so far.
     */
    public synchronized Map<String, String> pages(Problems problems, BiConsumer<String, String> ready, Set<String> first) {
        Map<String, String> rendered = new HashMap<>();
        List<Page> order = new ArrayList<>(allPages());
        order.sort(Comparator.comparing(page -> !first.contains(SiteRenderer.htmlPath(page))));
        boolean failed = false;
        for (Page page : order) {
            Memo.Page entry = page(page);
            Problems logged = new Problems();
            AsciidoctorLog.report(entry.log(), page.location().file(), logged);
            failed |= logged.hasErrors() || pageProblems.hasErrors() || problems.hasErrors();
            Optional<String> body = entry.recorded().join(entry.html());
            if (body.isEmpty()) {
                pageProblems.error(dev.flowdoc.model.Location.of(page.location().file()),
                        "a flow table stands where its HTML cannot go (in a table cell, a list or a passthrough): put flowtable:: on a line of its own");
                failed = true;
            }
            String html = layout.render(page, body.orElse(""));
            rendered.put(SiteRenderer.htmlPath(page), html);
            if (!failed) {
                ready.accept(SiteRenderer.htmlPath(page), html);
            }
        }
        for (Page page : allPages()) {
            AsciidoctorLog.report(page(page).log(), page.location().file(), problems);
        }
        problems.addAll(pageProblems);
        Map<String, String> pages = new LinkedHashMap<>();
        allPages().forEach(page -> pages.put(SiteRenderer.htmlPath(page), rendered.get(SiteRenderer.htmlPath(page))));
        return pages;
    }

    /** The prose of a page as Asciidoctor read it, with flowdoc's extensions run (for outputs other than HTML). */
    public Prose prose(Page page) {
        return page(page).prose();
    }

    @Override
    public synchronized void close() {
        if (converter != null) {
            converter.close();
        }
    }
}
