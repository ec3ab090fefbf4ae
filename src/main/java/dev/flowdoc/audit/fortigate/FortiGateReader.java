package dev.flowdoc.audit.fortigate;

import dev.flowdoc.audit.policy.Addresses;
import dev.flowdoc.audit.policy.Chain;
import dev.flowdoc.audit.policy.Hook;
import dev.flowdoc.audit.policy.Interfaces;
import dev.flowdoc.audit.policy.Match;
import dev.flowdoc.audit.policy.Origin;
import dev.flowdoc.audit.policy.Policy;
import dev.flowdoc.audit.policy.PolicyReader;
import dev.flowdoc.audit.policy.Rule;
import dev.flowdoc.audit.policy.Said;
import dev.flowdoc.audit.policy.Service;
import dev.flowdoc.audit.policy.UnreadablePolicy;
import dev.flowdoc.audit.policy.Unresolved;
import dev.flowdoc.audit.policy.Verdict;
import dev.flowdoc.audit.vendor.Exports;
import dev.flowdoc.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a FortiGate configuration (FortiOS CLI: a backup, or the output of {@code show firewall address},
 * {@code addrgrp}, {@code service custom}, {@code service group} and {@code policy}) into one chain on
 * {@link Hook#FORWARD}: the enabled policies of {@code config firewall policy} (then {@code policy6} of FortiOS 6) in
 * their order, first match wins, and the implicit deny at the end. Names are resolved here ({@link Objects}); what
 * cannot be evaluated (a VIP, an Internet Service, users, a schedule other than "always", an unknown name) is an
 * {@link Unresolved} of the policy, never guessed. A backup with VDOMs is read when one VDOM holds policies.
 */
public final class FortiGateReader implements PolicyReader {
    static final String CHAIN = "firewall policy";

    @Override
    public String format() {
        return "fortigate";
    }

    @Override
    public boolean recognises(String text) {
        return Exports.kindOf(text).filter(k -> k == Exports.Kind.FORTIGATE).isPresent();
    }

    @Override
    public Policy read(String file, String text) throws UnreadablePolicy {
        Optional<String> other = Exports.otherVendor(text, format());
        if (other.isPresent()) {
            throw new UnreadablePolicy(Location.of(file), other.get(), Exports.hint(text));
        }
        Map<String, Cli.Table> tables = scope(file, Cli.parse(file, text));
        if (!tables.containsKey("firewall policy") && !tables.containsKey("firewall policy6")) {
            throw new UnreadablePolicy(new Location(file, 1, 1), "expected 'config firewall policy', found "
                    + (tables.isEmpty() ? "no table" : "only " + String.join(", ", tables.keySet().stream().map(k -> "'config " + k + "'").toList())),
                    "export the policies too ('show firewall policy'), or give the whole configuration backup");
        }
        Objects objects = new Objects(file, tables);
        List<Rule> rules = new ArrayList<>();
        for (String table : List.of("firewall policy", "firewall policy6")) {
            Cli.Table policies = tables.get(table);
            if (policies != null) {
                for (Cli.Entry entry : policies.entries()) {
                    if (!entry.value("status", "enable").equals("disable")) {
                        rules.add(rule(file, table, entry, objects));
                    }
                }
            }
        }
        Cli.Table first = tables.getOrDefault("firewall policy", tables.get("firewall policy6"));
        Origin implicit = Origin.policy(file, first.at.line(), first.at.column(), "implicit deny (policy 0)", "",
                Said.of("audit.origin.fortigateImplicitDeny"));
        return new Policy(format(), file, List.of(new Chain(CHAIN, Hook.FORWARD, 0, Verdict.DROP, rules, implicit)));
    }

    /** The tables of the configuration; with VDOMs, those of the one VDOM that holds policies. */
    private static Map<String, Cli.Table> scope(String file, Map<String, Cli.Table> top) throws UnreadablePolicy {
        Cli.Table vdoms = top.get("vdom");
        if (vdoms == null) {
            return top;
        }
        Map<String, Cli.Table> chosen = null;
        Cli.Entry chosenEntry = null;
        for (Cli.Entry vdom : vdoms.entries()) {
            if (vdom.tables.containsKey("firewall policy") || vdom.tables.containsKey("firewall policy6")) {
                if (chosen != null) {
                    throw new UnreadablePolicy(new Location(file, vdom.at.line(), vdom.at.column()), "the configuration holds the policies of VDOM '"
                            + chosenEntry.name + "' and of VDOM '" + vdom.name + "'; flowdoc audits the policy of one firewall",
                            "give the part of one VDOM: 'config vdom', 'edit NAME', then its 'show firewall …' output");
                }
                chosen = new LinkedHashMap<>(top);
                chosen.putAll(vdom.tables);
                chosenEntry = vdom;
            }
        }
        return chosen == null ? top : chosen;
    }

    private static Rule rule(String file, String table, Cli.Entry p, Objects objects) throws UnreadablePolicy {
        List<Unresolved> unresolved = new ArrayList<>();
        Objects.Resolved source = objects.addresses(p, "srcaddr", "srcaddr6");
        Objects.Resolved destination = objects.addresses(p, "dstaddr", "dstaddr6");
        unresolved.addAll(source.unresolved());
        unresolved.addAll(destination.unresolved());
        Objects.Services services = objects.services(p.values("service"), p.setting("service"));
        unresolved.addAll(services.unresolved());
        String action = p.value("action", "deny");
        Verdict verdict = switch (action) {
            case "accept" -> Verdict.ACCEPT;
            case "deny" -> Verdict.DROP;
            default -> {
                unresolved.add(new Unresolved("set action " + action, "actionElsewhere"));
                yield Verdict.ACCEPT;
            }
        };
        String schedule = p.value("schedule", "always");
        if (!schedule.equals("always")) {
            unresolved.add(new Unresolved("set schedule \"" + schedule + "\"", "policySchedule"));
        }
        for (String key : List.of("internet-service", "internet-service-src", "internet-service6", "internet-service6-src")) {
            if (p.value(key, "disable").equals("enable")) {
                unresolved.add(new Unresolved("set " + key + " enable", "internetService"));
            }
        }
        for (String key : List.of("users", "groups", "fsso-groups")) {
            if (!p.values(key).isEmpty()) {
                unresolved.add(new Unresolved("set " + key + " " + String.join(" ", p.values(key)), "policyUsers"));
            }
        }
        Addresses src = source.addresses(p.value("srcaddr-negate", "disable").equals("enable"));
        Addresses dst = destination.addresses(p.value("dstaddr-negate", "disable").equals("enable"));
        Match match = new Match(src, dst, services.services(), p.value("service-negate", "disable").equals("enable"),
                Interfaces.of(p.values("srcintf")), Interfaces.of(p.values("dstintf")),
                dev.flowdoc.audit.policy.ConnState.ANY, unresolved);
        String name = p.value("name", null);
        String label = (table.equals("firewall policy6") ? "policy6 " : "policy ") + p.name + (name == null ? "" : " \"" + name + "\"");
        return new Rule(match, verdict, new Origin(file, p.at.line(), p.at.column(), label, text(p)));
    }

    /** The policy as a short line: its interfaces, addresses, services and action, as written. */
    private static String text(Cli.Entry p) {
        StringBuilder out = new StringBuilder("edit " + p.name);
        for (String key : List.of("status", "srcintf", "dstintf", "srcaddr", "dstaddr", "srcaddr6", "dstaddr6", "srcaddr-negate",
                "dstaddr-negate", "internet-service", "service", "service-negate", "schedule", "action")) {
            Cli.Setting s = p.setting(key);
            if (s != null && !(key.equals("schedule") && s.text().equals("always"))) {
                out.append(" set ").append(key).append(' ').append(String.join(" ", s.values().stream().map(w -> w.quoted() ? "\"" + w.text() + "\"" : w.text()).toList()));
            }
        }
        return out.toString();
    }
}
