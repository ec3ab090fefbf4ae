package dev.flowdoc.cli;

import dev.flowdoc.preview.Preview;
import dev.flowdoc.preview.PreviewServer;
import dev.flowdoc.preview.Watcher;
import dev.flowdoc.render.page.AsciidoctorStarter;
import dev.flowdoc.site.AtomicFiles;
import dev.flowdoc.site.OutputGuard;
import dev.flowdoc.diag.Problem;
import dev.flowdoc.diag.Problems;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Live preview for writers: builds the site and serves it on this machine.",
                "It serves on http://127.0.0.1:PORT/, watches data/, content/ and themes/, rebuilds what a change touches and reloads the open page.",
                "A problem in the project shows in the browser and here, while the last good site stays served. Stop with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
            description = "The port on 127.0.0.1. Default: ${DEFAULT-VALUE}; 0 picks a free one.")
    int port;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the preview's site is written. Default: a temporary folder, removed at the end.")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but the address and errors.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            var refused = OutputGuard.site(project.root(), out);
            if (refused.isPresent()) {
                err.println("flowdoc serve: refused: " + refused.get());
                err.flush();
                return ExitCodes.USAGE;
            }
        }
        Path dir = out != null ? out.toAbsolutePath().normalize() : Files.createTempDirectory("flowdoc-serve-");
        // the preview writes into the folder as it is; the marker says flowdoc may replace it later
        AtomicFiles.writeString(dir.resolve(OutputGuard.MARKER), dev.flowdoc.site.Build.MARKER_TEXT);
        if (out == null) {
            // Ctrl+C ends the JVM through its shutdown hooks: the temporary site goes with it
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        }
        try (AsciidoctorStarter.Handle asciidoctor = AsciidoctorStarter.take();
             Preview preview = new Preview(project.root(), dir, asciidoctor)) {
            preview.onOutcome(outcome -> report(outcome, err));
            PreviewServer server;
            try {
                server = new PreviewServer(preview, port);
            } catch (BindException e) {
                err.println("flowdoc serve: port " + port + " on 127.0.0.1 is taken (" + e.getMessage() + "); choose another with --port");
                return ExitCodes.USAGE;
            }
            try (server; Watcher watcher = new Watcher(project.root(), preview::rebuild)) {
                // an edit that comes in while the last one's PDFs are made goes first; the PDFs follow it
                preview.supersededWhen(watcher::changesPending);
                server.start();
                stdout.println("flowdoc serve: " + server.url() + " (site in " + Shown.path(dir) + "; Ctrl+C stops)");
                stdout.flush();
                preview.buildAll();
                watcher.start();
                new CountDownLatch(1).await();
            }
        }
        return ExitCodes.OK;
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // best effort: it is a temporary folder
        }
    }

    /**
     * The problems printed so far and still there, by file, severity and message (not line: an edit above a problem
     * moves it without making it new). Each problem is printed once, when it appears; an error that goes is printed
     * as repaired.
     */
    private java.util.Map<String, Problem> standing = new java.util.LinkedHashMap<>();
    private boolean broken;

    private void report(Preview.Outcome outcome, PrintWriter err) {
        synchronized (err) {
            for (String line : reportLines(outcome.state().ok(), outcome.state().problems(), outcome.written().size(),
                    outcome.pagesNanos(), outcome.converted().size())) {
                err.println(line);
            }
            err.flush();
        }
    }

    /** What one outcome adds to the terminal: new problems, repaired errors, and how the site stands. */
    List<String> reportLines(boolean ok, List<Problem> now, int written, long pagesNanos, int converted) {
        Problems problems = new Problems();
        now.forEach(problems::add);
        java.util.Map<String, Problem> current = new java.util.LinkedHashMap<>();
        for (Problem p : Console.shown(problems, Console.Translations.SUMMED_UP)) {
            current.put(p.location().file() + "\u0000" + p.severity() + "\u0000" + p.message(), p);
        }
        List<String> lines = new java.util.ArrayList<>();
        for (var gone : standing.entrySet()) {
            if (gone.getValue().isError() && !current.containsKey(gone.getKey())) {
                lines.add("flowdoc serve: repaired: " + gone.getValue().location() + ": " + gone.getValue().message());
            }
        }
        for (var appeared : current.entrySet()) {
            if (!standing.containsKey(appeared.getKey()) && (!quiet || appeared.getValue().isError())) {
                lines.add(appeared.getValue().format());
            }
        }
        boolean appearedAny = current.keySet().stream().anyMatch(k -> !standing.containsKey(k) && current.get(k).isError());
        standing = current;
        if (!ok) {
            if (!broken || appearedAny) {
                lines.add("flowdoc serve: the last good site stays served until the problems are repaired; pages show them at the top");
            }
            broken = true;
        } else {
            if (broken) {
                lines.add("flowdoc serve: repaired: every problem is gone, the site is built again");
            }
            broken = false;
            if (!quiet && written > 0) {
                lines.add(String.format(Locale.ROOT, "flowdoc serve: rebuilt %s in %.0f ms (%d converted by Asciidoctor)",
                        Console.count(written, "page"), pagesNanos / 1e6, converted));
            }
        }
        return lines;
    }
}
