package dev.flowdoc.cli;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Project;
import dev.flowdoc.site.Loader;
import dev.flowdoc.diag.Problems;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Reports everything build would refuse, in one run, without building.",
                "Every problem of data/, content/ and the theme is printed as path:line:col: error: message, at the offending value.",
                "Stale or missing translations are warnings, one line per file and state (--verbose: one per text); with --strict they are errors.",
                "Exit code 0: no errors (warnings may be printed); 1: errors; 2: usage error."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--strict", description = "Treat stale and missing English translations as errors.")
    boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "List every pending translation on its own line instead of one line per file and state.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Problems problems = new Problems();
        var checked = Loader.check(project.root(), problems, strict);
        Console.Translations translations = verbose ? Console.Translations.EVERY_TEXT : Console.Translations.SUMMED_UP;
        Console.print(problems, spec.commandLine().getErr(), false, translations);
        if (problems.hasErrors() || checked.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        Project p = checked.get().project();
        spec.commandLine().getOut().println(summary(p, Console.shown(problems, translations).size()));
        return ExitCodes.OK;
    }

    static String summary(Project p, long warnings) {
        String languages = Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "));
        return "flowdoc check: ok: " + Console.count(p.groups().size(), "group") + ", "
                + Console.count(p.flows().count(), "flow") + ", "
                + Console.count(p.endpoints().size(), "endpoint") + ", "
                + Console.count(p.menu().size(), "menu-path") + ", "
                + Console.count(p.chapters().size(), "chapter") + ", "
                + Console.count(p.product().releases().size(), "release") + ", "
                + Console.count(p.deployment().options().size(), "option") + ", "
                + Console.count(p.deployment().profiles().size(), "profile") + ", "
                + "2 languages (" + languages + ")"
                + (warnings > 0 ? ", " + Console.count(warnings, "warning") : "");
    }
}
