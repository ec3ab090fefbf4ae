package dev.flowdoc.audit;

import dev.flowdoc.audit.AuditResult.FlowFinding;
import dev.flowdoc.audit.AuditResult.GroupFindings;
import dev.flowdoc.audit.AuditResult.State;
import dev.flowdoc.audit.policy.Policy;
import dev.flowdoc.audit.policy.PortRange;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;
import dev.flowdoc.load.AddressFile;
import dev.flowdoc.load.CustomerAddresses;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.FlowAddresses;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.NetAddress;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Version;
import dev.flowdoc.render.firewall.Format;
import dev.flowdoc.render.firewall.RuleSet;
import dev.flowdoc.render.firewall.RuleSets;
import dev.flowdoc.render.firewall.Service;
import dev.flowdoc.render.firewall.Services;
import dev.flowdoc.render.firewall.Zones;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.GroupBlock;
import dev.flowdoc.view.ViewBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The audit use case: the documented flows of a release (and profile) with the customer's addresses, judged against
 * a policy a reader made of the customer's configuration; what is open beyond them; with an upgrade, what the
 * release reached asks to open, change and close, and the rules that close the gap (in the configuration's format,
 * written by the firewall writers). The caller reads the files, prints and writes; problems go to {@code problems}.
 */
public final class Audit {
    private Audit() {}

    /**
     * {@code release}: the release the configuration is for (null: the checklist's, else the newest); {@code profile}
     * null for every flow; {@code upgradeTo} null unless the upgrade is asked for.
     */
    public record Request(Format format, Version release, String profile, Version upgradeTo) {}

    /** The result, and with an upgrade the ruleset that closes the gap (null without one, or when nothing is to do). */
    public record Outcome(AuditResult result, RuleSet gapRules) {}

    public static Optional<Outcome> run(Project loaded, Policy policy, AddressSource addresses, Request request,
                                        Messages words, Problems problems) {
        Version release = request.release() != null ? request.release()
                : addresses.stamp().map(s -> s.release()).orElse(loaded.product().newest());
        String profileId = request.profile() != null ? request.profile() : addresses.stamp().map(s -> s.profile()).orElse(null);
        Location at = Location.of("flowdoc audit");
        for (Version v : request.upgradeTo() == null ? List.of(release) : List.of(release, request.upgradeTo())) {
            if (!loaded.product().hasRelease(v)) {
                problems.error(at, "release " + v + " is not in data/product.json", "name a release the data documents");
            }
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        Project p = ReleaseView.at(loaded, release);
        Optional<Profile> picked = profile(p, profileId, problems);
        if (picked == null) {
            return Optional.empty();
        }
        CustomerAddresses.Target target = new CustomerAddresses.Target(request.format().key(), request.format().hostNames());
        Project selected = picked.map(p::forProfile).orElse(p);
        Map<String, FlowAddresses> byFlow = addresses.of(p, selected.flows().toList(), target, problems);
        Project x = null;
        Project selectedX = null;
        Map<String, FlowAddresses> byFlowX = Map.of();
        if (request.upgradeTo() != null) {
            x = ReleaseView.at(loaded, request.upgradeTo());
            Optional<Profile> pickedX = profile(x, profileId, problems);
            if (pickedX == null) {
                return Optional.empty();
            }
            selectedX = pickedX.map(x::forProfile).orElse(x);
            byFlowX = addresses.of(x, selectedX.flows().toList(), target, new Problems());
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        DocView view = ViewBuilder.of(selected, words);
        Zones zones = new Zones(loaded);
        List<Documented> documented = documented(view, byFlow, zones);
        Map<String, String> zoneNames = zoneNames(addresses.zones(), request.format(), loaded, policy);
        List<Documented> all = new ArrayList<>(documented);
        DocView viewX = null;
        List<Documented> documentedX = List.of();
        if (x != null) {
            viewX = ViewBuilder.of(selectedX, words);
            documentedX = documented(viewX, byFlowX, zones);
            all.addAll(documentedX);
        }
        Judge judge = new Judge(policy, zoneNames, all);
        List<GroupFindings> groups = findings(view, documented, judge);
        // what is open beyond: beyond the release reached, when upgrading
        List<Documented> reference = x == null ? documented : documentedX;
        List<Span> appliance = new ArrayList<>();
        Map<Span, String> zoneOfSpan = new HashMap<>();
        for (Documented d : all) {
            if (d.fromAppliance() && d.sourceZone() != null) {
                appliance.addAll(d.sources());
            }
            if (d.toAppliance() && d.destinationZone() != null) {
                appliance.addAll(d.destinations());
            }
            d.sources().forEach(s -> zoneOfSpan.putIfAbsent(s, d.sourceZone()));
            d.destinations().forEach(s -> zoneOfSpan.putIfAbsent(s, d.destinationZone()));
        }
        List<AuditResult.Extra> extras = judge.beyond(reference, appliance.stream().distinct().toList(), zoneOfSpan);
        AuditResult.Upgrade upgrade = null;
        RuleSet gapRules = null;
        if (x != null) {
            List<GroupFindings> groupsX = findings(viewX, documentedX, judge);
            List<FlowFinding> open = new ArrayList<>();
            List<FlowFinding> change = new ArrayList<>();
            List<FlowFinding> unknown = new ArrayList<>();
            groupsX.stream().flatMap(g -> g.flows().stream()).forEach(f -> {
                if (f.state() == State.CLOSED || f.state() == State.UNCHECKED) {
                    open.add(f);
                } else if (f.state() == State.PARTLY) {
                    change.add(f);
                } else if (f.state() == State.UNKNOWN) {
                    unknown.add(f);
                }
            });
            Set<String> inX = selectedX.flows().map(Flow::id).collect(Collectors.toSet());
            List<FlowFinding> close = groups.stream().flatMap(g -> g.flows().stream())
                    .filter(f -> !inX.contains(f.id()) && (f.state() == State.OPEN || f.state() == State.PARTLY || f.state() == State.UNKNOWN))
                    .toList();
            upgrade = new AuditResult.Upgrade(release.toString(), request.upgradeTo().toString(), open, change, close, unknown);
            if (!upgrade.isEmpty()) {
                gapRules = gapRules(x, selectedX, p, upgrade, byFlowX, byFlow, words, addresses, policy, zoneNames);
            }
        }
        AuditResult result = new AuditResult(loaded.product().name(), (x == null ? release : request.upgradeTo()).toString(),
                picked.map(Profile::id).orElse(null), policy.file(), policy.format(),
                x == null ? groups : findings(viewX, documentedX, judge), extras, upgrade);
        return Optional.of(new Outcome(result, gapRules));
    }

    private static List<GroupFindings> findings(DocView view, List<Documented> documented, Judge judge) {
        Map<String, Documented> byId = new LinkedHashMap<>();
        documented.forEach(d -> byId.put(d.id(), d));
        List<GroupFindings> groups = new ArrayList<>();
        for (GroupBlock g : view.groups()) {
            List<FlowFinding> flows = new ArrayList<>();
            for (FlowRow row : g.rows()) {
                Documented d = byId.get(row.id());
                flows.add(d == null ? new FlowFinding(row.id(), row.name(), State.UNCHECKED, List.of(), List.of(), List.of(), null, null)
                        : judge.judge(d, row.name()));
            }
            groups.add(new GroupFindings(g.id(), g.title(), flows));
        }
        return groups;
    }

    /** The documented flows with addresses, as the evaluator needs them. */
    private static List<Documented> documented(DocView view, Map<String, FlowAddresses> byFlow, Zones zones) {
        List<Documented> out = new ArrayList<>();
        view.rows().forEach(row -> {
            FlowAddresses a = byFlow.get(row.id());
            if (a == null || a.isEmpty()) {
                return;
            }
            List<Documented.Need> needs = new ArrayList<>();
            for (Service s : Services.of(row)) {
                List<PortRange> ranges = new ArrayList<>();
                s.ports().forEach(r -> ranges.add(new PortRange(r.low(), r.high())));
                if (s.protocol().startsWith("icmp")) {
                    if (s.icmpTypes().isEmpty()) {
                        ranges.add(new PortRange(0, 255));
                    } else {
                        s.icmpTypes().forEach(t -> ranges.add(PortRange.of(Integer.parseInt(t))));
                    }
                }
                needs.add(new Documented.Need(s.protocol(), ranges));
            }
            List<String> from = zones.of(row.sourceIds());
            List<String> to = zones.of(row.destinationIds());
            out.add(new Documented(row.id(), spans(a.source()), spans(a.destination()), needs,
                    from.size() == 1 ? from.get(0) : null, to.size() == 1 ? to.get(0) : null,
                    zones.includesAppliance(row.sourceIds()) && row.sourceIds().stream().allMatch(id -> zones.includesAppliance(List.of(id))),
                    zones.includesAppliance(row.destinationIds()) && row.destinationIds().stream().allMatch(id -> zones.includesAppliance(List.of(id)))));
        });
        return out;
    }

    private static List<Span> spans(List<NetAddress> addresses) {
        return addresses.stream().map(Span::of).toList();
    }

    /** The delta that brings the configuration to release {@code x}: rules for the flows to open or change, removals for those to close. */
    private static RuleSet gapRules(Project x, Project selectedX, Project current, AuditResult.Upgrade upgrade,
                                    Map<String, FlowAddresses> byFlowX, Map<String, FlowAddresses> byFlow, Messages words,
                                    AddressSource addresses, Policy policy, Map<String, String> zoneNames) {
        Set<String> toOpen = new java.util.LinkedHashSet<>();
        upgrade.open().forEach(f -> toOpen.add(f.id()));
        upgrade.change().forEach(f -> toOpen.add(f.id()));
        Set<String> toClose = upgrade.close().stream().map(FlowFinding::id).collect(Collectors.toSet());
        DocView allow = ViewBuilder.of(x.withGroups(only(selectedX, toOpen)), words);
        DocView remove = ViewBuilder.of(current.withGroups(only(current, toClose)), words);
        Set<String> changed = upgrade.change().stream().map(FlowFinding::id).collect(Collectors.toSet());
        List<String> header = new ArrayList<>();
        header.add("flowdoc audit: " + x.product().name() + " " + upgrade.from() + " -> " + upgrade.to() + ", the gap of "
                + policy.file() + ", from " + addresses.describe());
        header.add("Every rule names its flow id; the documentation describes each flow under that id.");
        AddressFile.PolicyIds ids = addresses.policyIds();
        return RuleSets.build(header, allow, remove, byFlowX, byFlow, true, changed, zoneNames,
                ViewBuilder.of(selectedX, words), ids.first(), ids.last(), ids.given() ? "fortigate.policyIds of the address file" : "the default");
    }

    /**
     * The zone names rules are compared with: the address file's "zones". Without any (a checklist has none, an address
     * file may have none), PAN-OS rules still name zones: each zone key takes the name flowdoc's own PAN-OS ruleset
     * gives it by default ({@link Zones#PANOS_DEFAULTS}) when the configuration's rules name that zone; otherwise the
     * key stays without a name and rules that name zones leave its flows unknown. FortiGate and nftables: only the map.
     */
    static Map<String, String> zoneNames(Map<String, String> given, Format format, Project project, Policy policy) {
        if (format != Format.PANOS || !given.isEmpty()) {
            return given;
        }
        Set<String> named = policy.chains().stream().flatMap(c -> c.rules().stream())
                .flatMap(r -> java.util.stream.Stream.concat(r.match().in().names().stream(), r.match().out().names().stream()))
                .collect(Collectors.toSet());
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : Zones.keys(project)) {
            String name = Zones.name(key, format, given);
            if (named.contains(name)) {
                out.put(key, name);
            }
        }
        return out;
    }

    private static List<Group> only(Project project, Set<String> flowIds) {
        return project.groups().stream()
                .map(g -> g.withFlows(g.flows().stream().filter(f -> flowIds.contains(f.id())).toList()))
                .filter(g -> !g.flows().isEmpty()).toList();
    }

    private static Optional<Profile> profile(Project p, String id, Problems problems) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Profile> found = p.deployment().profile(id);
        if (found.isEmpty()) {
            List<String> known = p.deployment().profiles().stream().map(Profile::id).toList();
            String hint = Suggest.didYouMean(id, known);
            problems.error(Location.of("data/profiles"), "unknown profile '" + id + "'" + (hint == null ? "" : "; " + hint),
                    "known profiles (data/profiles/*.json): " + (known.isEmpty() ? "none" : String.join(", ", known)));
            return null;
        }
        return found;
    }
}
