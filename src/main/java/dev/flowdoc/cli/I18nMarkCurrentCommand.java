package dev.flowdoc.cli;

import dev.flowdoc.i18n.DataWriter;
import dev.flowdoc.i18n.MarkCurrent;
import dev.flowdoc.i18n.TextCatalog;
import dev.flowdoc.i18n.TextEdit;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "mark-current", mixinStandardHelpOptions = true,
        description = {"Records that English texts translate their current German.",
                "It writes the German's fingerprint as \"src\" beside the English and leaves the English as it is.",
                "When to use it: --id PATH after you reviewed the English of a stale or missing text and it is right (check and 'i18n status' name the PATH).",
                "--all once, for a project whose translations were never recorded (written in both languages by hand, or by a flowdoc"
                        + " without fingerprints): every English text is recorded as translating its German as it stands now;"
                        + " afterwards check --strict reports an English text as stale whenever its German changes.",
                "--older-scheme after updating flowdoc, if you like: rewrites the fingerprints an earlier flowdoc recorded (they stay accepted"
                        + " as they are) to the current scheme; only texts that are current, nothing else changes ('i18n status' counts them).",
                "Exit code 0: done; 1: unknown id or project errors, nothing written."})
final class I18nMarkCurrentCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    static final class Selection {
        @Option(names = "--id", paramLabel = "PATH", required = true,
                description = "The id path of a text (as 'flowdoc i18n status' prints it); repeatable.")
        List<String> ids;

        @Option(names = "--all", required = true, description = "Every text of data/ (a project never recorded).")
        boolean all;

        @Option(names = "--older-scheme", required = true,
                description = "The texts current by a fingerprint of an earlier flowdoc: rewritten to the current scheme.")
        boolean olderScheme;
    }

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
        Optional<List<TextEdit>> edits = selection.all ? Optional.of(MarkCurrent.all(catalog.get()))
                : selection.olderScheme ? Optional.of(MarkCurrent.olderScheme(catalog.get()))
                : MarkCurrent.selected(catalog.get(), selection.ids, problems);
        if (edits.isEmpty()) {
            Console.print(problems, err);
            return ExitCodes.PROBLEMS;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (TextEdit e : edits.get()) {
            if (!e.isNoOp()) {
                out.println(e.text().location() + (selection.olderScheme ? ": fingerprint rewritten: " : ": marked current: ")
                        + e.text().idPath());
            }
        }
        int written = DataWriter.write(catalog.get(), edits.get());
        out.println("flowdoc i18n mark-current: " + Console.count(written, "text")
                + (selection.olderScheme ? " recorded under the current scheme" : " marked current"));
        out.flush();
        return ExitCodes.OK;
    }
}
