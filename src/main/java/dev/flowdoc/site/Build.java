package dev.flowdoc.site;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.adoc.PageConverter;
import dev.flowdoc.render.adoc.PageExpander;
import dev.flowdoc.render.export.FlowsCsv;
import dev.flowdoc.render.export.FlowsJson;
import dev.flowdoc.render.html.ActiveContent;
import dev.flowdoc.render.html.PageLayout;
import dev.flowdoc.render.html.RowAttributes;
import dev.flowdoc.render.html.SitePages;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.render.html.Theme;
import dev.flowdoc.render.pdf.PdfSet;
import dev.flowdoc.validate.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.asciidoctor.Asciidoctor;

/**
 * The static site: load and validate, convert every page of both languages with one Asciidoctor, put
 * each into the theme's layout, write the generated AsciiDoc, the exports, the manual PDFs and the checklist
 * of every profile, and swap the result in.
 * Any error: nothing is written. The Asciidoctor instance is the caller's (one per build, or one shared by tests).
 */
public final class Build {
    private final Supplier<Asciidoctor> asciidoctor;
    private final Version release;

    /** {@code asciidoctor} is asked for only once the project is valid: creating one costs seconds. */
    public Build(Supplier<Asciidoctor> asciidoctor) {
        this(asciidoctor, null);
    }

    /** The documentation of {@code release} (any x.y.z); null: the newest release of data/product.json. */
    public Build(Supplier<Asciidoctor> asciidoctor, Version release) {
        this.asciidoctor = asciidoctor;
        this.release = release;
    }

    /** What was built. */
    public record Result(Path out, int pages, long flows, Version release) {}

    public Optional<Result> run(Path root, Path out, SiteUrls urls, Problems problems) throws IOException {
        Optional<Sources> sources = Pipeline.load(root, problems);
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        Project loaded = sources.get().project();
        Project project = ReleaseView.at(loaded, release != null ? release : loaded.product().newest());
        Content content = sources.get().content();
        if (content.isEmpty()) {
            problems.error(Location.of("content/"), "there are no pages to build",
                    "write content/de/index.adoc and content/en/index.adoc, e.g. with flowtable::all[]");
            return Optional.empty();
        }
        if (!Files.isDirectory(root.resolve(Theme.DEFAULT).resolve("templates"))) {
            problems.error(Location.of(Theme.DEFAULT + "/"), "the project has no theme",
                    "a theme folder holds templates/, css/, js/ and i18n/; copy themes/default from flowdoc's repository");
            return Optional.empty();
        }
        Theme theme = Theme.of(root);
        int pages = 0;
        try (StagedOutput site = new StagedOutput(out);
             PageConverter converter = new PageConverter(asciidoctor.get(), project, content, theme.messages())) {
            PageLayout layout = new PageLayout(theme, project, content, urls);
            PageExpander expander = new PageExpander(project, content);
            for (Language language : Language.values()) {
                String dir = language.code() + "/";
                for (Page page : content.pages(language)) {
                    String body = RowAttributes.decorate(converter.convert(page), project);
                    ActiveContent.check(page, body, problems);
                    site.write(dir + page.htmlName(), layout.render(page, body));
                    site.write(dir + page.name() + ".adoc", expander.expand(page, theme.messages(language)));
                    pages++;
                }
                site.write(dir + "flows.csv", FlowsCsv.write(project, theme.messages(language),
                        g -> homePage(content, language, g, project)));
            }
            AsciidoctorLog.report(converter.log(), converter::fileOf, problems);
            if (problems.hasErrors()) {
                return Optional.empty();
            }
            new PdfSet(project).writeAll(site.staging());
            SitePages sitePages = new SitePages(theme, project, content, urls);
            site.write("index.html", sitePages.languageChoice());
            site.write("sitemap.xml", sitePages.sitemap());
            site.write("flows.json", FlowsJson.write(project, theme.messages(), DataVersion.of(root)));
            site.copyTree(theme.dir().resolve("css"), PageLayout.ASSETS + "css");
            site.copyTree(theme.dir().resolve("js"), PageLayout.ASSETS + "js");
            site.commit();
        }
        return Optional.of(new Result(out, pages, project.flows().count(), project.release()));
    }

    private static String homePage(Content content, Language language, Group group, Project project) {
        return content.home(language, group.id(), null, project).map(Page::htmlName).orElse("index.html");
    }
}
