package dev.flowdoc.cli;

import dev.flowdoc.i18n.TextCatalog;
import dev.flowdoc.model.Translation;
import dev.flowdoc.i18n.TranslationStatus;
import dev.flowdoc.model.ProjectTexts;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Counts how many English texts are current, missing and stale.",
                "The counts are per data file and in total; then the missing and stale texts are listed with their id paths.",
                "Texts current by a fingerprint an earlier flowdoc recorded (an older scheme, still accepted) are counted on a line of their own.",
                "When to use it: when check warns about pending translations, to see which texts and their id paths (for 'flowdoc i18n mark-current --id PATH').",
                "Exit code 0; with --strict 1 when any text is missing or stale."})
final class I18nStatusCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--strict", description = "Exit with 1 when any translation is missing or stale.")
    boolean strict;

    @Option(names = "--all", description = "List every text with its state and id path, not only the pending ones.")
    boolean all;

    @Option(names = "--older-scheme", description = "List the texts current by a fingerprint an earlier flowdoc recorded (an older scheme).")
    boolean olderScheme;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<TextCatalog> catalog = I18nCommand.catalog(project, spec.commandLine().getErr());
        if (catalog.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        TranslationStatus status = TranslationStatus.of(catalog.get());
        out.print(status.table());
        List<ProjectTexts.Entry> older = status.olderScheme();
        if (!older.isEmpty()) {
            out.println(Console.count(older.size(), "current-text") + " recorded under an older fingerprint scheme (by an earlier flowdoc): "
                    + "they stay current until their German changes; 'flowdoc i18n mark-current --older-scheme' rewrites them"
                    + (olderScheme ? "" : ", 'flowdoc i18n status --older-scheme' lists them"));
        }
        var texts = all ? catalog.get().texts().toList() : olderScheme ? older : status.pending();
        if (!texts.isEmpty()) {
            out.println();
        }
        for (ProjectTexts.Entry t : texts) {
            out.println(t.location() + ": " + Translation.state(t.text()).label()
                    + (Translation.recordedUnderOlderScheme(t.text()) ? " (older scheme)" : "") + ": " + t.idPath());
        }
        TranslationStatus.Counts total = status.total();
        if (total.pending() > 0) {
            out.println();
            if (total.current() == 0 && total.stale() == 0) {
                out.println("no translation is recorded yet: if the English is right as it stands, record all of it once with "
                        + "'flowdoc i18n mark-current --all' (it writes each German's fingerprint as \"src\" and changes no text)");
            } else {
                out.println("after checking an English text: flowdoc i18n mark-current --id PATH (the paths above)");
            }
            out.println("to translate them: flowdoc i18n export --only-pending --out pending.xlf, translate, "
                    + "flowdoc i18n import pending.xlf");
        }
        out.flush();
        return strict && total.pending() > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
