package dev.flowdoc.cli;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;
import dev.flowdoc.load.AddressFile;
import dev.flowdoc.load.FilledChecklist;
import dev.flowdoc.load.ThemeLoader;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Theme;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.firewall.AddressTemplate;
import dev.flowdoc.render.firewall.Firewall;
import dev.flowdoc.render.firewall.Format;
import dev.flowdoc.render.firewall.RuleSet;
import dev.flowdoc.render.firewall.Zones;
import dev.flowdoc.site.AtomicFiles;
import dev.flowdoc.site.Loader;
import dev.flowdoc.site.OutputGuard;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "firewall", mixinStandardHelpOptions = true,
        description = {"Writes a firewall ruleset (nftables, FortiGate CLI or PAN-OS set commands) from a filled checklist or an address file.",
                "With --addresses-template it writes the address file to fill in for a profile instead.",
                "Without --out it writes to standard output. Exit code 0: written; 1: problems in the input or the project; 2: usage error."})
final class FirewallCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--format", paramLabel = "nftables|fortigate|panos", description = "The firewall's format.")
    String format;

    @Option(names = "--from-checklist", paramLabel = "FILLED.pdf", description = "A checklist flowdoc wrote, filled in with addresses.")
    Path checklist;

    @Option(names = "--addresses", paramLabel = "FILE.json", description = "Addresses per endpoint (see --addresses-template).")
    Path addresses;

    @Option(names = "--addresses-template", description = "Write the address file to fill in for --profile.")
    boolean template;

    @Option(names = "--profile", paramLabel = "NAME", description = "A profile of data/profiles/. Default: every flow (a checklist says its own).")
    String profile;

    @Option(names = "--upgrade-from", paramLabel = "X.Y.Z", description = "Only what changes from this release to the documented one (an upgrade checklist says its own).")
    String upgradeFrom;

    @Option(names = "--product-version", paramLabel = "X.Y.Z", description = "The documented release. Default: the checklist's, else the newest.")
    String productVersion;

    @Option(names = "--lang", paramLabel = "de|en", description = "The language of the rules' descriptions. Default: the checklist's, else en.")
    String lang;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write. Default: standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    private PrintWriter err;

    @Override
    public Integer call() throws IOException {
        err = spec.commandLine().getErr();
        Optional<String> usage = usage();
        if (usage.isPresent()) {
            return fail("flowdoc firewall: " + usage.get(), ExitCodes.USAGE);
        }
        Optional<Version> from = upgradeFrom == null ? Optional.empty() : VersionArgs.parse("firewall", "--upgrade-from", upgradeFrom, err);
        Optional<Version> release = productVersion == null ? Optional.empty() : VersionArgs.parse("firewall", "--product-version", productVersion, err);
        if ((upgradeFrom != null && from.isEmpty()) || (productVersion != null && release.isEmpty())) {
            return ExitCodes.USAGE;
        }
        Format chosen = template ? null : Format.parse(format).orElseThrow();
        if (out != null) {
            var refused = OutputGuard.file(project.root(), out, template ? List.of(".json") : chosen.extensions());
            if (refused.isPresent()) {
                return fail("flowdoc firewall: refused: " + refused.get(), ExitCodes.USAGE);
            }
        }
        Problems problems = new Problems();
        var loaded = Loader.loadAndValidate(project.root(), problems);
        Console.printForOutput("firewall", problems, err);
        if (problems.hasErrors() || loaded.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        if (template) {
            return template(loaded.get(), release.orElse(loaded.get().product().newest()));
        }
        Problems input = new Problems();
        Optional<Theme> theme = new ThemeLoader(project.root()).load(input, false);
        Firewall.Request request = new Firewall.Request(chosen, profile, from.orElse(null), release.orElse(null),
                lang == null ? null : Language.parse(lang));
        Optional<RuleSet> rules = Optional.empty();
        if (theme.isPresent() && checklist != null) {
            rules = FilledChecklist.read(checklist, Shown.path(checklist), input)
                    .flatMap(list -> Firewall.fromChecklist(loaded.get(), list, request, theme.get(), input));
        } else if (theme.isPresent()) {
            from.ifPresent(f -> VersionArgs.noteUnreleased("firewall", f,
                    ReleaseView.at(loaded.get(), release.orElse(loaded.get().product().newest())), err));
            Project at = ReleaseView.at(loaded.get(), release.orElse(loaded.get().product().newest()));
            rules = AddressFile.read(addresses, Shown.path(addresses), at, Zones.keys(at), input)
                    .flatMap(file -> Firewall.fromFile(loaded.get(), file, request, theme.get(), input));
        }
        Console.print(input, err);
        if (input.hasErrors() || rules.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        RuleSet set = rules.get();
        return emit(chosen.write(set), chosen.key() + ", " + Console.count(set.rules().size(), "rule")
                + (set.delta() ? ", " + set.removals().size() + " to remove" : ""));
    }

    private int template(Project loaded, Version at) throws IOException {
        Project p = ReleaseView.at(loaded, at);
        Profile picked = null;
        if (profile != null) {
            picked = p.deployment().profile(profile).orElse(null);
            if (picked == null) {
                List<String> known = p.deployment().profiles().stream().map(Profile::id).toList();
                String hint = Suggest.didYouMean(profile, known);
                return fail("flowdoc firewall: unknown profile '" + profile + "'; " + (hint == null ? "" : hint + " ")
                        + "known profiles (data/profiles/*.json): " + (known.isEmpty() ? "none" : String.join(", ", known)), ExitCodes.PROBLEMS);
            }
        }
        Map<Language, Messages> words = new java.util.EnumMap<>(Language.class);
        ThemeLoader themes = new ThemeLoader(project.root());
        for (Language l : Language.values()) {
            words.put(l, themes.messages(l));
        }
        return emit(AddressTemplate.write(picked == null ? p : p.forProfile(picked), profile, null, words),
                "address template" + (profile == null ? "" : " of profile " + profile));
    }

    private Optional<String> usage() {
        try {
            if (lang != null) {
                Language.parse(lang);
            }
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (template) {
            return checklist != null || addresses != null || format != null || upgradeFrom != null
                    ? Optional.of("--addresses-template takes only --profile, --product-version and --out") : Optional.empty();
        }
        if (format == null) {
            return Optional.of("name the format with --format nftables|fortigate|panos");
        }
        if (Format.parse(format).isEmpty()) {
            return Optional.of("unknown format '" + format + "' (expected nftables, fortigate or panos)");
        }
        if ((checklist == null) == (addresses == null)) {
            return Optional.of("give either --from-checklist FILLED.pdf or --addresses FILE.json (--addresses-template writes one)");
        }
        return Optional.empty();
    }

    private int emit(String text, String summary) throws IOException {
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        Path target = out.toAbsolutePath().normalize();
        AtomicFiles.writeString(target, text);
        spec.commandLine().getOut().println("flowdoc firewall: wrote " + Shown.path(target) + " (" + summary + ")");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private int fail(String message, int code) {
        err.println(message);
        err.flush();
        return code;
    }
}
