package dev.flowdoc.render.adoc;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.render.diagram.Diagrams;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.Labels;
import dev.flowdoc.render.Links;
import dev.flowdoc.model.Messages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.ExtensionGroup;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;

/**
 * Converts prose pages to HTML bodies with one Asciidoctor instance for both languages (creating one
 * costs seconds). Each language has its own extension group, carrying the project and that language's
 * words; only one group is registered at a time. SECURE mode: content cannot include files or read
 * attributes from the environment. Asciidoctor's warnings and errors are collected, not printed.
 */
public final class PageConverter implements AutoCloseable {
    private final Asciidoctor asciidoctor;
    private final Map<Language, ExtensionGroup> groups = new EnumMap<>(Language.class);
    private final List<LogRecord> log = new ArrayList<>();
    private final Map<LogRecord, String> pageOf = new java.util.IdentityHashMap<>();
    private final LogHandler handler = this::record;
    private final SiteTables siteTables = new SiteTables();
    /** Asciidoctor also logs through java.util.logging, which would print every warning a second time. */
    private static final java.util.logging.Logger JUL = java.util.logging.Logger.getLogger("asciidoctor");

    public PageConverter(Asciidoctor asciidoctor, Map<Language, DocView> views, Content content) {
        this(asciidoctor, views, content, new Diagrams());
    }

    /** {@code diagrams}: the build's laid-out diagrams, shared with the PDFs. */
    public PageConverter(Asciidoctor asciidoctor, Map<Language, DocView> views, Content content, Diagrams diagrams) {
        this.asciidoctor = asciidoctor;
        Project project = views.get(Language.SOURCE).project();
        Links links = new Links(project, content);
        for (Language language : Language.values()) {
            DocView view = views.get(language);
            Messages words = view.words();
            Labels labels = new Labels(project, words);
            AdocText cells = new AdocText(words, RefSyntax.MACROS);
            ExtensionGroup group = asciidoctor.createGroup("flowdoc-" + language.code())
                    .blockMacro(new FlowTableMacro(view, cells, new FlowTableHtml(project, labels, links, language), siteTables))
                    .blockMacro(new FlowDiagramMacro(view, diagrams))
                    .blockMacro(new GeneratedBlockMacro(ReleaseChangesSource.MACRO, () -> ReleaseChangesSource.write(project, cells)))
                    .blockMacro(new GeneratedBlockMacro(MenuPathsSource.MACRO, () -> MenuPathsSource.write(project, content, cells)))
                    .blockMacro(new GeneratedBlockMacro(EndpointsSource.MACRO, () -> EndpointsSource.write(project, cells)))
                    .blockMacro(new GeneratedBlockMacro(ProfilesSource.MACRO, () -> ProfilesSource.write(project, cells)))
                    .inlineMacro(new MenuPathMacro(project, links, language));
            for (RefKind kind : List.of(RefKind.FLOW, RefKind.GROUP, RefKind.CHAPTER)) {
                group.inlineMacro(new RefMacro(kind, labels, links));
            }
            groups.put(language, group);
        }
        asciidoctor.registerLogHandler(handler);
        JUL.setUseParentHandlers(false);
    }

    /** The page's HTML body (no header, no layout: the theme wraps it). */
    public String convert(Page page) {
        return convert(page, options(page, true));
    }

    /**
     * The page's HTML body for the site: its flow tables, where {@link FlowTableHtml#writeForSite} writes them, are
     * kept beside the body in their final form, a placeholder comment in their place ({@link SiteTables.Body#join}).
     */
    public SiteTables.Body convertForSite(Page page) {
        String id = siteTables.open();
        try {
            return siteTables.close(id, convert(page, options(page, true, id)));
        } finally {
            siteTables.forget(id);
        }
    }

    private String convert(Page page, Options options) {
        ExtensionGroup group = groups.get(page.language());
        group.register();
        int before = logSize();
        try {
            return asciidoctor.convert(page.source(), options);
        } finally {
            group.unregister();
            synchronized (this) {
                for (int i = before; i < log.size(); i++) {
                    pageOf.put(log.get(i), page.location().file());
                }
            }
        }
    }

    /** The page's HTML body with every flow table built and converted by Asciidoctor (tests compare it with {@link #convert}). */
    String convertThroughAsciidoctor(Page page) {
        ExtensionGroup group = groups.get(page.language());
        group.register();
        try {
            return asciidoctor.convert(page.source(), options(page, null));
        } finally {
            group.unregister();
        }
    }

    /**
     * Loads the page with its language's extensions (the block macros run now) and gives the document to
     * {@code reader} while they are still registered, so that the inline macros run when the reader converts
     * inline content. What Asciidoctor logs meanwhile is dropped: {@link #convert} reports it for the same page.
     */
    public <T> T read(Page page, Function<Document, T> reader) {
        ExtensionGroup group = groups.get(page.language());
        group.register();
        int before = logSize();
        try {
            return reader.apply(asciidoctor.load(page.source(), options(page, false)));
        } finally {
            group.unregister();
            synchronized (this) {
                log.subList(Math.min(before, log.size()), log.size()).clear();
            }
        }
    }

    /** True if Asciidoctor logged an error (or worse) since the log was last drained. */
    public synchronized boolean loggedErrors() {
        return log.stream().anyMatch(r -> r.getSeverity().ordinal() >= org.asciidoctor.log.Severity.ERROR.ordinal());
    }

    private synchronized int logSize() {
        return log.size();
    }

    /** The file a logged record is about: the page being converted (Asciidoctor knows only "<stdin>"). */
    public synchronized String fileOf(LogRecord record) {
        return pageOf.getOrDefault(record, "content/");
    }

    /** What Asciidoctor reported while converting, warnings included. */
    public synchronized List<LogRecord> log() {
        return List.copyOf(log);
    }

    /** What Asciidoctor reported since the last call (the preview reports each rebuild's own messages). */
    public synchronized List<LogRecord> drainLog() {
        List<LogRecord> records = List.copyOf(log);
        log.clear();
        return records;
    }

    private synchronized void record(LogRecord record) {
        log.add(record);
    }

    static Options options(Page page) {
        return options(page, true);
    }

    /** {@code html}: true converting to HTML (flow tables written by {@link FlowTableHtml}), false loading for structure. */
    static Options options(Page page, Boolean html) {
        return options(page, html, "");
    }

    /** {@code conversion}: the value of the HTML attribute, the id of a conversion for the site ({@link SiteTables}) or "". */
    private static Options options(Page page, Boolean html, String conversion) {
        var builder = Attributes.builder();
        // to HTML: flow tables written by FlowTableHtml; loaded for structure: flow tables without body rows
        // (null: neither, the table node built in full and converted by Asciidoctor)
        if (html != null) {
            builder.attribute(html ? FlowTableMacro.HTML_ATTRIBUTE : FlowTableMacro.OUTLINE_ATTRIBUTE, html ? conversion : "");
        }
        Attributes attributes = builder
                .attribute("lang", page.language().code())
                .attribute(RefMacro.PAGE_ATTRIBUTE, page.name())
                .attribute("docname", page.name())
                // anchors come only from the writer, so that they are the same in both languages
                .attribute("sectids!", "")
                .attribute("relfilesuffix", ".html")
                .attribute("outfilesuffix", ".html")
                .attribute("showtitle", "")
                .attribute("notitle!", "")
                .experimental(true)
                .build();
        return Options.builder().safe(SafeMode.SECURE).standalone(false).backend("html5")
                .sourcemap(true).attributes(attributes).build();
    }

    @Override
    public void close() {
        asciidoctor.unregisterLogHandler(handler);
    }
}
