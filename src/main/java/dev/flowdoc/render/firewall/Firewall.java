package dev.flowdoc.render.firewall;

import dev.flowdoc.diag.Counts;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;
import dev.flowdoc.load.AddressFile;
import dev.flowdoc.load.CustomerAddresses;
import dev.flowdoc.load.FilledChecklist;
import dev.flowdoc.model.ChecklistStamp;
import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.FlowAddresses;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Theme;
import dev.flowdoc.model.Version;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.ViewBuilder;
import dev.flowdoc.view.delta.Action;
import dev.flowdoc.view.delta.Delta;
import dev.flowdoc.view.delta.DeltaView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The firewall use case: a ruleset from the customer's addresses, given as an address file or as a filled checklist.
 * Both ways meet in one place: a whole release (of a profile) or a {@link Delta} between two releases, so a flow
 * whose ports change is a change whichever way its addresses came. The caller reads the files (load) and writes the
 * result; every problem goes to {@code problems}, and an empty result means nothing may be written.
 */
public final class Firewall {
    private static final String DEFAULT_POLICY_IDS = "the default; an address file may give its own: \"fortigate\": {\"policyIds\": \"FIRST-LAST\"}";

    private Firewall() {}

    /**
     * What the command line asked for. {@code profile}, {@code upgradeFrom}, {@code release}, {@code language}: null
     * when not given (a checklist says them itself; else every flow, no delta, the newest release, English).
     */
    public record Request(Format format, String profile, Version upgradeFrom, Version release, Language language) {}

    /** A ruleset from an address file. */
    public static Optional<RuleSet> fromFile(Project loaded, AddressFile file, Request request, Theme theme, Problems problems) {
        Project p = ReleaseView.at(loaded, request.release() == null ? loaded.product().newest() : request.release());
        Optional<Profile> picked = profile(p, request.profile(), Location.of("data/profiles"), problems);
        if (picked == null) {
            return Optional.empty();
        }
        Messages words = theme.messages(request.language() == null ? Language.EN : request.language());
        CustomerAddresses.Target target = target(request.format());
        Project selected = picked.map(p::forProfile).orElse(p);
        String source = "addresses " + file.file();
        AddressFile.PolicyIds ids = file.policyIds();
        String policySource = ids.given() ? "fortigate.policyIds of " + file.file() : DEFAULT_POLICY_IDS;
        if (request.upgradeFrom() == null) {
            Map<String, FlowAddresses> byFlow = CustomerAddresses.fromFile(file, p, selected.flows().toList(), target, problems);
            DocView allow = ViewBuilder.of(selected, words);
            return result(RuleSets.build(header(p, source, picked.orElse(null)), allow, null, byFlow, Map.of(), false,
                    Set.of(), file.zones(), allow, ids.first(), ids.last(), policySource), problems);
        }
        Delta delta = delta(p, request.upgradeFrom(), picked.orElse(null));
        List<Flow> toOpen = delta.flowIdsToOpen().stream().map(id -> p.flow(id).orElseThrow()).toList();
        Map<String, FlowAddresses> byFlow = CustomerAddresses.fromFile(file, p, toOpen, target, problems);
        // what the closed flows had, to remove their objects; what is missing was warned about in the release left
        Map<String, FlowAddresses> removed = CustomerAddresses.fromFile(file, p,
                delta.flowIds(Action.CLOSE).stream().map(id -> p.history().flow(id).orElseThrow()).toList(), target, new Problems());
        return result(deltaRules(p, selected, delta, byFlow, removed, source, picked.orElse(null), file.zones(), words,
                ids.first(), ids.last(), policySource), problems);
    }

    /**
     * A ruleset from a filled checklist: its stamp names the release, language, profile or upgrade pair; an option of
     * the request that disagrees with it is an error, one it lacks (a checklist of an earlier flowdoc) fills in.
     */
    public static Optional<RuleSet> fromChecklist(Project loaded, FilledChecklist list, Request request, Theme theme,
                                                  Problems problems) {
        Location at = Location.of(list.file());
        Optional<ChecklistStamp> stamp = list.stamp();
        Version release = agree(stamp.map(ChecklistStamp::release).orElse(null), request.release(), "--product-version",
                "release", at, problems);
        Version from = agree(stamp.map(ChecklistStamp::upgradeFrom).orElse(null), request.upgradeFrom(), "--upgrade-from",
                "upgrade from release", at, problems);
        String profileId = agree(stamp.map(ChecklistStamp::profile).orElse(null), request.profile(), "--profile", "profile", at, problems);
        if (stamp.isPresent() && !stamp.get().upgrade() && request.upgradeFrom() != null) {
            problems.error(at, "--upgrade-from " + request.upgradeFrom() + ": the checklist is the checklist of a profile, not of an upgrade",
                    "leave --upgrade-from out, or fill the upgrade checklist (flowdoc checklist --upgrade-from)");
        }
        if (stamp.isEmpty() && list.upgrade() && from == null) {
            problems.error(at, "the checklist is an upgrade checklist of an earlier flowdoc, which does not say the release it starts from",
                    "name it with --upgrade-from X.Y.Z");
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        Version documented = release == null ? loaded.product().newest() : release;
        if (!loaded.product().hasRelease(documented) || (from != null && !loaded.product().hasRelease(from))) {
            problems.error(at, "the checklist documents release " + (from == null ? "" : from + " → ") + documented
                    + ", which data/product.json does not list", "fill a checklist written from this project's data");
            return Optional.empty();
        }
        Project p = ReleaseView.at(loaded, documented);
        Optional<Profile> picked = profile(p, profileId, at, problems);
        if (picked == null) {
            return Optional.empty();
        }
        stamp.ifPresent(s -> zones(s, p.history(), at, problems));
        Language language = request.language() != null ? request.language() : stamp.map(ChecklistStamp::language).orElse(Language.EN);
        Messages words = theme.messages(language);
        Map<String, FlowAddresses> byFlow = CustomerAddresses.fromChecklist(list, p, target(request.format()), problems);
        for (String fieldId : list.closed()) {
            if (CustomerAddresses.flowOf(fieldId, p.history()).isEmpty()) {
                problems.error(at, "field 'close." + fieldId + ".closed': the data has no flow '" + fieldId + "'",
                        "give the checklist flowdoc wrote for this project");
            }
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        if (byFlow.isEmpty() && list.closed().isEmpty()) {
            problems.error(at, "no flow's source and destination fields are filled in",
                    "write the addresses into the fields flow.ID.source and flow.ID.destination and save the PDF");
            return Optional.empty();
        }
        String source = (list.upgrade() ? "upgrade checklist " : "checklist ") + list.file();
        AddressFile.PolicyIds ids = AddressFile.PolicyIds.DEFAULT;
        String policySource = DEFAULT_POLICY_IDS;
        Project selected = picked.map(p::forProfile).orElse(p);
        if (from != null) {
            Delta delta = delta(p, from, picked.orElse(null));
            Set<String> listed = Set.copyOf(delta.flowIdsToOpen());
            for (String id : byFlow.keySet()) {
                if (!listed.contains(id)) {
                    problems.error(at, "field '" + FilledChecklist.field(id.replace('.', '_'), "source") + "': flow '" + id
                            + "' is no change from " + from + " to " + documented + " in the data (it changed since the checklist was written)",
                            "write the upgrade checklist anew and fill that one");
                }
            }
            if (problems.hasErrors()) {
                return Optional.empty();
            }
            Map<String, FlowAddresses> removed = CustomerAddresses.closingFromChecklist(list, p.history(),
                    target(request.format()), problems);
            return result(deltaRules(p, selected, delta, byFlow, removed, source, picked.orElse(null), Map.of(), words,
                    ids.first(), ids.last(), policySource), problems);
        }
        // a checklist of an earlier flowdoc names no profile: its flows are the ones it has fields for
        if (stamp.isEmpty() && picked.isEmpty()) {
            Set<String> ids2 = list.flows().keySet().stream().map(id -> CustomerAddresses.flowOf(id, p))
                    .flatMap(Optional::stream).map(Flow::id).collect(Collectors.toSet());
            selected = p.withGroups(only(p, ids2));
        }
        DocView allow = ViewBuilder.of(selected, words);
        return result(RuleSets.build(header(p, source, picked.orElse(null)), allow, null, byFlow, Map.of(), false, Set.of(),
                Map.of(), allow, ids.first(), ids.last(), policySource), problems);
    }

    /** The one way to a delta's rules, from an address file or an upgrade checklist alike. */
    private static RuleSet deltaRules(Project p, Project selected, Delta delta, Map<String, FlowAddresses> byFlow,
                                      Map<String, FlowAddresses> removed, String source, Profile picked,
                                      Map<String, String> zones, Messages words, long first, long last, String policySource) {
        DeltaView upgrade = DeltaView.of(delta, p, words);
        Set<String> changed = Set.copyOf(delta.flowIds(Action.CHANGE));
        List<String> header = header(p, source, picked);
        header.add(0, "Upgrade " + delta.from() + " -> " + delta.to() + ": " + Counts.count(delta.entries().size(), "change"));
        return RuleSets.build(header, upgrade.open(), upgrade.close(), byFlow, removed, true, changed, zones,
                ViewBuilder.of(selected, words), first, last, policySource);
    }

    private static Delta delta(Project p, Version from, Profile picked) {
        Delta delta = Delta.between(p, from, p.release());
        if (picked == null) {
            return delta;
        }
        Set<String> needed = p.history().forProfile(picked).flows().map(Flow::id).collect(Collectors.toSet());
        return delta.only(needed);
    }

    private static Optional<RuleSet> result(RuleSet rules, Problems problems) {
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        if (rules.rules().isEmpty() && rules.removals().isEmpty()) {
            problems.error(Location.of("flowdoc firewall"), "no rule to write: no flow has addresses on both sides",
                    "fill them in and run again");
            return Optional.empty();
        }
        return Optional.of(rules);
    }

    /** The profile named, empty for none; null (reported) when the project has no such profile. */
    private static Optional<Profile> profile(Project p, String id, Location at, Problems problems) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Profile> found = p.deployment().profile(id);
        if (found.isEmpty()) {
            List<String> known = p.deployment().profiles().stream().map(Profile::id).toList();
            String hint = Suggest.didYouMean(id, known);
            problems.error(at, "unknown profile '" + id + "'" + (hint == null ? "" : "; " + hint),
                    "known profiles (data/profiles/*.json): " + (known.isEmpty() ? "none" : String.join(", ", known)));
            return null;
        }
        return found;
    }

    /** The checklist's value, unless the option given disagrees (an error) or the checklist has none (the option). */
    private static <T> T agree(T recorded, T given, String option, String what, Location at, Problems problems) {
        if (recorded != null && given != null && !recorded.equals(given)) {
            problems.error(at, option + " " + given + " disagrees with the checklist, which was written for " + what + " " + recorded,
                    "leave " + option + " out: the checklist says it");
        }
        return recorded != null ? recorded : given;
    }

    /** The zones the checklist was written with must be those of the data: else rules would go to other zones. */
    private static void zones(ChecklistStamp stamp, Project history, Location at, Problems problems) {
        stamp.zones().forEach((endpointId, zone) -> {
            Optional<Endpoint> now = history.endpoint(endpointId);
            if (now.isEmpty()) {
                problems.error(at, "the checklist names endpoint '" + endpointId + "', which data/endpoints.json no longer has",
                        "write the checklist anew from the current data and fill that one");
            } else if (!now.get().zone().equals(zone)) {
                problems.error(at, "the checklist was written with endpoint '" + endpointId + "' in zone '" + zone
                        + "'; data/endpoints.json now puts it in '" + now.get().zone() + "'",
                        "write the checklist anew from the current data and fill that one");
            }
        });
    }

    private static CustomerAddresses.Target target(Format format) {
        return new CustomerAddresses.Target(format.key(), format.hostNames());
    }

    private static List<Group> only(Project project, Set<String> flowIds) {
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
}
