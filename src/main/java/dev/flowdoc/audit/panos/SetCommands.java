package dev.flowdoc.audit.panos;

import dev.flowdoc.audit.policy.UnreadablePolicy;
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
    /** One word as written (quotes removed), where it starts. */
    record Word(String text, boolean quoted, int line, int column) {
        String shown() {
            return quoted ? "\"" + text + "\"" : "'" + text + "'";
        }
    }

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
        int line = 1;
        int column = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (list != null) {
                    throw new UnreadablePolicy(new Location(file, line, column), "expected ']' to close the list opened at line "
                            + listLine + ", column " + listColumn + ", found the end of the line", "close the list with ' ]' on the same line");
                }
                if (!values.isEmpty()) {
                    lines.add(new Line(values));
                    values = new ArrayList<>();
                }
                i++;
                line++;
                column = 1;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF') {
                i++;
                column++;
            } else if (c == '#' && values.isEmpty() && list == null) {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '[' && list == null) {
                list = new ArrayList<>();
                listLine = line;
                listColumn = column;
                i++;
                column++;
            } else if (c == '[') {
                throw new UnreadablePolicy(new Location(file, line, column), "expected a name or ']', found '[' inside the list opened at column "
                        + listColumn, "lists do not nest: write [ a b ]");
            } else if (c == ']') {
                if (list == null) {
                    throw new UnreadablePolicy(new Location(file, line, column), "expected a value, found ']' without its '['", "open the list with '[ '");
                }
                values.add(new Value(list, true, listLine, listColumn));
                list = null;
                i++;
                column++;
            } else {
                int startLine = line;
                int startColumn = column;
                StringBuilder word = new StringBuilder();
                boolean quoted = c == '"' || c == '\'';
                if (quoted) {
                    i++;
                    column++;
                    while (true) {
                        if (i >= n) {
                            throw new UnreadablePolicy(new Location(file, startLine, startColumn), "expected a closing " + c
                                    + " for the quoted text that starts here, found the end of the file", "close the quotes");
                        }
                        char d = text.charAt(i);
                        if (d == '\\' && i + 1 < n && (text.charAt(i + 1) == c || text.charAt(i + 1) == '\\')) {
                            word.append(text.charAt(i + 1));
                            i += 2;
                            column += 2;
                            continue;
                        }
                        i++;
                        if (d == '\n') {
                            line++;
                            column = 1;
                        } else {
                            column++;
                        }
                        if (d == c) {
                            break;
                        }
                        word.append(d);
                    }
                } else {
                    while (i < n && " \t\r\n[]".indexOf(text.charAt(i)) < 0) {
                        word.append(text.charAt(i));
                        i++;
                        column++;
                    }
                }
                Word w = new Word(word.toString(), quoted, startLine, startColumn);
                if (list != null) {
                    list.add(w);
                } else {
                    values.add(Value.of(w));
                }
            }
        }
        if (list != null) {
            throw new UnreadablePolicy(new Location(file, line, column), "expected ']' to close the list opened at line "
                    + listLine + ", column " + listColumn + ", found the end of the file", "close the list with ' ]'");
        }
        if (!values.isEmpty()) {
            lines.add(new Line(values));
        }
        return Collections.unmodifiableList(lines);
    }
}
