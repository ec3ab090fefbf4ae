package dev.flowdoc.cli;

import dev.flowdoc.i18n.Importer;
import dev.flowdoc.i18n.TextCatalog;
import dev.flowdoc.i18n.TextEdit;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads a translated XLIFF 2.0 file into data/*.json.",
                "Each English text is written with the fingerprint of its German; nothing else in the files changes.",
                "When to use it: when a translator returns the file 'flowdoc i18n export' wrote (also one written by an earlier flowdoc).",
                "Units still 'initial' with an unchanged target stay pending.",
                "On any error (malformed XML, unknown unit, German changed since the export, empty target) every error is printed and no file is written.",
                "Exit code 0: imported; 1: errors, nothing written."})
final class I18nImportCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Parameters(paramLabel = "FILE.xlf", description = "The translated XLIFF file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<TextCatalog> catalog = I18nCommand.catalog(project, err);
        if (catalog.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        Problems problems = new Problems();
        Optional<Importer.Result> result = Importer.run(catalog.get(), file, Shown.path(file), problems);
        Console.print(problems, err);
        if (result.isEmpty()) {
            err.println("nothing was imported: no file in data/ was changed");
            err.flush();
            return ExitCodes.PROBLEMS;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (TextEdit e : result.get().edits()) {
            if (!e.isNoOp()) {
                out.println(e.text().location() + ": updated: " + e.text().idPath());
            }
        }
        for (String pending : result.get().pending()) {
            out.println("still pending (state initial, target unchanged): " + pending);
        }
        for (String skipped : result.get().skipped()) {
            out.println("skipped (target unchanged, but the English in data/ was edited after the export): " + skipped);
        }
        out.println("flowdoc i18n import: " + Console.count(result.get().written(), "text") + " updated, "
                + result.get().pending().size() + " left pending, " + result.get().skipped().size() + " skipped");
        out.flush();
        return ExitCodes.OK;
    }
}
