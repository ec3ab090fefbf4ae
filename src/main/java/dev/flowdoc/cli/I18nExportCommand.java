package dev.flowdoc.cli;

import dev.flowdoc.i18n.TextCatalog;
import dev.flowdoc.model.Translation;
import dev.flowdoc.i18n.XliffWriter;
import dev.flowdoc.model.ProjectTexts;
import dev.flowdoc.site.AtomicFiles;
import dev.flowdoc.site.OutputGuard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the texts as XLIFF 2.0 (de → en) for translators.",
                "There is one unit per text, named by its id path, with notes on where it appears; its state is 'initial' for missing and stale texts, 'final' for current ones.",
                "When to use it: to hand the English to a translator or a translation tool (--only-pending: just what check reports as stale or missing); 'flowdoc i18n import' reads the file back.",
                "Exit code 0: written; 1: the project has errors or the file cannot be written."})
final class I18nExportCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlf", description = "The XLIFF file to write.")
    Path out;

    @Option(names = "--only-pending", description = "Export only missing and stale texts.")
    boolean onlyPending;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var refused = OutputGuard.file(project.root(), out, List.of(".xlf", ".xliff"));
        if (refused.isPresent()) {
            spec.commandLine().getErr().println("flowdoc i18n export: refused: " + refused.get());
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        Optional<TextCatalog> catalog = I18nCommand.catalog(project, spec.commandLine().getErr());
        if (catalog.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        List<ProjectTexts.Entry> texts = catalog.get().texts().filter(t -> !onlyPending || Translation.isPending(t.text())).toList();
        Path target = out.toAbsolutePath().normalize();
        try {
            AtomicFiles.write(target, o -> XliffWriter.write(texts, o));
        } catch (IOException e) {
            spec.commandLine().getErr().println(Shown.path(target) + ": error: cannot write the file (" + e.getMessage()
                    + "); check that the folder exists and is writable");
            return ExitCodes.PROBLEMS;
        }
        long pending = texts.stream().filter(t -> Translation.isPending(t.text())).count();
        spec.commandLine().getOut().println("flowdoc i18n export: " + Console.count(texts.size(), "unit")
                + " (" + pending + " to translate, state initial) written to " + Shown.path(target));
        return ExitCodes.OK;
    }
}
