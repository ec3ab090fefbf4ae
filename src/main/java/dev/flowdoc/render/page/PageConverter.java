package dev.flowdoc.render.page;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.ExtensionGroup;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;

/**
 * Converts prose pages with one Asciidoctor instance for both languages (creating one costs seconds). Each language
 * has its own extension group ({@link PageMacros}); only one group is registered at a time. A page is loaded and
 * converted once: the HTML body with the macro calls that gave it its data ({@link MacroCalls.Recorded}), and its
 * {@link Prose} read from the same document. SECURE mode: content cannot include files or read attributes from the
 * environment. Asciidoctor's warnings and errors are collected per page, not printed.
 */
public final class PageConverter implements AutoCloseable {
    private final Asciidoctor asciidoctor;
    private final PageMacros macros;
    private final Map<Language, ExtensionGroup> groups = new EnumMap<>(Language.class);
    private final List<LogRecord> log = new ArrayList<>();
    private final LogHandler handler = this::record;
    /** Asciidoctor also logs through java.util.logging, which would print every warning a second time. */
    private static final java.util.logging.Logger JUL = java.util.logging.Logger.getLogger("asciidoctor");

    /** A page converted: its body with placeholders and calls, its prose, what Asciidoctor logged for it. */
    public record Converted(MacroCalls.Recorded recorded, Prose prose, List<LogRecord> log) {}

    public PageConverter(Asciidoctor asciidoctor, PageMacros macros) {
        this.asciidoctor = asciidoctor;
        this.macros = macros;
        for (Language language : Language.values()) {
            ExtensionGroup group = asciidoctor.createGroup("flowdoc-" + language.code());
            PageMacros.Extensions extensions = macros.of(language);
            extensions.blocks().forEach(group::blockMacro);
            extensions.inlines().forEach(group::inlineMacro);
            groups.put(language, group);
        }
        asciidoctor.registerLogHandler(handler);
        JUL.setUseParentHandlers(false);
    }

    /** The page loaded and converted once: body, prose and log. */
    public synchronized Converted convert(Page page) {
        ExtensionGroup group = groups.get(page.language());
        group.register();
        log.clear();
        macros.calls.start();
        MacroCalls.Recorded recorded = null;
        try {
            Document document = asciidoctor.load(page.source(), options(page));
            recorded = macros.calls.stop(document.convert());
            List<LogRecord> logged = List.copyOf(log);
            // the inline macros run again as the reader converts inline content: neither recorded nor logged twice
            return new Converted(recorded, ProseReader.read(document), logged);
        } finally {
            if (recorded == null) {
                macros.calls.stop("");
            }
            group.unregister();
            log.clear();
        }
    }

    private synchronized void record(LogRecord record) {
        log.add(record);
    }

    static Options options(Page page) {
        Attributes attributes = Attributes.builder()
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
