package dev.flowdoc.cli;

import dev.flowdoc.view.delta.Delta;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Version;
import dev.flowdoc.model.Messages;
import dev.flowdoc.render.export.ChangesCsv;
import dev.flowdoc.render.export.ChangesJson;
import dev.flowdoc.render.export.ChangesText;
import dev.flowdoc.view.delta.DeltaView;
import dev.flowdoc.load.ThemeLoader;
import dev.flowdoc.site.Loader;
import dev.flowdoc.site.AtomicFiles;
import dev.flowdoc.site.OutputGuard;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "changes", mixinStandardHelpOptions = true,
        description = {"Lists what a firewall admin must open, change or close between two releases.",
                "It works in both directions (upgrade or downgrade).",
                "Exit code 0: listed (also when nothing changes); 1: problems in the project; 2: usage error (e.g. a version that is not x.y.z)."})
final class ChangesCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("text", "csv", "json");

    @Mixin
    ProjectOption project;

    @Option(names = "--from", required = true, paramLabel = "X.Y.Z", description = "The release installed now.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "X.Y.Z", description = "The release to move to.")
    String to;

    @Option(names = "--lang", defaultValue = "de", paramLabel = "de|en", description = "The language of the list. Default: de.")
    String lang;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|csv|json",
            description = "The format: text for humans, csv (one row per flow) or json. Default: text.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the list to this file instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Version> a = VersionArgs.parse("changes", "--from", from, err);
        Optional<Version> b = a.isEmpty() ? Optional.empty() : VersionArgs.parse("changes", "--to", to, err);
        if (b.isEmpty()) {
            return ExitCodes.USAGE;
        }
        Language language;
        try {
            language = Language.parse(lang);
        } catch (IllegalArgumentException e) {
            err.println("flowdoc changes: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!FORMATS.contains(format)) {
            err.println("flowdoc changes: unknown format '" + format + "' (expected " + String.join(", ", FORMATS) + ")");
            return ExitCodes.USAGE;
        }
        if (out != null) {
            var refused = OutputGuard.file(project.root(), out, List.of("." + (format.equals("text") ? "txt" : format)));
            if (refused.isPresent()) {
                err.println("flowdoc changes: refused: " + refused.get());
                err.flush();
                return ExitCodes.USAGE;
            }
        }
        Problems problems = new Problems();
        var loaded = Loader.loadAndValidate(project.root(), problems);
        Console.printForOutput("changes", problems, err);
        if (problems.hasErrors() || loaded.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        Project p = loaded.get();
        VersionArgs.noteUnreleased("changes", a.get(), p, err);
        VersionArgs.noteUnreleased("changes", b.get(), p, err);
        // the words: the project's theme, else flowdoc's default theme
        Messages messages = new ThemeLoader(project.root()).messages(language);
        Delta delta = Delta.between(p, a.get(), b.get());
        DeltaView view = DeltaView.of(delta, p, messages);
        String text = switch (format) {
            case "csv" -> ChangesCsv.write(view, messages);
            case "json" -> ChangesJson.write(view, messages);
            default -> ChangesText.write(view, messages);
        };
        if (out != null) {
            try {
                AtomicFiles.writeString(out, text);
            } catch (IOException e) {
                err.println(Shown.path(out) + ": error: cannot write the file (" + e.getMessage()
                        + "); check that the folder is writable");
                err.flush();
                return ExitCodes.PROBLEMS;
            }
            spec.commandLine().getOut().println("flowdoc changes: wrote " + Shown.path(out));
        } else {
            spec.commandLine().getOut().print(text);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
