package dev.flowdoc.cli;

import dev.flowdoc.view.delta.Delta;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.pdf.ChecklistWriter;
import dev.flowdoc.render.pdf.UpgradeChecklistWriter;
import dev.flowdoc.load.BuildDate;
import dev.flowdoc.load.ThemeLoader;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Theme;
import dev.flowdoc.site.Loader;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.delta.DeltaView;
import dev.flowdoc.view.ViewBuilder;
import java.time.Instant;
import dev.flowdoc.site.AtomicFiles;
import dev.flowdoc.site.OutputGuard;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "checklist", mixinStandardHelpOptions = true,
        description = {"Writes the fillable firewall checklist (A4 PDF) of a profile in one language.",
                "With --upgrade-from A it lists only what changes from release A to the documented one (to open or change; to close).",
                "Profiles are data/profiles/NAME.json. Exit code 0: written; 1: problems in the project or an unknown profile; 2: usage error."})
final class ChecklistCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--lang", required = true, paramLabel = "de|en", description = "The language of the checklist.")
    String lang;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "A profile of data/profiles/, e.g. full or minimal. Required unless --upgrade-from is given; with it, only the profile's flows.")
    String profile;

    @Option(names = "--upgrade-from", paramLabel = "X.Y.Z", description = "Only the changes from this release to the documented one.")
    String upgradeFrom;

    @Option(names = "--product-version", paramLabel = "X.Y.Z", description = "The documented release. Default: the newest of data/product.json.")
    String productVersion;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Language language;
        try {
            language = Language.parse(lang);
        } catch (IllegalArgumentException e) {
            err.println("flowdoc checklist: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (profile == null && upgradeFrom == null) {
            err.println("flowdoc checklist: name a profile with --profile NAME (e.g. full), or an upgrade with --upgrade-from X.Y.Z");
            return ExitCodes.USAGE;
        }
        Optional<Version> from = upgradeFrom == null ? Optional.empty() : VersionArgs.parse("checklist", "--upgrade-from", upgradeFrom, err);
        Optional<Version> release = productVersion == null ? Optional.empty() : VersionArgs.parse("checklist", "--product-version", productVersion, err);
        if ((upgradeFrom != null && from.isEmpty()) || (productVersion != null && release.isEmpty())) {
            return ExitCodes.USAGE;
        }
        var refused = OutputGuard.file(project.root(), out, List.of(".pdf"));
        if (refused.isPresent()) {
            err.println("flowdoc checklist: refused: " + refused.get());
            err.flush();
            return ExitCodes.USAGE;
        }
        Problems problems = new Problems();
        var loaded = Loader.loadAndValidate(project.root(), problems);
        Optional<Theme> theme = loaded.isEmpty() ? Optional.empty() : new ThemeLoader(project.root()).load(problems, false);
        Console.printForOutput("checklist", problems, err);
        if (problems.hasErrors() || loaded.isEmpty() || theme.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        Project p = ReleaseView.at(loaded.get(), release.orElse(loaded.get().product().newest()));
        PdfInputs pdf = new PdfInputs(theme.get(), BuildDate.of(p), language);
        Profile chosen = null;
        if (profile != null) {
            chosen = p.deployment().profile(profile).orElse(null);
            if (chosen == null) {
                List<String> known = p.deployment().profiles().stream().map(Profile::id).toList();
                String hint = Suggest.didYouMean(profile, known);
                err.println("flowdoc checklist: unknown profile '" + profile + "'; "
                        + (hint == null ? "" : hint + " ") + "known profiles (data/profiles/*.json): "
                        + (known.isEmpty() ? "none" : String.join(", ", known)));
                err.flush();
                return ExitCodes.PROBLEMS;
            }
        }
        Path target = out.toAbsolutePath().normalize();
        String[] summary = new String[1];
        final Profile picked = chosen;
        AtomicFiles.write(target, stream -> summary[0] = from.isPresent() ? upgrade(p, from.get(), picked, pdf, stream, err)
                : profile(p, picked, pdf, stream));
        spec.commandLine().getOut().println("flowdoc checklist: wrote " + Shown.path(target) + " (" + summary[0] + ")");
        return ExitCodes.OK;
    }

    /** What a checklist is drawn with: the theme (words, fonts), the build date, the language. */
    private record PdfInputs(Theme theme, Instant date, Language language) {
        DocView view(Project project) {
            return ViewBuilder.of(project, theme.messages(language));
        }
    }

    private static String profile(Project p, Profile chosen, PdfInputs pdf, OutputStream stream) throws IOException {
        new ChecklistWriter(pdf.view(p), pdf.theme(), pdf.date()).write(pdf.view(p.forProfile(chosen)), chosen, stream);
        return "profile " + chosen.id() + ", " + pdf.language().code() + ", " + Console.count(p.forProfile(chosen).flows().count(), "flow");
    }

    private static String upgrade(Project p, Version from, Profile chosen, PdfInputs pdf, OutputStream stream,
                                  PrintWriter err) throws IOException {
        Language language = pdf.language();
        VersionArgs.noteUnreleased("checklist", from, p, err);
        Delta delta = Delta.between(p, from, p.release());
        if (chosen != null) {
            Set<String> needed = p.history().forProfile(chosen).flows().map(Flow::id).collect(Collectors.toSet());
            delta = delta.only(needed);
        }
        Messages words = pdf.theme().messages(language);
        new UpgradeChecklistWriter(pdf.view(p), pdf.theme(), pdf.date()).write(DeltaView.of(delta, p, words), chosen, stream);
        return "upgrade " + from + " → " + p.release() + (chosen == null ? "" : ", profile " + chosen.id()) + ", "
                + language.code() + ", " + Console.count(delta.entries().size(), "change");
    }
}
