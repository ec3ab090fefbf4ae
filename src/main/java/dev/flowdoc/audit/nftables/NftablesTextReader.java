package dev.flowdoc.audit.nftables;

import dev.flowdoc.audit.nftables.NftTokens.Token;
import dev.flowdoc.audit.policy.Chain;
import dev.flowdoc.audit.policy.Hook;
import dev.flowdoc.audit.policy.Origin;
import dev.flowdoc.audit.policy.Policy;
import dev.flowdoc.audit.policy.Rule;
import dev.flowdoc.audit.policy.UnreadablePolicy;
import dev.flowdoc.audit.policy.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of {@code nft list ruleset} (and a file of table blocks as flowdoc's {@code firewall} writes it): tables,
 * their named sets and chains, a chain's {@code type … hook … priority …; policy …;} line and its rules, one per
 * line. Statements flowdoc knows are read through {@link Statements}; any other becomes an unresolved part of its
 * rule. A file it cannot parse (a command file of {@code add rule …} lines, variables) is reported at its line.
 * The words and their positions come from {@link NftTokens}; this class reads the statements they make.
 */
final class NftablesTextReader {
    private static final Set<String> STARTS = Set.of("ip", "ip6", "tcp", "udp", "sctp", "dccp", "th", "icmp", "icmpv6",
            "meta", "ct", "iifname", "oifname", "iif", "oif", "counter", "log", "limit", "comment", "accept", "drop",
            "reject", "jump", "goto", "return", "continue", "queue", "notrack", "mark", "dnat", "snat", "masquerade",
            "redirect", "quota", "ether", "vlan", "fib", "rt", "socket", "osf", "numgen", "jhash", "symhash", "udplite",
            "ah", "esp", "comp", "icmpx", "igmp", "arp", "update", "add", "set", "tproxy", "synproxy", "xt", "dup", "fwd");
    private static final Map<String, Integer> PRIORITIES = Map.of("raw", -300, "mangle", -150, "dstnat", -100,
            "filter", 0, "security", 50, "srcnat", 100, "out", 100);

    private final String file;
    private final NftTokens in;
    private final Map<String, List<String>> sets = new LinkedHashMap<>();
    private final List<Chain> chains = new ArrayList<>();

    NftablesTextReader(String file, String text) throws UnreadablePolicy {
        this.file = file;
        this.in = new NftTokens(file, text);
    }

    Policy read() throws UnreadablePolicy {
        while (!in.end()) {
            Token t = in.next();
            if (t.is("\n") || t.is(";")) {
                continue;
            }
            if (t.is("table")) {
                table(t);
            } else if (t.is("flush") || t.is("delete") && in.peekIs("table")) {
                in.skipLine();
            } else {
                throw in.error(t, "expected 'table' (a table block of nft list ruleset), found '" + t.text() + "'",
                        "give the output of nft list ruleset or nft -j list ruleset");
            }
        }
        return new Policy("nftables", file, chains);
    }

    private void table(Token start) throws UnreadablePolicy {
        Token first = in.word("a table family or name");
        String family = "ip";
        String name = first.text();
        if (!in.peekIs("{") && !in.peekIs("\n") && !in.end()) {
            family = first.text();
            name = in.word("a table name").text();
        }
        if (!Set.of("ip", "ip6", "inet", "arp", "bridge", "netdev").contains(family)) {
            throw in.error(first, "unknown table family '" + family + "'", "ip, ip6, inet, arp, bridge or netdev");
        }
        if (!in.peekIs("{")) { // a declaration ("table inet flowdoc"), as flowdoc's files begin
            in.skipLine();
            return;
        }
        in.next();
        boolean kept = Set.of("ip", "ip6", "inet").contains(family);
        while (true) {
            Token t = in.expectMore("'}' closing table " + name, start);
            if (t.is("\n") || t.is(";")) {
                continue;
            }
            if (t.is("}")) {
                return;
            }
            if (t.is("chain")) {
                chain(family, name, kept);
            } else if (t.is("set") || t.is("map")) {
                set(family, name, t);
            } else if (t.is("flags") || t.is("comment")) {
                in.skipLine();
            } else if (STARTS.contains(t.text()) || t.is("flowtable") || t.is("ct") || t.is("counter") || t.is("quota")
                    || t.is("limit") || t.is("secmark") || t.is("synproxy")) {
                skipBlock(t);
            } else {
                throw in.error(t, "expected 'chain', 'set' or '}' in table " + family + " " + name + ", found '" + t.text() + "'",
                        "give the output of nft list ruleset");
            }
        }
    }

    private void chain(String family, String table, boolean kept) throws UnreadablePolicy {
        Token nameToken = in.word("a chain name");
        String name = NftablesJsonReader.key(family, table, nameToken.text());
        in.expect("{", "'{' after chain " + nameToken.text());
        Hook hook = null;
        String type = "filter";
        int priority = 0;
        Verdict policy = Verdict.ACCEPT;
        String head = "";
        List<Rule> rules = new ArrayList<>();
        Integer tableFamily = family.equals("ip") ? Integer.valueOf(4) : family.equals("ip6") ? Integer.valueOf(6) : null;
        while (true) {
            Token t = in.expectMore("'}' closing chain " + nameToken.text(), nameToken);
            if (t.is("\n") || t.is(";")) {
                continue;
            }
            if (t.is("}")) {
                break;
            }
            if (t.is("type")) {
                type = in.word("a chain type (filter, nat, route)").text();
                in.expect("hook", "'hook' after the chain type");
                Token h = in.word("a hook name");
                hook = Hook.of(h.text());
                if (hook == null) {
                    throw in.error(h, "unknown hook '" + h.text() + "'", "prerouting, input, forward, output, postrouting, ingress or egress");
                }
                if (in.peekIs("device")) {
                    in.next();
                    in.next();
                }
                in.expect("priority", "'priority' after the hook");
                priority = priority();
                head = "type " + type + " hook " + h.text() + " priority " + priority;
                continue;
            }
            if (t.is("policy")) {
                Token p = in.word("accept or drop");
                if (!p.is("accept") && !p.is("drop")) {
                    throw in.error(p, "a chain's policy is accept or drop, not '" + p.text() + "'", null);
                }
                policy = p.is("drop") ? Verdict.DROP : Verdict.ACCEPT;
                continue;
            }
            if (t.is("comment") || t.is("devices")) {
                in.skipLine();
                continue;
            }
            in.back();
            rules.add(rule(name, tableFamily, family, table));
        }
        if (!kept || (hook != null && !type.equals("filter"))) {
            return;
        }
        Origin origin = new Origin(file, nameToken.line(), nameToken.column(), "chain " + name,
                "chain " + name + (hook == null ? "" : " { " + head + "; policy " + policy + "; }"));
        // a chain written twice (a declaration block, then its rules) is one chain: its rules in order
        for (int i = 0; i < chains.size(); i++) {
            Chain before = chains.get(i);
            if (before.name().equals(name)) {
                List<Rule> all = new ArrayList<>(before.rules());
                all.addAll(rules);
                Hook h = hook != null ? hook : before.hook();
                chains.set(i, new Chain(name, h, hook != null ? priority : before.priority(),
                        h == null ? null : hook != null ? policy : before.policy(), all, hook != null ? origin : before.origin()));
                return;
            }
        }
        chains.add(new Chain(name, hook, priority, hook == null ? null : policy, rules, origin));
    }

    private int priority() throws UnreadablePolicy {
        Token p = in.word("a priority");
        Integer base = p.text().matches("-?\\d+") ? Integer.valueOf(p.text()) : PRIORITIES.get(p.text());
        if (base == null) {
            throw in.error(p, "unknown priority '" + p.text() + "'", "a number or filter, raw, mangle, dstnat, security, srcnat");
        }
        if (in.peekIs("+") || in.peekIs("-")) {
            boolean minus = in.next().is("-");
            Token n = in.word("a number");
            base += (minus ? -1 : 1) * Integer.parseInt(n.text());
        }
        return base;
    }

    private Rule rule(String chain, Integer tableFamily, String family, String table) throws UnreadablePolicy {
        Token start = in.peek();
        List<Token> line = new ArrayList<>();
        int depth = 0;
        while (!in.end()) {
            Token t = in.peek();
            if (depth == 0 && (t.is("\n") || t.is("}") || t.is(";"))) {
                break;
            }
            in.next();
            if (t.is("{")) {
                depth++;
            } else if (t.is("}")) {
                depth--;
            }
            if (!t.is("\n")) {
                line.add(t);
            }
        }
        RuleBuilder b = new RuleBuilder(tableFamily);
        String comment = "";
        int i = 0;
        while (i < line.size()) {
            Token t = line.get(i);
            String w = t.text();
            switch (w) {
                case "accept" -> { b.verdict(Verdict.ACCEPT); i++; }
                case "drop" -> { b.verdict(Verdict.DROP); i++; }
                case "return" -> { b.verdict(Verdict.RETURN); i++; }
                case "continue" -> { b.verdict(Verdict.CONTINUE); i++; }
                case "reject" -> {
                    b.verdict(Verdict.REJECT);
                    i++;
                    while (i < line.size() && !line.get(i).is("comment")) {
                        i++;
                    }
                }
                case "jump", "goto" -> {
                    if (i + 1 >= line.size()) {
                        throw in.error(t, "'" + w + "' needs a chain name", null);
                    }
                    String target = NftablesJsonReader.key(family, table, line.get(i + 1).text());
                    b.verdict(w.equals("jump") ? Verdict.jump(target) : Verdict.goTo(target));
                    i += 2;
                }
                case "comment" -> {
                    comment = i + 1 < line.size() ? line.get(i + 1).text() : "";
                    i += 2;
                }
                case "counter", "log" -> i = skipArguments(line, i + 1);
                default -> i = match(line, i, b);
            }
        }
        String text = String.join(" ", line.stream().map(x -> x.quoted() ? "\"" + x.text() + "\"" : x.text()).toList())
                .replace("{ ", "{").replace(" }", "}").replace("{", "{ ").replace("}", " }").replace(" ,", ",");
        // nft list ruleset without -a writes no handle: the rule is known by its chain, its comment and its position
        String name = "chain " + chain + (comment.isEmpty() ? "" : " \"" + comment + "\"");
        return new Rule(b.match(), b.verdict(), new Origin(file, start.line(), start.column(), name, text));
    }

    /** A match statement from {@code i}; returns the index after it. */
    private int match(List<Token> line, int i, RuleBuilder b) {
        Token t = line.get(i);
        String left;
        int j;
        if (Set.of("iifname", "oifname", "iif", "oif").contains(t.text())) {
            left = t.text();
            j = i + 1;
        } else if (Set.of("ip", "ip6", "tcp", "udp", "sctp", "dccp", "th", "icmp", "icmpv6", "meta", "ct").contains(t.text())
                && i + 1 < line.size()) {
            left = t.text() + " " + line.get(i + 1).text();
            j = i + 2;
            if (t.is("meta") && Set.of("iifname", "oifname", "iif", "oif").contains(line.get(i + 1).text())) {
                left = line.get(i + 1).text();
            }
        } else {
            int k = skipArguments(line, i + 1);
            b.unresolved(text(line, i, k), "word", t.text());
            return k;
        }
        boolean negated = false;
        if (j < line.size() && (line.get(j).is("!=") || line.get(j).is("=="))) {
            negated = line.get(j).is("!=");
            j++;
        }
        if (j < line.size() && Set.of("<", ">", "<=", ">=", "&", "|", "^", "/").contains(line.get(j).text())) {
            int k = skipArguments(line, j + 1);
            b.unresolved(text(line, i, k), "comparison", line.get(j).text());
            return k;
        }
        List<String> values = new ArrayList<>();
        if (j < line.size() && line.get(j).is("{")) {
            j++;
            StringBuilder item = new StringBuilder();
            while (j < line.size() && !line.get(j).is("}")) {
                if (line.get(j).is(",")) {
                    values.add(item.toString());
                    item.setLength(0);
                } else {
                    item.append(line.get(j).text());
                }
                j++;
            }
            if (item.length() > 0) {
                values.add(item.toString());
            }
            j++;
        } else if (j < line.size()) {
            String v = line.get(j).text();
            j++;
            // "established,related" and "10.0.0.1 - 10.0.0.9" as written
            while (j + 1 < line.size() && (line.get(j).is(",") || line.get(j).is("-"))) {
                v += line.get(j).text() + line.get(j + 1).text();
                j += 2;
            }
            if (v.startsWith("@")) {
                List<String> set = sets.get(v.substring(1));
                if (set == null) {
                    b.unresolved(text(line, i, j), "namedSet", v);
                    return j;
                }
                values.addAll(set);
            } else {
                values.add(v);
            }
        }
        if (!STARTS.contains(t.text()) || (j < line.size() && !STARTS.contains(line.get(j).text()) && !left.equals("ct state"))) {
            // something follows that is no statement: the match has more to it than flowdoc reads
            int k = skipArguments(line, j);
            if (k > j) {
                b.unresolved(text(line, i, k), "matchWrittenThus", left);
                return k;
            }
        }
        Statements.apply(left, values, negated, text(line, i, j), b);
        return j;
    }

    private static String text(List<Token> line, int from, int to) {
        return String.join(" ", line.subList(from, Math.min(to, line.size())).stream().map(Token::text).toList());
    }

    /** The index of the next statement's first word after {@code i}. */
    private static int skipArguments(List<Token> line, int i) {
        int depth = 0;
        while (i < line.size()) {
            Token t = line.get(i);
            if (t.is("{")) {
                depth++;
            } else if (t.is("}")) {
                depth--;
            } else if (depth == 0 && !t.quoted() && STARTS.contains(t.text()) && !t.is("set") && !t.is("add")) {
                return i;
            }
            i++;
        }
        return i;
    }

    private void set(String family, String table, Token start) throws UnreadablePolicy {
        Token name = in.word("a set name");
        in.expect("{", "'{' after set " + name.text());
        List<String> elements = new ArrayList<>();
        int depth = 1;
        boolean inElements = false;
        StringBuilder item = new StringBuilder();
        while (depth > 0) {
            Token t = in.expectMore("'}' closing set " + name.text(), start);
            if (t.is("elements")) {
                in.expect("=", "'=' after elements");
                in.expect("{", "'{' opening the elements");
                depth++;
                inElements = true;
                continue;
            }
            if (t.is("{")) {
                depth++;
            } else if (t.is("}")) {
                depth--;
                if (inElements) {
                    if (item.length() > 0) {
                        elements.add(item.toString());
                    }
                    item.setLength(0);
                    inElements = false;
                }
            } else if (inElements && t.is(",")) {
                elements.add(item.toString());
                item.setLength(0);
            } else if (inElements && !t.is("\n")) {
                item.append(t.text());
            }
        }
        sets.put(name.text(), elements);
    }

    private void skipBlock(Token start) throws UnreadablePolicy {
        int depth = 0;
        while (!in.end()) {
            Token t = in.next();
            if (t.is("{")) {
                depth++;
            } else if (t.is("}")) {
                depth--;
                if (depth == 0) {
                    return;
                }
            } else if (depth == 0 && t.is("\n")) {
                return;
            }
        }
        throw in.error(start, "'" + start.text() + "' is not closed", "close it with '}'");
    }
}
