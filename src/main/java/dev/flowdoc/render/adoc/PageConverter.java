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
    /** Each language's macros by name, to make a recorded call again with this converter's data ({@link #reuse}). */
    private final Map<Language, Map<String, Remake>> remakes = new EnumMap<>(Language.class);
    private final MacroCalls calls = new MacroCalls();
    private final List<LogRecord> log = new ArrayList<>();
    private final Map<LogRecord, String> pageOf = new java.util.IdentityHashMap<>();
    private final LogHandler handler = this::record;
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
            FlowTableMacro table = new FlowTableMacro(view, cells, new FlowTableHtml(project, labels, links, language), calls);
            FlowDiagramMacro diagram = new FlowDiagramMacro(view, diagrams, calls);
            MenuPathMacro menuPath = new MenuPathMacro(project, links, language, calls);
            Map<String, Remake> remake = new java.util.HashMap<>();
            remake.put(FlowTableMacro.NAME, table::output);
            remake.put(FlowDiagramMacro.NAME, (target, text, page) -> diagram.output(target));
            remake.put(MenuPathMacro.NAME, (target, text, page) -> menuPath.output(target, page));
            ExtensionGroup group = asciidoctor.createGroup("flowdoc-" + language.code())
                    .blockMacro(table)
                    .blockMacro(diagram)
                    .inlineMacro(menuPath);
            for (GeneratedBlockMacro generated : List.of(
                    new GeneratedBlockMacro(ReleaseChangesSource.MACRO, () -> ReleaseChangesSource.write(project, cells), calls),
                    new GeneratedBlockMacro(MenuPathsSource.MACRO, () -> MenuPathsSource.write(project, content, cells), calls),
                    new GeneratedBlockMacro(EndpointsSource.MACRO, () -> EndpointsSource.write(project, cells), calls),
                    new GeneratedBlockMacro(ProfilesSource.MACRO, () -> ProfilesSource.write(project, cells), calls))) {
                group.blockMacro(generated);
                remake.put(generated.getName(), (target, text, page) -> generated.output());
            }
            for (RefKind kind : List.of(RefKind.FLOW, RefKind.GROUP, RefKind.CHAPTER)) {
                RefMacro ref = new RefMacro(kind, labels, links, calls);
                group.inlineMacro(ref);
                remake.put(kind.key(), ref::output);
            }
            remakes.put(language, Map.copyOf(remake));
            groups.put(language, group);
        }
        asciidoctor.registerLogHandler(handler);
        JUL.setUseParentHandlers(false);
    }

    /** A macro made again from this converter's data: the output {@link MacroCalls} records, null where it cannot be. */
    private interface Remake {
        String output(String target, String text, String page);
    }

    /** The page's HTML body (no header, no layout: the theme wraps it). */
    public String convert(Page page) {
        return convert(page, false).body();
    }

    /**
     * The page converted for the site, with the macro calls that gave it its data: flow tables written for the site
     * are kept beside it in their final form, diagrams put into its prose ({@link MacroCalls.Recorded}).
     */
    public MacroCalls.Recorded convertRecorded(Page page) {
        return convert(page, true);
    }

    private MacroCalls.Recorded convert(Page page, boolean record) {
        ExtensionGroup group = groups.get(page.language());
        group.register();
        int before = logSize();
        if (record) {
            calls.start();
        }
        String converted = null;
        try {
            converted = asciidoctor.convert(page.source(), options(page, true));
            return calls.stop(converted);
        } finally {
            if (converted == null && record) {
                calls.stop("");
            }
            group.unregister();
            synchronized (this) {
                for (int i = before; i < log.size(); i++) {
                    pageOf.put(log.get(i), page.location().file());
                }
            }
        }
    }

    /**
     * The earlier conversion of the same page source with this converter's data, without Asciidoctor: present when
     * every macro call it recorded, made again now, gives the same output (tables and diagrams, which go in after
     * conversion, may differ). The body is then byte for byte what {@link #convertRecorded} would give.
     */
    public java.util.Optional<MacroCalls.Recorded> reuse(Page page, MacroCalls.Recorded earlier) {
        if (!earlier.reusable()) {
            return java.util.Optional.empty();
        }
        Map<String, Remake> remake = remakes.get(page.language());
        List<MacroCalls.Call> now = new ArrayList<>(earlier.calls().size());
        for (MacroCalls.Call call : earlier.calls()) {
            Remake macro = remake.get(call.macro());
            String output = macro == null ? null : macro.output(call.target(), call.text(), page.name());
            if (output == null || (!call.spliced() && !output.equals(call.output()))) {
                return java.util.Optional.empty();
            }
            now.add(new MacroCalls.Call(call.macro(), call.target(), call.text(), output, call.splice()));
        }
        return java.util.Optional.of(MacroCalls.withOutputs(earlier, now));
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
        var builder = Attributes.builder();
        // to HTML: flow tables written by FlowTableHtml; loaded for structure: flow tables without body rows
        // (null: neither, the table node built in full and converted by Asciidoctor)
        if (html != null) {
            builder.attribute(html ? FlowTableMacro.HTML_ATTRIBUTE : FlowTableMacro.OUTLINE_ATTRIBUTE, "");
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
