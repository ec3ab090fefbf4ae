package dev.flowdoc.audit.panos;

import dev.flowdoc.audit.policy.UnreadablePolicy;
import dev.flowdoc.audit.vendor.WordScanner;
import dev.flowdoc.audit.vendor.WordScanner.Word;
import dev.flowdoc.model.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The lexical side of PAN-OS set format: one command per line ({@code set}, {@code delete}, {@code move}), words
 * separated by blanks, quoted text ({@code "…"}, a backslash escapes the quote or itself; it may span lines) and lists
 * ({@code [ a b ]}). Lines starting with {@code #} are comments. Every word keeps its line and column.
 */
final class SetCommands {
    /** One value: a word, or a list {@code [ a b ]} (then {@code list} and its words); where it starts. */
    record Value(List<Word> words, boolean list, int line, int column) {
        Value {
            words = List.copyOf(words);
        }

        static Value of(Word w) {
            return new Value(List.of(w), false, w.line(), w.column());
        }

        List<String> texts() {
            return words.stream().map(Word::text).toList();
        }

        String text() {
            return list ? "[ " + String.join(" ", texts()) + " ]" : words.isEmpty() ? "" : quoteIfNeeded(words.get(0));
        }

        private static String quoteIfNeeded(Word w) {
            return w.quoted() || w.text().contains(" ") ? "\"" + w.text() + "\"" : w.text();
        }
    }

    /** One command line: its values in order. */
    record Line(List<Value> values) {
        Line {
            values = List.copyOf(values);
        }

        Value at(int i) {
            return values.get(i);
        }

        int size() {
            return values.size();
        }

        /** The word at {@code i} when it is a single word, else null. */
        String word(int i) {
            return i < values.size() && !values.get(i).list() && !values.get(i).words().isEmpty() ? values.get(i).words().get(0).text() : null;
        }
    }

    private SetCommands() {}

    static List<Line> tokenize(String file, String text) throws UnreadablePolicy {
        List<Line> lines = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        List<Word> list = null;
        int listLine = 0;
        int listColumn = 0;
        WordScanner scan = new WordScanner(file, text);
        while (!scan.atEnd()) {
            char c = scan.peek();
            if (c == '\n') {
                if (list != null) {
                    throw new UnreadablePolicy(new Location(file, scan.line(), scan.column()), "expected ']' to close the list opened at line "
                            + listLine + ", column " + listColumn + ", found the end of the line", "close the list with ' ]' on the same line");
                }
                if (!values.isEmpty()) {
                    lines.add(new Line(values));
                    values = new ArrayList<>();
                }
                scan.nextLine();
            } else if (scan.atBlank()) {
                scan.step();
            } else if (c == '#' && values.isEmpty() && list == null) {
                scan.skipToLineEnd();
            } else if (c == '[' && list == null) {
                list = new ArrayList<>();
                listLine = scan.line();
                listColumn = scan.column();
                scan.step();
            } else if (c == '[') {
                throw new UnreadablePolicy(new Location(file, scan.line(), scan.column()), "expected a name or ']', found '[' inside the list opened at column "
                        + listColumn, "lists do not nest: write [ a b ]");
            } else if (c == ']') {
                if (list == null) {
                    throw new UnreadablePolicy(new Location(file, scan.line(), scan.column()), "expected a value, found ']' without its '['", "open the list with '[ '");
                }
                values.add(new Value(list, true, listLine, listColumn));
                list = null;
                scan.step();
            } else {
                Word w = scan.atQuote() ? scan.quoted() : scan.bare("[]");
                if (list != null) {
                    list.add(w);
                } else {
                    values.add(Value.of(w));
                }
            }
        }
        if (list != null) {
            throw new UnreadablePolicy(new Location(file, scan.line(), scan.column()), "expected ']' to close the list opened at line "
                    + listLine + ", column " + listColumn + ", found the end of the file", "close the list with ' ]'");
        }
        if (!values.isEmpty()) {
            lines.add(new Line(values));
        }
        return Collections.unmodifiableList(lines);
    }
}
