package dev.flowdoc.cli;

import dev.flowdoc.i18n.TextCatalog;
import dev.flowdoc.model.Project;
import dev.flowdoc.site.Loader;
import dev.flowdoc.diag.Problems;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "i18n", mixinStandardHelpOptions = true,
        description = {"The translation workflow: German is the source, English the translation.",
                "Each English text records the fingerprint (\"src\") of the German it translates.",
                "A text is current, stale (the German changed since) or missing (no fingerprint recorded)."},
        subcommands = {I18nStatusCommand.class, I18nExportCommand.class, I18nImportCommand.class,
                I18nMarkCurrentCommand.class})
final class I18nCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * Loads and validates the project (translation findings stay warnings and are not printed here: the
     * subcommands report them their own way) and lists its texts. Errors are printed; empty on failure.
     */
    static Optional<TextCatalog> catalog(ProjectOption project, PrintWriter err) {
        Problems problems = new Problems();
        Optional<Project> loaded = Loader.loadAndValidate(project.root(), problems);
        if (loaded.isPresent() && !problems.hasErrors()) {
            return loaded.map(TextCatalog::of);
        }
        Console.print(problems, err);
        err.println("flowdoc i18n: fix the errors above first ('flowdoc check' lists them)");
        err.flush();
        return Optional.empty();
    }
}
