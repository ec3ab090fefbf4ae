package dev.flowdoc.audit.fortigate;

import dev.flowdoc.audit.policy.UnreadablePolicy;
import dev.flowdoc.audit.vendor.WordScanner;
import dev.flowdoc.audit.vendor.WordScanner.Word;
import dev.flowdoc.model.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FortiOS CLI text ({@code show} output or a configuration backup) as the tree the CLI builds: {@code config PATH}
 * tables holding {@code edit NAME} entries and settings, entries holding settings and nested tables. The text is
 * read as the CLI runs it, a script: a table opened twice continues the first ({@code config firewall policy} once
 * to define, once more to {@code delete} or {@code move}), {@code set} replaces, {@code unset} removes, {@code append}
 * and {@code select} add values, {@code unselect} removes them. An {@code end} inside an entry closes the entry and
 * the table, as the CLI does. The first place the text breaks this grammar is an {@link UnreadablePolicy} at its line
 * and column, saying what was expected there.
 */
final class Cli {
    /** A setting: {@code set NAME VALUES…}, the words as given, and where its statement starts. */
    record Setting(String name, List<Word> values, Word at) {
        Setting {
            values = List.copyOf(values);
        }

        List<String> texts() {
            return values.stream().map(Word::text).toList();
        }

        String text() {
            return String.join(" ", texts());
        }
    }

    /** A {@code config …} table: its entries in order, its own settings and nested tables. */
    static final class Table {
        final String path;
        final Word at;
        final Map<String, Entry> entries = new LinkedHashMap<>();
        final Map<String, Setting> settings = new LinkedHashMap<>();
        final Map<String, Table> tables = new LinkedHashMap<>();

        Table(String path, Word at) {
            this.path = path;
            this.at = at;
        }

        List<Entry> entries() {
            return List.copyOf(entries.values());
        }
    }

    /** An {@code edit NAME} entry of a table. */
    static final class Entry {
        final String name;
        final Word at;
        final Map<String, Setting> settings = new LinkedHashMap<>();
        final Map<String, Table> tables = new LinkedHashMap<>();

        Entry(String name, Word at) {
            this.name = name;
            this.at = at;
        }

        Setting setting(String key) {
            return settings.get(key);
        }

        /** The setting's first value, or {@code otherwise} when it is not set. */
        String value(String key, String otherwise) {
            Setting s = settings.get(key);
            return s == null || s.values().isEmpty() ? otherwise : s.values().get(0).text();
        }

        List<String> values(String key) {
            Setting s = settings.get(key);
            return s == null ? List.of() : s.texts();
        }
    }

    private final String file;
    private final List<List<Word>> statements;
    private int next;

    private Cli(String file, List<List<Word>> statements) {
        this.file = file;
        this.statements = statements;
    }

    /** The top-level tables of {@code text}, by path ("firewall policy"). */
    static Map<String, Table> parse(String file, String text) throws UnreadablePolicy {
        Cli cli = new Cli(file, tokenize(file, text));
        Map<String, Table> top = new LinkedHashMap<>();
        while (cli.next < cli.statements.size()) {
            List<Word> s = cli.statements.get(cli.next++);
            if (!s.get(0).text().equals("config") || s.get(0).quoted()) {
                throw cli.error(s.get(0), "expected 'config' at the start of a block, found " + s.get(0).shown(),
                        "give the output of 'show' or a configuration backup as it was written");
            }
            cli.config(s, top);
        }
        return top;
    }

    /** Reads a table's body after its {@code config} line, up to its {@code end}, into {@code into}. */
    private void config(List<Word> opening, Map<String, Table> into) throws UnreadablePolicy {
        if (opening.size() < 2) {
            throw error(opening.get(0), "expected a table name after 'config', found the end of the line",
                    "write it as 'config firewall policy'");
        }
        String path = String.join(" ", opening.subList(1, opening.size()).stream().map(Word::text).toList());
        Table table = into.computeIfAbsent(path, p -> new Table(p, opening.get(0)));
        while (true) {
            if (next >= statements.size()) {
                throw endOfText("'edit', 'set' or 'end' (to close 'config " + path + "' of line " + opening.get(0).line() + ")");
            }
            List<Word> s = statements.get(next++);
            Word verb = s.get(0);
            switch (verb.quoted() ? "" : verb.text()) {
                case "end" -> {
                    return;
                }
                case "edit" -> {
                    if (entry(s, table)) {
                        return;
                    }
                }
                case "config" -> config(s, table.tables);
                case "set", "unset", "append", "select", "unselect" -> setting(s, table.settings);
                case "delete" -> table.entries.remove(argument(s, 1, "the name of the entry to delete"));
                case "purge" -> table.entries.clear();
                case "rename" -> rename(s, table);
                case "move" -> move(s, table);
                default -> throw error(verb, "expected 'edit', 'set' or 'end' in 'config " + path + "', found " + verb.shown(),
                        "close the block of line " + opening.get(0).line() + " with 'end'");
            }
        }
    }

    /** Reads an entry up to its {@code next}; true when an {@code end} closed the table with it. */
    private boolean entry(List<Word> opening, Table table) throws UnreadablePolicy {
        String name = argument(opening, 1, "the entry's name or number");
        Entry entry = table.entries.computeIfAbsent(name, n -> new Entry(n, opening.get(0)));
        while (true) {
            if (next >= statements.size()) {
                throw endOfText("'next' or 'set' (to close 'edit " + name + "' of line " + opening.get(0).line() + ")");
            }
            List<Word> s = statements.get(next++);
            Word verb = s.get(0);
            switch (verb.quoted() ? "" : verb.text()) {
                case "next" -> {
                    return false;
                }
                case "end" -> {
                    return true;
                }
                case "config" -> config(s, entry.tables);
                case "set", "unset", "append", "select", "unselect" -> setting(s, entry.settings);
                default -> throw error(verb, "expected 'next' or 'set' at line " + verb.line() + ", found " + verb.shown(),
                        "close 'edit " + name + "' of line " + opening.get(0).line() + " with 'next'");
            }
        }
    }

    private void setting(List<Word> s, Map<String, Setting> settings) throws UnreadablePolicy {
        String verb = s.get(0).text();
        String key = argument(s, 1, "the name of the setting");
        List<Word> values = s.subList(2, s.size());
        switch (verb) {
            case "set" -> settings.put(key, new Setting(key, values, s.get(0)));
            case "unset" -> settings.remove(key);
            case "append", "select" -> {
                Setting old = settings.get(key);
                List<Word> all = new ArrayList<>(old == null ? List.of() : old.values());
                values.forEach(w -> {
                    if (all.stream().noneMatch(o -> o.text().equals(w.text()))) {
                        all.add(w);
                    }
                });
                settings.put(key, new Setting(key, all, old == null ? s.get(0) : old.at()));
            }
            default -> {
                Setting old = settings.get(key);
                if (old != null) {
                    List<String> gone = values.stream().map(Word::text).toList();
                    settings.put(key, new Setting(key, old.values().stream().filter(w -> !gone.contains(w.text())).toList(), old.at()));
                }
            }
        }
    }

    private void rename(List<Word> s, Table table) throws UnreadablePolicy {
        String from = argument(s, 1, "the name of the entry to rename");
        if (s.size() != 4 || !s.get(2).text().equals("to")) {
            throw error(s.get(0), "expected 'rename NAME to NEW'", "write it as the CLI does");
        }
        Entry old = table.entries.get(from);
        if (old != null) {
            Map<String, Entry> copy = new LinkedHashMap<>();
            table.entries.forEach((k, v) -> {
                Entry e = v;
                if (k.equals(from)) {
                    e = new Entry(s.get(3).text(), v.at);
                    e.settings.putAll(v.settings);
                    e.tables.putAll(v.tables);
                }
                copy.put(e.name, e);
            });
            table.entries.clear();
            table.entries.putAll(copy);
        }
    }

    /** {@code move A before|after B}: the order of policies is what the CLI's moves leave. */
    private void move(List<Word> s, Table table) throws UnreadablePolicy {
        if (s.size() != 4 || !(s.get(2).text().equals("before") || s.get(2).text().equals("after"))) {
            throw error(s.get(0), "expected 'move ID before ID' or 'move ID after ID'", "write it as the CLI does");
        }
        Entry moved = table.entries.get(s.get(1).text());
        Entry anchor = table.entries.get(s.get(3).text());
        if (moved == null || anchor == null) {
            Word missing = moved == null ? s.get(1) : s.get(3);
            throw error(missing, "'move': no entry " + missing.shown() + " in 'config " + table.path + "' before this line",
                    "move an entry the configuration defines above");
        }
        List<Entry> order = new ArrayList<>(table.entries.values());
        order.remove(moved);
        int at = order.indexOf(anchor) + (s.get(2).text().equals("after") ? 1 : 0);
        order.add(at, moved);
        table.entries.clear();
        order.forEach(e -> table.entries.put(e.name, e));
    }

    private String argument(List<Word> s, int index, String what) throws UnreadablePolicy {
        if (s.size() <= index) {
            Word last = s.get(s.size() - 1);
            throw new UnreadablePolicy(new Location(file, last.line(), last.column() + last.text().length()),
                    "expected " + what + " after '" + s.get(0).text() + "', found the end of the line", null);
        }
        return s.get(index).text();
    }

    private UnreadablePolicy error(Word at, String message, String hint) {
        return new UnreadablePolicy(new Location(file, at.line(), at.column()), message, hint);
    }

    private UnreadablePolicy endOfText(String expected) {
        List<Word> last = statements.get(statements.size() - 1);
        Word w = last.get(last.size() - 1);
        return new UnreadablePolicy(new Location(file, w.line(), w.column()),
                "expected " + expected + ", found the end of the file", "the export is cut short: export it again in full");
    }

    /**
     * The statements of {@code text}: one per line, words separated by blanks; a quoted word ({@code "…"} or
     * {@code '…'}, a backslash escapes the quote or itself) may span lines. A line whose first word starts with {@code #} is a comment
     * ({@code #config-version=…}).
     */
    static List<List<Word>> tokenize(String file, String text) throws UnreadablePolicy {
        List<List<Word>> statements = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        WordScanner scan = new WordScanner(file, text);
        while (!scan.atEnd()) {
            char c = scan.peek();
            if (c == '\n') {
                if (!words.isEmpty()) {
                    statements.add(Collections.unmodifiableList(words));
                    words = new ArrayList<>();
                }
                scan.nextLine();
            } else if (scan.atBlank()) {
                scan.step();
            } else if (c == '#' && words.isEmpty()) {
                scan.skipToLineEnd();
            } else {
                words.add(scan.atQuote() ? scan.quoted() : scan.bare(""));
            }
        }
        if (!words.isEmpty()) {
            statements.add(Collections.unmodifiableList(words));
        }
        return statements;
    }
}
