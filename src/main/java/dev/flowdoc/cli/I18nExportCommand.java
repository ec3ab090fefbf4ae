package dev.flowdoc.cli;

import dev.flowdoc.i18n.TextCatalog;
import dev.flowdoc.i18n.Translation;
import dev.flowdoc.i18n.XliffWriter;
import dev.flowdoc.model.ProjectTexts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the texts as XLIFF 2.0 (de → en) for translators: one unit per text, named by its id path,",
                "with notes on where it appears; state 'initial' for missing and stale texts, 'final' for current ones.",
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
        Optional<TextCatalog> catalog = I18nCommand.catalog(project, spec.commandLine().getErr());
        if (catalog.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        List<ProjectTexts.Entry> texts = catalog.get().texts().filter(t -> !onlyPending || Translation.isPending(t.text())).toList();
        Path target = out.toAbsolutePath().normalize();
        try {
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try (OutputStream o = Files.newOutputStream(temp)) {
                XliffWriter.write(texts, o);
            } catch (IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            spec.commandLine().getErr().println(out + ": error: cannot write the file (" + e.getMessage()
                    + "); check that the folder exists and is writable");
            return ExitCodes.PROBLEMS;
        }
        long pending = texts.stream().filter(t -> Translation.isPending(t.text())).count();
        spec.commandLine().getOut().println("flowdoc i18n export: " + Console.count(texts.size(), "unit")
                + " (" + pending + " to translate, state initial) written to " + out);
        return ExitCodes.OK;
    }
}
