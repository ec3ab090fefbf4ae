package dev.flowdoc.audit.nftables;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.audit.policy.Chain;
import dev.flowdoc.audit.policy.Hook;
import dev.flowdoc.audit.policy.Origin;
import dev.flowdoc.audit.policy.Policy;
import dev.flowdoc.audit.policy.PortRange;
import dev.flowdoc.audit.policy.Rule;
import dev.flowdoc.audit.policy.UnresolvedValue;
import dev.flowdoc.audit.policy.UnreadablePolicy;
import dev.flowdoc.audit.policy.Verdict;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.NetAddress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code nft -j list ruleset}: tables, chains, named sets and rules, each object read with its line and
 * column. Chains of type filter in tables of family ip, ip6 and inet are kept (nat and route chains do not decide
 * whether a packet passes; bridge, arp and netdev tables see no routed traffic); a rule's expressions go through
 * {@link RuleBuilder}, so a rule means what the text reader makes of the same rule.
 */
final class NftablesJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Item(JsonNode node, int line, int column) {}

    private final String file;
    private final Map<String, List<String>> sets = new LinkedHashMap<>();

    NftablesJsonReader(String file) {
        this.file = file;
    }

    Policy read(String text) throws UnreadablePolicy {
        List<Item> items = items(text);
        Map<String, ChainDraft> chains = new LinkedHashMap<>();
        for (Item item : items) {
            JsonNode set = item.node().get("set");
            if (set != null && set.isObject()) {
                List<String> elements = new ArrayList<>();
                for (JsonNode e : set.path("elem")) {
                    elements.add(valueText(e.has("elem") ? e.get("elem").get("val") : e));
                }
                sets.put(key(set.path("family").asText(), set.path("table").asText(), set.path("name").asText()), elements);
            }
        }
        for (Item item : items) {
            JsonNode c = item.node().get("chain");
            if (c == null) {
                continue;
            }
            String family = c.path("family").asText();
            String name = key(family, c.path("table").asText(), c.path("name").asText());
            Hook hook = c.has("hook") ? Hook.of(c.get("hook").asText()) : null;
            String type = c.path("type").asText("filter");
            boolean kept = List.of("ip", "ip6", "inet").contains(family) && (hook == null || type.equals("filter"));
            Verdict policy = hook == null ? null : c.path("policy").asText("accept").equals("drop") ? Verdict.DROP : Verdict.ACCEPT;
            chains.put(name, new ChainDraft(name, kept ? hook : null, kept && hook != null, c.path("prio").asInt(0), policy,
                    new Origin(file, item.line(), item.column(), "chain " + name,
                            "chain " + name + (hook == null ? "" : " { type " + type + " hook " + hook.name().toLowerCase()
                                    + " priority " + c.path("prio").asInt(0) + "; policy " + policy + "; }")), kept));
        }
        for (Item item : items) {
            JsonNode r = item.node().get("rule");
            if (r == null) {
                continue;
            }
            String family = r.path("family").asText();
            String table = r.path("table").asText();
            String chainName = key(family, table, r.path("chain").asText());
            ChainDraft chain = chains.get(chainName);
            if (chain == null) {
                throw new UnreadablePolicy(new Location(file, item.line(), item.column()),
                        "rule in chain '" + chainName + "', which the export does not declare",
                        "export the whole ruleset with nft -j list ruleset");
            }
            if (!chain.kept()) {
                continue;
            }
            chain.rules().add(rule(r, family, table, chainName, item));
        }
        List<Chain> out = new ArrayList<>();
        for (ChainDraft d : chains.values()) {
            if (d.kept()) {
                out.add(new Chain(d.name(), d.base() ? d.hook() : null, d.priority(), d.base() ? d.policy() : null, d.rules(), d.origin()));
            }
        }
        return new Policy("nftables", file, out);
    }

    private record ChainDraft(String name, Hook hook, boolean base, int priority, Verdict policy, Origin origin,
                              boolean kept, List<Rule> rules) {
        ChainDraft(String name, Hook hook, boolean base, int priority, Verdict policy, Origin origin, boolean kept) {
            this(name, hook, base, priority, policy, origin, kept, new ArrayList<>());
        }
    }

    static String key(String family, String table, String chain) {
        return family + " " + table + " " + chain;
    }

    private List<Item> items(String text) throws UnreadablePolicy {
        List<Item> items = new ArrayList<>();
        try (JsonParser p = JSON.getFactory().createParser(text)) {
            expect(p, p.nextToken() == JsonToken.START_OBJECT, "a JSON object {\"nftables\": [...]}");
            boolean found = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (!p.currentName().equals("nftables")) {
                    p.nextToken();
                    p.skipChildren();
                    continue;
                }
                found = true;
                expect(p, p.nextToken() == JsonToken.START_ARRAY, "the array of \"nftables\"");
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    JsonLocation at = p.currentTokenLocation();
                    JsonNode node = p.readValueAsTree();
                    items.add(new Item(node, at.getLineNr(), at.getColumnNr()));
                }
                expect(p, p.currentToken() == JsonToken.END_ARRAY, "an object ({\"table\": …}, {\"chain\": …}, {\"rule\": …})");
            }
            if (!found) {
                throw new UnreadablePolicy(new Location(file, 1, 1), "no \"nftables\" array",
                        "give the output of nft -j list ruleset");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new UnreadablePolicy(new Location(file, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr()),
                    "not valid JSON: " + e.getOriginalMessage(), "give the output of nft -j list ruleset unchanged");
        } catch (IOException e) {
            throw new UnreadablePolicy(new Location(file, 1, 1), "cannot read: " + e.getMessage(), null);
        }
        return items;
    }

    private void expect(JsonParser p, boolean ok, String what) throws UnreadablePolicy {
        if (!ok) {
            JsonLocation at = p.currentTokenLocation();
            throw new UnreadablePolicy(new Location(file, at.getLineNr(), at.getColumnNr()), "expected " + what,
                    "give the output of nft -j list ruleset");
        }
    }

    private Rule rule(JsonNode r, String family, String table, String chainName, Item item) {
        RuleBuilder b = new RuleBuilder(family.equals("ip") ? Integer.valueOf(4) : family.equals("ip6") ? Integer.valueOf(6) : null);
        List<String> words = new ArrayList<>();
        for (JsonNode e : r.path("expr")) {
            statement(e, b, family, table, words);
        }
        String comment = r.path("comment").asText("");
        if (!comment.isEmpty()) {
            words.add("comment \"" + comment + "\"");
        }
        String name = "chain " + chainName + ", handle " + r.path("handle").asText("?") + (comment.isEmpty() ? "" : " \"" + comment + "\"");
        return new Rule(b.match(), b.verdict(), new Origin(file, item.line(), item.column(), name, String.join(" ", words)));
    }

    private void statement(JsonNode e, RuleBuilder b, String family, String table, List<String> words) {
        String kind = e.fieldNames().hasNext() ? e.fieldNames().next() : "";
        JsonNode v = e.get(kind);
        switch (kind) {
            case "match" -> match(v, b, family, table, words);
            case "accept" -> verdict(b, Verdict.ACCEPT, words, "accept");
            case "drop" -> verdict(b, Verdict.DROP, words, "drop");
            case "reject" -> verdict(b, Verdict.REJECT, words, "reject");
            case "return" -> verdict(b, Verdict.RETURN, words, "return");
            case "continue" -> verdict(b, Verdict.CONTINUE, words, "continue");
            case "jump" -> verdict(b, Verdict.jump(key(family, table, v.path("target").asText())), words, "jump " + v.path("target").asText());
            case "goto" -> verdict(b, Verdict.goTo(key(family, table, v.path("target").asText())), words, "goto " + v.path("target").asText());
            case "counter", "log", "comment" -> words.add(kind);
            default -> {
                words.add(kind + " " + v);
                b.unresolved(kind + " " + v, "statement", kind);
            }
        }
    }

    private static void verdict(RuleBuilder b, Verdict v, List<String> words, String text) {
        b.verdict(v);
        words.add(text);
    }

    private void match(JsonNode m, RuleBuilder b, String family, String table, List<String> words) {
        String op = m.path("op").asText("==");
        JsonNode left = m.path("left");
        JsonNode right = m.path("right");
        String leftText = leftText(left);
        String text = leftText + (op.equals("==") || op.equals("in") ? " " : " " + op + " ") + valueText(right);
        words.add(text);
        boolean negated = op.equals("!=");
        if (!negated && !op.equals("==") && !op.equals("in")) {
            b.unresolved(text, "comparison", op);
            return;
        }
        List<String> values;
        try {
            values = values(right, family, table);
        } catch (IllegalArgumentException ex) {
            b.unresolved(text, UnresolvedValue.of(ex));
            return;
        }
        Statements.apply(leftText, values, negated, text, b);
    }

    private static String leftText(JsonNode left) {
        if (left.has("payload")) {
            JsonNode p = left.get("payload");
            return p.path("protocol").asText("?") + " " + p.path("field").asText("?");
        }
        if (left.has("meta")) {
            return "meta " + left.get("meta").path("key").asText();
        }
        if (left.has("ct")) {
            return "ct " + left.get("ct").path("key").asText();
        }
        return left.toString();
    }

    /** The values of a right-hand side as nft's text writes them: "10.0.0.0/24", "10.0.0.1-10.0.0.9", "22". */
    private List<String> values(JsonNode right, String family, String table) {
        List<String> out = new ArrayList<>();
        if (right.isTextual() && right.asText().startsWith("@")) {
            List<String> set = sets.get(key(family, table, right.asText().substring(1)));
            if (set == null) {
                throw new UnresolvedValue("namedSet", right.asText());
            }
            return set;
        }
        if (right.isArray()) {
            right.forEach(v -> out.add(valueText(v)));
        } else if (right.has("set")) {
            right.get("set").forEach(v -> out.add(valueText(v)));
        } else {
            out.add(valueText(right));
        }
        return out;
    }

    private static String valueText(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        if (v.has("prefix")) {
            return v.get("prefix").path("addr").asText() + "/" + v.get("prefix").path("len").asText();
        }
        if (v.has("range") && v.get("range").isArray()) {
            return valueText(v.get("range").get(0)) + "-" + valueText(v.get("range").get(1));
        }
        if (v.has("set")) {
            List<String> parts = new ArrayList<>();
            v.get("set").forEach(x -> parts.add(valueText(x)));
            return "{ " + String.join(", ", parts) + " }";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(valueText(x)));
            return String.join(",", parts);
        }
        return v.toString();
    }

    static List<PortRange> portRanges(List<String> values) {
        List<PortRange> out = new ArrayList<>();
        for (String value : values) {
            int dash = value.indexOf('-');
            int low = Ports.of(dash > 0 ? value.substring(0, dash) : value);
            int high = dash > 0 ? Ports.of(value.substring(dash + 1)) : low;
            if (low < 0 || high < 0 || low > high) {
                throw new UnresolvedValue("port", value);
            }
            out.add(new PortRange(low, high));
        }
        return out;
    }

    static List<NetAddress> addresses(List<String> values) {
        List<NetAddress> out = new ArrayList<>();
        for (String value : values) {
            if (NetAddress.problem(value) != null || NetAddress.parse(value).isEmpty()
                    || NetAddress.parse(value).get().kind() == NetAddress.Kind.HOST) {
                throw new UnresolvedValue("address", value);
            }
            out.add(NetAddress.parse(value).get());
        }
        return out;
    }
}
