package dev.flowdoc.audit.panos;

import dev.flowdoc.audit.panos.SetCommands.Line;
import dev.flowdoc.audit.panos.SetCommands.Value;
import dev.flowdoc.audit.vendor.WordScanner.Word;
import dev.flowdoc.audit.policy.UnreadablePolicy;
import dev.flowdoc.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a PAN-OS set-format configuration says about security policy, read as PAN-OS runs the commands: objects
 * ({@code address}, {@code address-group}, {@code service}, {@code service-group}), zones, and security rules in
 * their rulebases. A scope prefix ({@code vsys NAME}, {@code device-group NAME}, {@code shared}) is kept with each
 * object and rule. {@code set} on a list attribute adds members (PAN-OS does); on a single one it replaces.
 * {@code delete} removes an object, a rule or a rule's attribute; {@code move} reorders rules. Commands about anything
 * else (network, device, profiles, NAT) are skipped.
 */
final class Config {
    /** Rule attributes that hold lists, and those that hold one value; the rest of a line after a container is skipped. */
    static final Set<String> LISTS = Set.of("from", "to", "source", "destination", "source-user", "category", "application",
            "service", "tag", "source-hip", "destination-hip", "source-imei", "source-imsi", "source-nw-slice");
    private static final Set<String> CONTAINERS = Set.of("profile-setting", "option", "qos", "target", "hip-profiles");

    /** A named object (an address, group, service): its scope, attributes and where it is defined. */
    static final class Entry {
        final String scope;
        final String name;
        final Word at;
        final Map<String, Value> single = new LinkedHashMap<>();
        final Map<String, List<Word>> lists = new LinkedHashMap<>();

        Entry(String scope, String name, Word at) {
            this.scope = scope;
            this.name = name;
            this.at = at;
        }

        String value(String key) {
            Value v = single.get(key);
            return v == null || v.words().isEmpty() ? null : v.words().get(0).text();
        }

        List<String> list(String key) {
            return lists.getOrDefault(key, List.of()).stream().map(Word::text).toList();
        }
    }

    /** A rulebase: "pre-rulebase", "rulebase" or "post-rulebase" of one scope. */
    record Base(String kind, String scope) {}

    final Map<String, Entry> addresses = new LinkedHashMap<>();
    final Map<String, Entry> groups = new LinkedHashMap<>();
    final Map<String, Entry> services = new LinkedHashMap<>();
    final Map<String, Entry> serviceGroups = new LinkedHashMap<>();
    final Set<String> zones = new LinkedHashSet<>();
    final Map<Base, Map<String, Entry>> rules = new LinkedHashMap<>();
    /** default-security-rules: "intrazone-default" / "interzone-default" → action. */
    final Map<String, String> defaults = new LinkedHashMap<>();
    int commands;

    private final String file;

    private Config(String file) {
        this.file = file;
    }

    static Config of(String file, List<Line> lines) throws UnreadablePolicy {
        Config config = new Config(file);
        for (Line line : lines) {
            config.command(line);
        }
        return config;
    }

    /** Objects are looked up in their own scope first, then in shared (as PAN-OS does). */
    static String key(String scope, String name) {
        return scope + "\u0000" + name;
    }

    Entry find(Map<String, Entry> kind, String scope, String name) {
        Entry own = kind.get(key(scope, name));
        return own != null ? own : kind.get(key("shared", name));
    }

    private void command(Line line) throws UnreadablePolicy {
        String verb = line.word(0);
        if (verb == null || !(verb.equals("set") || verb.equals("delete") || verb.equals("move"))) {
            Word w = line.at(0).words().isEmpty() ? new Word("[", false, line.at(0).line(), line.at(0).column()) : line.at(0).words().get(0);
            throw error(line.at(0), "expected 'set', 'delete' or 'move' at the start of a line, found " + w.shown(),
                    "give the configuration in set format ('set cli config-output-format set', then 'show')");
        }
        commands++;
        int i = 1;
        String scope = "local";
        String first = word(line, i, "what to " + verb);
        switch (first) {
            case "vsys", "device-group" -> {
                scope = first + " " + word(line, i + 1, "the name of the " + first);
                i += 2;
            }
            case "shared" -> {
                scope = "shared";
                i += 1;
            }
            case "template", "template-stack" -> {
                return;
            }
            default -> { }
        }
        if (i >= line.size()) {
            return;
        }
        String kind = line.word(i);
        if (kind == null) {
            return;
        }
        switch (kind) {
            case "address" -> object(verb, line, i, scope, addresses);
            case "address-group" -> object(verb, line, i, scope, groups);
            case "service" -> object(verb, line, i, scope, services);
            case "service-group" -> object(verb, line, i, scope, serviceGroups);
            case "zone" -> {
                if (verb.equals("set") && line.word(i + 1) != null) {
                    zones.add(line.word(i + 1));
                }
            }
            case "rulebase", "pre-rulebase", "post-rulebase" -> rulebase(verb, line, i, scope, kind);
            default -> { }
        }
    }

    private void object(String verb, Line line, int i, String scope, Map<String, Entry> kind) throws UnreadablePolicy {
        String name = word(line, i + 1, "the " + line.word(i) + "'s name");
        String key = key(scope, name);
        if (verb.equals("delete")) {
            if (i + 2 >= line.size()) {
                kind.remove(key);
            } else if (kind.containsKey(key)) {
                deleteAttribute(kind.get(key), line, i + 2);
            }
            return;
        }
        if (verb.equals("move")) {
            return;
        }
        Entry entry = kind.computeIfAbsent(key, k -> new Entry(scope, name, line.at(i + 1).words().get(0)));
        attributes(entry, line, i + 2);
    }

    private void rulebase(String verb, Line line, int i, String scope, String kind) throws UnreadablePolicy {
        String type = line.word(i + 1);
        if ("default-security-rules".equals(type)) {
            // set rulebase default-security-rules rules intrazone-default action deny
            if (verb.equals("set") && "rules".equals(line.word(i + 2)) && line.word(i + 3) != null) {
                for (int k = i + 4; k + 1 < line.size(); k += 2) {
                    if ("action".equals(line.word(k)) && line.word(k + 1) != null) {
                        defaults.put(line.word(i + 3), line.word(k + 1));
                    }
                }
            } else if (verb.equals("delete") && line.word(i + 3) != null) {
                defaults.remove(line.word(i + 3));
            }
            return;
        }
        if (!"security".equals(type)) {
            return;
        }
        if (!"rules".equals(line.word(i + 2))) {
            if (i + 2 < line.size()) {
                throw error(line.at(i + 2), "expected 'rules' after '" + kind + " security', found " + shown(line.at(i + 2)),
                        "write it as 'set " + kind + " security rules NAME …'");
            }
            return;
        }
        Base base = new Base(kind, scope);
        Map<String, Entry> list = rules.computeIfAbsent(base, b -> new LinkedHashMap<>());
        if (i + 3 >= line.size()) {
            if (verb.equals("delete")) {
                list.clear();
            }
            return;
        }
        String name = word(line, i + 3, "the rule's name");
        switch (verb) {
            case "delete" -> {
                if (i + 4 >= line.size()) {
                    list.remove(name);
                } else if (list.containsKey(name)) {
                    deleteAttribute(list.get(name), line, i + 4);
                }
            }
            case "move" -> move(line, i + 4, list, name);
            default -> attributes(list.computeIfAbsent(name, n -> new Entry(scope, n, line.at(i + 3).words().get(0))), line, i + 4);
        }
    }

    /** {@code key value} pairs from {@code from} on; nested attributes ("protocol tcp port 80") as "protocol tcp port". */
    private void attributes(Entry entry, Line line, int from) throws UnreadablePolicy {
        int k = from;
        String prefix = "";
        while (k < line.size()) {
            String key = line.word(k);
            if (key == null) {
                throw error(line.at(k), "expected an attribute name, found the list " + line.at(k).text(), "a list follows an attribute: 'source [ a b ]'");
            }
            if (CONTAINERS.contains(key)) {
                return;
            }
            if (key.equals("protocol") && prefix.isEmpty() && k + 1 < line.size()) {
                // service NAME protocol tcp port 80 source-port 1024-65535
                entry.single.put("protocol", line.at(k + 1));
                prefix = "";
                k += 2;
                continue;
            }
            if (key.equals("override")) {
                return;
            }
            if (k + 1 >= line.size()) {
                if (key.equals("static") || key.equals("members") || LISTS.contains(key)) {
                    Word w = line.at(k).words().get(0);
                    throw new UnreadablePolicy(new Location(file, w.line(), w.column() + w.text().length()),
                            "expected a value or a list after '" + key + "', found the end of the line", "write '" + key + " [ a b ]'");
                }
                entry.single.put(key, line.at(k));
                return;
            }
            Value value = line.at(k + 1);
            if (key.equals("static") || key.equals("members") || LISTS.contains(key)) {
                List<Word> all = entry.lists.computeIfAbsent(key, x -> new ArrayList<>());
                for (Word w : value.words()) {
                    if (all.stream().noneMatch(o -> o.text().equals(w.text()))) {
                        all.add(w);
                    }
                }
            } else {
                entry.single.put(key, value);
            }
            k += 2;
        }
    }

    private static void deleteAttribute(Entry entry, Line line, int k) {
        String key = line.word(k);
        if (key == null) {
            return;
        }
        if (k + 1 < line.size() && entry.lists.containsKey(key)) {
            List<String> gone = line.at(k + 1).texts();
            entry.lists.get(key).removeIf(w -> gone.contains(w.text()));
        } else {
            entry.lists.remove(key);
            entry.single.remove(key);
        }
    }

    /** {@code move … rules NAME top|bottom|before OTHER|after OTHER}. */
    private void move(Line line, int k, Map<String, Entry> list, String name) throws UnreadablePolicy {
        String where = word(line, k, "top, bottom, before or after");
        Entry moved = list.get(name);
        if (moved == null) {
            throw error(line.at(k - 1), "'move': no rule '" + name + "' before this line", "move a rule the configuration defines above");
        }
        List<Entry> order = new ArrayList<>(list.values());
        order.remove(moved);
        switch (where) {
            case "top" -> order.add(0, moved);
            case "bottom" -> order.add(moved);
            case "before", "after" -> {
                String other = word(line, k + 1, "the rule to move it " + where);
                Entry anchor = list.get(other);
                if (anchor == null) {
                    throw error(line.at(k + 1), "'move': no rule '" + other + "' before this line", "move it next to a rule defined above");
                }
                order.add(order.indexOf(anchor) + (where.equals("after") ? 1 : 0), moved);
            }
            default -> throw error(line.at(k), "expected top, bottom, before or after, found " + shown(line.at(k)), "write it as PAN-OS does");
        }
        list.clear();
        order.forEach(e -> list.put(e.name, e));
    }

    private String word(Line line, int i, String what) throws UnreadablePolicy {
        if (i >= line.size()) {
            Value last = line.at(line.size() - 1);
            Word w = last.words().isEmpty() ? null : last.words().get(last.words().size() - 1);
            int column = w == null ? last.column() + 1 : w.column() + w.text().length();
            throw new UnreadablePolicy(new Location(file, w == null ? last.line() : w.line(), column),
                    "expected " + what + ", found the end of the line", null);
        }
        String word = line.word(i);
        if (word == null) {
            throw error(line.at(i), "expected " + what + ", found the list " + line.at(i).text(), null);
        }
        return word;
    }

    private static String shown(Value v) {
        return v.list() ? "the list " + v.text() : v.words().get(0).shown();
    }

    private UnreadablePolicy error(Value at, String message, String hint) {
        return new UnreadablePolicy(new Location(file, at.line(), at.column()), message, hint);
    }
}
