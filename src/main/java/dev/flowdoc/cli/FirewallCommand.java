package dev.flowdoc.cli;

import dev.flowdoc.load.AddressFile;
import dev.flowdoc.load.CustomerAddresses;
import dev.flowdoc.load.FilledChecklist;
import dev.flowdoc.load.ThemeLoader;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.FlowAddresses;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Theme;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.firewall.AddressTemplate;
import dev.flowdoc.render.firewall.Format;
import dev.flowdoc.render.firewall.RuleSet;
import dev.flowdoc.render.firewall.RuleSets;
import dev.flowdoc.render.firewall.Zones;
import dev.flowdoc.site.AtomicFiles;
import dev.flowdoc.site.Loader;
import dev.flowdoc.site.OutputGuard;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.ViewBuilder;
import dev.flowdoc.view.delta.Action;
import dev.flowdoc.view.delta.Delta;
import dev.flowdoc.view.delta.DeltaView;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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

    @Option(names = "--profile", paramLabel = "NAME", description = "A profile of data/profiles/. Default: every flow.")
    String profile;

    @Option(names = "--upgrade-from", paramLabel = "X.Y.Z", description = "Only what changes from this release to the documented one.")
    String upgradeFrom;

    @Option(names = "--product-version", paramLabel = "X.Y.Z", description = "The documented release (of the checklist). Default: the newest.")
    String productVersion;

    @Option(names = "--lang", paramLabel = "de|en", defaultValue = "en", description = "The language of the rules' descriptions. Default: en.")
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
        Console.print(problems, err);
        if (problems.hasErrors() || loaded.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        Project p = ReleaseView.at(loaded.get(), release.orElse(loaded.get().product().newest()));
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
        Project selected = picked == null ? p : p.forProfile(picked);
        if (template) {
            Map<Language, Messages> words = new java.util.EnumMap<>(Language.class);
            ThemeLoader themes = new ThemeLoader(project.root());
            for (Language l : Language.values()) {
                words.put(l, themes.messages(l));
            }
            return emit(AddressTemplate.write(selected, profile, null, words), "address template" + (profile == null ? "" : " of profile " + profile));
        }
        Problems input = new Problems();
        Optional<Theme> theme = new ThemeLoader(project.root()).load(input, false);
        if (theme.isEmpty()) {
            Console.print(input, err);
            return ExitCodes.PROBLEMS;
        }
        Messages words = theme.get().messages(Language.parse(lang));
        CustomerAddresses.Target target = new CustomerAddresses.Target(chosen.key(), chosen.hostNames());
        RuleSet rules = checklist != null ? fromChecklist(p, words, target, input)
                : fromFile(p, selected, picked, from.orElse(null), words, target, input);
        Console.print(input, err);
        if (input.hasErrors() || rules == null) {
            return ExitCodes.PROBLEMS;
        }
        if (rules.rules().isEmpty() && rules.removals().isEmpty()) {
            return fail("flowdoc firewall: no rule to write: no flow has addresses on both sides; fill them in and run again", ExitCodes.PROBLEMS);
        }
        return emit(chosen.write(rules), chosen.key() + ", " + Console.count(rules.rules().size(), "rule")
                + (rules.delta() ? ", " + rules.removals().size() + " to remove" : ""));
    }

    private Optional<String> usage() {
        try {
            Language.parse(lang);
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
        if (checklist != null && (profile != null || upgradeFrom != null)) {
            return Optional.of("--from-checklist takes the flows the checklist has; --profile and --upgrade-from go with --addresses");
        }
        return Optional.empty();
    }

    private RuleSet fromChecklist(Project p, Messages words, CustomerAddresses.Target target, Problems problems) {
        String display = Shown.path(checklist);
        Optional<FilledChecklist> read = FilledChecklist.read(checklist, display, problems);
        if (read.isEmpty()) {
            return null;
        }
        FilledChecklist list = read.get();
        Map<String, FlowAddresses> byFlow = CustomerAddresses.fromChecklist(list, p, target, problems);
        List<Flow> closed = new ArrayList<>();
        for (String fieldId : list.closed()) {
            CustomerAddresses.flowOf(fieldId, p.history()).ifPresentOrElse(closed::add, () -> problems.error(
                    dev.flowdoc.model.Location.of(display), "field 'close." + fieldId + ".closed': the data has no flow '" + fieldId + "'",
                    "give the checklist flowdoc wrote for this project"));
        }
        if (byFlow.isEmpty() && closed.isEmpty() && !problems.hasErrors()) {
            problems.error(dev.flowdoc.model.Location.of(display), "no flow's source and destination fields are filled in",
                    "write the addresses into the fields flow.ID.source and flow.ID.destination and save the PDF");
            return null;
        }
        Set<String> ids = list.flows().keySet().stream().map(id -> CustomerAddresses.flowOf(id, p))
                .flatMap(Optional::stream).map(Flow::id).collect(Collectors.toSet());
        DocView allow = ViewBuilder.of(p.withGroups(only(p, ids)), words);
        DocView remove = closed.isEmpty() ? null : ViewBuilder.of(p.history().withGroups(only(p.history(),
                closed.stream().map(Flow::id).collect(Collectors.toSet()))), words);
        List<String> header = header(p, list.upgrade() ? "upgrade checklist " + display : "checklist " + display, null);
        return RuleSets.build(header, allow, remove, byFlow, list.upgrade(), Set.of(), Map.of());
    }

    private RuleSet fromFile(Project p, Project selected, Profile picked, Version from, Messages words,
                             CustomerAddresses.Target target, Problems problems) {
        String display = Shown.path(addresses);
        Optional<AddressFile> file = AddressFile.read(addresses, display, p, Zones.keys(p), problems);
        if (file.isEmpty()) {
            return null;
        }
        if (from == null) {
            DocView allow = ViewBuilder.of(selected, words);
            Map<String, FlowAddresses> byFlow = CustomerAddresses.fromFile(file.get(), p, selected.flows().toList(), target, problems);
            return RuleSets.build(header(p, "addresses " + display, picked), allow, null, byFlow, false, Set.of(), file.get().zones());
        }
        VersionArgs.noteUnreleased("firewall", from, p, err);
        Delta delta = Delta.between(p, from, p.release());
        if (picked != null) {
            Set<String> needed = p.history().forProfile(picked).flows().map(Flow::id).collect(Collectors.toSet());
            delta = delta.only(needed);
        }
        DeltaView upgrade = DeltaView.of(delta, p, words);
        List<Flow> toOpen = delta.flowIdsToOpen().stream().map(id -> p.flow(id).orElseThrow()).toList();
        Set<String> changed = Set.copyOf(delta.flowIds(Action.CHANGE));
        Map<String, FlowAddresses> byFlow = CustomerAddresses.fromFile(file.get(), p, toOpen, target, problems);
        List<String> header = header(p, "addresses " + display, picked);
        header.add(0, "Upgrade " + from + " -> " + p.release() + ": " + Console.count(delta.entries().size(), "change"));
        return RuleSets.build(header, upgrade.open(), upgrade.close(), byFlow, true, changed, file.get().zones());
    }

    private static List<dev.flowdoc.model.Group> only(Project project, Set<String> flowIds) {
        return project.groups().stream()
                .map(g -> g.withFlows(g.flows().stream().filter(f -> flowIds.contains(f.id())).toList()))
                .filter(g -> !g.flows().isEmpty()).toList();
    }

    private static List<String> header(Project p, String source, Profile picked) {
        List<String> lines = new ArrayList<>();
        lines.add("flowdoc firewall: " + p.product().name() + " " + p.release()
                + (picked == null ? "" : ", profile " + picked.id()) + ", from " + source);
        lines.add("Every rule names its flow id; the documentation describes each flow under that id.");
        return lines;
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
