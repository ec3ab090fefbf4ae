package dev.flowdoc.cli;

import dev.flowdoc.model.Version;
import dev.flowdoc.render.page.AsciidoctorStarter;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.site.Build;
import dev.flowdoc.site.Memo;
import dev.flowdoc.site.OutputGuard;
import dev.flowdoc.diag.Problems;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the static site in German and English.",
                "It writes the pages, their generated AsciiDoc, the manual and checklist PDFs, flows.json, flows.csv and sitemap.xml.",
                "On any error nothing is written. Exit code 0: built; 1: problems (printed); 2: usage error."})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Mixin
    OutputOptions output;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the site goes. Default: target/site in the project.")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The site's public address, for absolute hreflang and sitemap links. Default: relative links.")
    String baseUrl;

    @Option(names = "--product-version", paramLabel = "X.Y.Z",
            description = "Document this release (any x.y.z): flows not yet introduced or already removed are left out. Default: the newest release of data/product.json.")
    String productVersion;

    @Option(names = "--no-cache", description = "Convert every page with Asciidoctor, and neither read nor write the"
            + " build cache (" + Memo.DIR + ", used when the site goes into the project's target/ folder).")
    boolean noCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Version release = null;
        if (productVersion != null) {
            var parsed = VersionArgs.parse("build", "--product-version", productVersion, spec.commandLine().getErr());
            if (parsed.isEmpty()) {
                return ExitCodes.USAGE;
            }
            release = parsed.get();
        }
        Path target = out != null ? out.toAbsolutePath().normalize() : project.root().resolve(OutputGuard.DEFAULT_SITE);
        var refused = OutputGuard.site(project.root(), out != null ? out : target);
        if (refused.isPresent()) {
            spec.commandLine().getErr().println("flowdoc build: refused: " + refused.get());
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        Problems problems = new Problems();
        Build.Result result;
        // Asciidoctor is created on its own thread, as soon as a page needs converting
        try (AsciidoctorStarter.Handle asciidoctor = AsciidoctorStarter.take()) {
            Memo cache = noCache ? Memo.off() : Memo.forSite(project.root(), target);
            result = new Build(asciidoctor, output.progress(spec.commandLine().getErr()), release, cache)
                    .run(project.root(), target, new SiteUrls(baseUrl), problems).orElse(null);
        }
        Console.print(problems, spec.commandLine().getErr(), output.quiet,
                output.verbose ? Console.Translations.EVERY_TEXT : Console.Translations.SUMMED_UP);
        if (result == null) {
            return ExitCodes.PROBLEMS;
        }
        if (!result.listed()) {
            spec.commandLine().getErr().println("flowdoc build: note: " + result.release()
                    + " is not a release in data/product.json; the site shows the flows as they apply to it");
        }
        if (!output.quiet) {
            spec.commandLine().getOut().printf("flowdoc build: %s, %s of release %s in 2 languages to %s (%.1f s)%n",
                    Console.count(result.pages(), "page"), Console.count(result.flows(), "flow"), result.release(),
                    Shown.path(result.out()), (System.nanoTime() - start) / 1e9);
        }
        return ExitCodes.OK;
    }
}
