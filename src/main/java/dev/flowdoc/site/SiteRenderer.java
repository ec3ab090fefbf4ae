package dev.flowdoc.site;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Project;
import dev.flowdoc.render.adoc.PageConverter;
import dev.flowdoc.render.adoc.PageExpander;
import dev.flowdoc.render.export.FlowsCsv;
import dev.flowdoc.render.export.FlowsJson;
import dev.flowdoc.render.html.PageLayout;
import dev.flowdoc.render.html.RowAttributes;
import dev.flowdoc.render.html.SitePages;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.render.html.Theme;
import dev.flowdoc.render.pdf.PdfSet;
import dev.flowdoc.validate.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.asciidoctor.Asciidoctor;

/**
 * Renders the parts of the site from validated sources, one part at a time, so that the full build can run the
 * parts in parallel and the preview can redo only the parts a change touches. The Asciidoctor instance is asked
 * for only when the first page is converted (creating one costs seconds and runs meanwhile on another thread).
 * Every output is a path below the site root with its text; writing is the caller's.
 */
public final class SiteRenderer implements AutoCloseable {
    private final Sources sources;
    private final Theme theme;
    private final SiteUrls urls;
    private final Supplier<Asciidoctor> asciidoctor;
    private final PageLayout layout;
    private PageConverter converter;

    public SiteRenderer(Sources sources, Theme theme, SiteUrls urls, Supplier<Asciidoctor> asciidoctor) {
        this.sources = sources;
        this.theme = theme;
        this.urls = urls;
        this.asciidoctor = asciidoctor;
        this.layout = new PageLayout(theme, sources.project(), sources.content(), urls);
    }

    public Sources sources() {
        return sources;
    }

    public Theme theme() {
        return theme;
    }

    /** The site path of a page's HTML, e.g. "de/index.html". */
    public static String htmlPath(Page page) {
        return page.language().code() + "/" + page.htmlName();
    }

    /** Waits for Asciidoctor and registers flowdoc's extensions with it. */
    public synchronized void prepare() {
        if (converter == null) {
            converter = new PageConverter(asciidoctor.get(), sources.project(), sources.content(), theme.messages());
        }
    }

    /** The page's converted body, decorated for the filter script (no layout). One page at a time. */
    public synchronized String body(Page page) {
        prepare();
        return RowAttributes.decorate(converter.convert(page), sources.project());
    }

    /** The body in the theme's layout: the page as the site serves it. */
    public String layout(Page page, String body) {
        return layout.render(page, body);
    }

    /** Reports what Asciidoctor logged while converting since the last report (errors fail the build). */
    public synchronized void reportLog(Problems problems) {
        if (converter != null) {
            AsciidoctorLog.report(converter.drainLog(), converter::fileOf, problems);
        }
    }

    /** The generated AsciiDoc of one page: "LANG/NAME.adoc" and its text. */
    public Map.Entry<String, String> generatedAsciiDoc(Page page) {
        return Map.entry(page.language().code() + "/" + page.name() + ".adoc",
                new PageExpander(sources.project(), sources.content()).expand(page, theme.messages(page.language())));
    }

    /** The generated AsciiDoc of every page: "LANG/NAME.adoc". */
    public Map<String, String> generatedAsciiDoc() {
        Map<String, String> files = new LinkedHashMap<>();
        PageExpander expander = new PageExpander(sources.project(), sources.content());
        for (Language language : Language.values()) {
            for (Page page : sources.content().pages(language)) {
                files.put(language.code() + "/" + page.name() + ".adoc", expander.expand(page, theme.messages(language)));
            }
        }
        return files;
    }

    /** flows.csv per language and flows.json. */
    public Map<String, String> exports(String dataVersion) {
        Map<String, String> files = new LinkedHashMap<>();
        Project project = sources.project();
        Content content = sources.content();
        for (Language language : Language.values()) {
            files.put(language.code() + "/flows.csv", FlowsCsv.write(project, theme.messages(language),
                    g -> homePage(content, language, g, project)));
        }
        files.put("flows.json", FlowsJson.write(project, theme.messages(), dataVersion));
        return files;
    }

    /** index.html (the choice of language) and sitemap.xml. */
    public Map<String, String> sitePages() {
        SitePages sitePages = new SitePages(theme, sources.project(), sources.content(), urls);
        return Map.of("index.html", sitePages.languageChoice(), "sitemap.xml", sitePages.sitemap());
    }

    /** Writes the manual PDFs and every profile's checklist of both languages below {@code root}. */
    public List<Path> writePdfs(Path root) throws IOException {
        return new PdfSet(sources.project()).writeAll(root, (file, body) -> AtomicFiles.write(file, body::write));
    }

    /** Theme folders copied as they are into the site's assets: css/ and js/. */
    public Map<Path, String> assets() {
        Map<Path, String> dirs = new LinkedHashMap<>();
        dirs.put(theme.dir().resolve("css"), PageLayout.ASSETS + "css");
        dirs.put(theme.dir().resolve("js"), PageLayout.ASSETS + "js");
        return dirs;
    }

    private static String homePage(Content content, Language language, Group group, Project project) {
        return content.home(language, group.id(), null, project).map(Page::htmlName).orElse("index.html");
    }

    @Override
    public synchronized void close() {
        if (converter != null) {
            converter.close();
        }
    }
}
