package dev.flowdoc.cli;

import dev.flowdoc.audit.AddressSource;
import dev.flowdoc.audit.Audit;
import dev.flowdoc.audit.AuditReport;
import dev.flowdoc.audit.Readers;
import dev.flowdoc.audit.policy.Policy;
import dev.flowdoc.audit.policy.PolicyReader;
import dev.flowdoc.audit.policy.UnreadablePolicy;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.load.AddressFile;
import dev.flowdoc.load.FilledChecklist;
import dev.flowdoc.load.ThemeLoader;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Theme;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.firewall.Format;
import dev.flowdoc.render.firewall.Zones;
import dev.flowdoc.site.AtomicFiles;
import dev.flowdoc.site.Loader;
import dev.flowdoc.site.OutputGuard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Reads a firewall's exported configuration back and says, for every documented flow with the customer's addresses, whether it is open, partly open, closed or cannot be evaluated.",
                "It lists the rules that open more than the documentation needs, and with --upgrade-to what the next release asks to open, change and close.",
                "Exit code 0: every flow open and nothing more; 4: gaps found; 1: bad input (at its position); 2: usage error."})
final class AuditCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--format", paramLabel = "nftables|fortigate|panos", description = "The configuration's format.")
    String format;

    @Option(names = "--config", paramLabel = "FILE", description = "The exported configuration: nft -j list ruleset or nft list ruleset; a FortiGate backup; PAN-OS set commands.")
    Path config;

    @Option(names = "--addresses", paramLabel = "FILE.json", description = "Addresses per endpoint (as for flowdoc firewall).")
    Path addresses;

    @Option(names = "--from-checklist", paramLabel = "FILLED.pdf", description = "A filled checklist instead of an address file.")
    Path checklist;

    @Option(names = "--profile", paramLabel = "NAME", description = "A profile of data/profiles/. Default: every flow (a checklist says its own).")
    String profile;

    @Option(names = "--product-version", paramLabel = "X.Y.Z", description = "The release the configuration is for. Default: the checklist's, else the newest.")
    String productVersion;

    @Option(names = "--upgrade-to", paramLabel = "X.Y.Z", description = "Check the configuration against this release instead: what to open, change and close.")
    String upgradeTo;

    @Option(names = "--gap-rules", paramLabel = "FILE", description = "With --upgrade-to: write the rules that close the gap, in the configuration's format.")
    Path gapRules;

    @Option(names = "--lang", paramLabel = "de|en", description = "The report's language. Default: en.")
    String lang;

    @Option(names = "--json", description = "Write the report as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    private PrintWriter err;

    @Override
    public Integer call() throws IOException {
        err = spec.commandLine().getErr();
        Optional<String> usage = usage();
        if (usage.isPresent()) {
            return fail("flowdoc audit: " + usage.get(), ExitCodes.USAGE);
        }
        Optional<Version> release = productVersion == null ? Optional.empty() : VersionArgs.parse("audit", "--product-version", productVersion, err);
        Optional<Version> to = upgradeTo == null ? Optional.empty() : VersionArgs.parse("audit", "--upgrade-to", upgradeTo, err);
        if ((productVersion != null && release.isEmpty()) || (upgradeTo != null && to.isEmpty())) {
            return ExitCodes.USAGE;
        }
        Format chosen = Format.parse(format).orElseThrow();
        Optional<PolicyReader> reader = Readers.of(chosen);
        if (reader.isEmpty()) {
            return fail("flowdoc audit: no reader for " + chosen.key() + " configurations yet", ExitCodes.USAGE);
        }
        if (gapRules != null) {
            var refused = OutputGuard.file(project.root(), gapRules, chosen.extensions());
            if (refused.isPresent()) {
                return fail("flowdoc audit: refused: " + refused.get(), ExitCodes.USAGE);
            }
        }
        Problems problems = new Problems();
        var loaded = Loader.loadAndValidate(project.root(), problems);
        Console.printForOutput("audit", problems, err);
        if (problems.hasErrors() || loaded.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        Problems input = new Problems();
        Optional<Policy> policy = policy(reader.get(), chosen, input);
        Optional<Theme> theme = new ThemeLoader(project.root()).load(input, false);
        Optional<AddressSource> source = Optional.empty();
        if (policy.isPresent() && theme.isPresent()) {
            if (checklist != null) {
                source = FilledChecklist.read(checklist, Shown.path(checklist), input).map(AddressSource::of);
            } else {
                Project at = ReleaseView.at(loaded.get(), release.orElse(loaded.get().product().newest()));
                source = AddressFile.read(addresses, Shown.path(addresses), at, Zones.keys(at), input).map(AddressSource::of);
            }
        }
        Optional<Audit.Outcome> outcome = Optional.empty();
        if (source.isPresent()) {
            Language language = lang == null ? Language.EN : Language.parse(lang);
            outcome = Audit.run(loaded.get(), policy.get(), source.get(),
                    new Audit.Request(chosen, release.orElse(null), profile, to.orElse(null)), theme.get().messages(language), input);
            if (outcome.isPresent()) {
                PrintWriter out = spec.commandLine().getOut();
                String report = json ? AuditReport.json(outcome.get().result(), theme.get().messages(language))
                        : AuditReport.text(outcome.get().result(), theme.get().messages(language), source.get().describe());
                Console.print(input, err);
                if (gapRules != null) {
                    if (outcome.get().gapRules() == null) {
                        var upgrade = outcome.get().result().upgrade();
                        err.println("flowdoc audit: nothing to write to " + Shown.path(gapRules) + ": the configuration has no gap to " + to.orElseThrow()
                                + (upgrade.unknown().isEmpty() ? "" : ", as far as flowdoc can tell: " + upgrade.unknown().size() + " of its flows cannot be evaluated"));
                    } else {
                        AtomicFiles.writeString(gapRules.toAbsolutePath().normalize(), chosen.write(outcome.get().gapRules()));
                        err.println("flowdoc audit: wrote " + Shown.path(gapRules) + " (the rules that close the gap)");
                    }
                    err.flush();
                }
                out.print(report);
                out.flush();
                return outcome.get().result().clean() ? ExitCodes.OK : ExitCodes.GAPS;
            }
        }
        Console.print(input, err);
        return ExitCodes.PROBLEMS;
    }

    private Optional<Policy> policy(PolicyReader reader, Format chosen, Problems problems) {
        String shown = Shown.path(config);
        String text;
        try {
            text = new String(Files.readAllBytes(config), StandardCharsets.UTF_8);
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(config)));
        } catch (NoSuchFileException e) {
            problems.error(Location.of(shown), "no such file", "give the exported configuration with --config FILE");
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.error(Location.of(shown), "not a text file (not UTF-8)", "give the configuration as the firewall exports it");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(Location.of(shown), "cannot read: " + e.getMessage(), null);
            return Optional.empty();
        }
        if (!reader.recognises(text)) {
            Optional<Format> other = Readers.vendorOf(text);
            if (other.isPresent() && other.get() != chosen) {
                problems.error(new Location(shown, 1, 1), "this is a " + name(other.get()) + " configuration, not " + name(chosen),
                        "run with --format " + other.get().key());
            } else {
                problems.error(new Location(shown, 1, 1), "not an " + name(chosen) + " configuration flowdoc recognises",
                        hint(chosen));
            }
            return Optional.empty();
        }
        try {
            return Optional.of(reader.read(shown, text));
        } catch (UnreadablePolicy e) {
            problems.add(e.problem());
            return Optional.empty();
        }
    }

    private static String name(Format f) {
        return switch (f) {
            case NFTABLES -> "nftables";
            case FORTIGATE -> "FortiGate";
            case PANOS -> "PAN-OS";
        };
    }

    private static String hint(Format f) {
        return switch (f) {
            case NFTABLES -> "give the output of nft -j list ruleset or nft list ruleset";
            case FORTIGATE -> "give a configuration backup (show full-configuration) with config firewall policy";
            case PANOS -> "give the set-format configuration (show config running, set format)";
        };
    }

    private Optional<String> usage() {
        if (lang != null) {
            try {
                Language.parse(lang);
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
        }
        if (format == null) {
            return Optional.of("name the format with --format nftables|fortigate|panos");
        }
        if (Format.parse(format).isEmpty()) {
            return Optional.of("unknown format '" + format + "' (expected nftables, fortigate or panos)");
        }
        if (config == null) {
            return Optional.of("name the exported configuration with --config FILE");
        }
        if ((checklist == null) == (addresses == null)) {
            return Optional.of("give either --addresses FILE.json or --from-checklist FILLED.pdf");
        }
        if (upgradeTo != null && productVersion == null && checklist == null) {
            return Optional.of("--upgrade-to needs --product-version X.Y.Z: the release the configuration is for");
        }
        if (gapRules != null && upgradeTo == null) {
            return Optional.of("--gap-rules needs --upgrade-to X.Y.Z");
        }
        return Optional.empty();
    }

    private int fail(String message, int code) {
        err.println(message);
        err.flush();
        return code;
    }
}
