package dev.flowdoc.cli;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import dev.flowdoc.render.pdf.ChecklistWriter;
import dev.flowdoc.site.Pipeline;
import dev.flowdoc.validate.Problems;
import dev.flowdoc.validate.Suggest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "checklist", mixinStandardHelpOptions = true,
        description = {"Writes the fillable firewall checklist (A4 PDF) of a deployment profile in one language.",
                "Profiles are data/profiles/NAME.json. Exit code 0: written; 1: problems in the project or an unknown profile; 2: usage error."})
final class ChecklistCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--lang", required = true, paramLabel = "de|en", description = "The language of the checklist.")
    String lang;

    @Option(names = "--profile", required = true, paramLabel = "NAME", description = "A profile of data/profiles/, e.g. full or minimal.")
    String profile;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Language language;
        try {
            language = Language.parse(lang);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("flowdoc checklist: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Problems problems = new Problems();
        var loaded = Pipeline.loadAndValidate(project.root(), problems);
        Console.print(problems, spec.commandLine().getErr());
        if (problems.hasErrors() || loaded.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        Project p = loaded.get();
        var chosen = p.deployment().profile(profile);
        if (chosen.isEmpty()) {
            List<String> known = p.deployment().profiles().stream().map(Profile::id).toList();
            String hint = Suggest.didYouMean(profile, known);
            spec.commandLine().getErr().println("flowdoc checklist: unknown profile '" + profile + "'; "
                    + (hint == null ? "" : hint + " ") + "known profiles (data/profiles/*.json): "
                    + (known.isEmpty() ? "none" : String.join(", ", known)));
            spec.commandLine().getErr().flush();
            return ExitCodes.PROBLEMS;
        }
        Path target = out.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                new ChecklistWriter(p, language).write(chosen.get(), stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        spec.commandLine().getOut().println("flowdoc checklist: wrote " + out + " (profile " + profile + ", "
                + language.code() + ", " + p.forProfile(chosen.get()).flows().count() + " flows)");
        return ExitCodes.OK;
    }
}
