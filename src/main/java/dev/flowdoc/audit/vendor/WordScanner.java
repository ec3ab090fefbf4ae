package dev.flowdoc.audit.vendor;

import dev.flowdoc.audit.policy.UnreadablePolicy;
import dev.flowdoc.model.Location;

/**
 * The words of a vendor's command-line text (FortiOS CLI, PAN-OS set commands), one character at a time with its
 * line and column: blanks between words, a line end closes a statement, a quoted word ({@code "…"} or {@code '…'},
 * a backslash escapes the quote or itself) may span lines, a bare word runs to a blank or a stop character. The
 * readers decide what a statement, a comment or a list is; the scanner only keeps the position right.
 */
public final class WordScanner {
    /** One word as written: quotes removed, a backslash escapes the quote or itself resolved; where it starts. */
    public record Word(String text, boolean quoted, int line, int column) {
        /** The word as a message quotes it: {@code "text"} when it was quoted, else {@code 'text'}. */
        public String shown() {
            return quoted ? "\"" + text + "\"" : "'" + text + "'";
        }
    }

    private final String file;
    private final String text;
    private int i;
    private int line = 1;
    private int column = 1;

    public WordScanner(String file, String text) {
        this.file = file;
        this.text = text;
    }

    public boolean atEnd() {
        return i >= text.length();
    }

    /** The character at the position (not at the end). */
    public char peek() {
        return text.charAt(i);
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** A blank between words: space, tab, carriage return, a byte order mark. */
    public boolean atBlank() {
        char c = peek();
        return c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF';
    }

    public boolean atQuote() {
        char c = peek();
        return c == '"' || c == '\'';
    }

    /** Past one character of the line (a blank, a bracket). */
    public void step() {
        i++;
        column++;
    }

    /** Past the line end at the position. */
    public void nextLine() {
        i++;
        line++;
        column = 1;
    }

    /** To the end of the line (a comment), not past it. */
    public void skipToLineEnd() {
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
    }

    /** The quoted word that starts at the position; the end of the text before its closing quote is an error there. */
    public Word quoted() throws UnreadablePolicy {
        char quote = peek();
        int startLine = line;
        int startColumn = column;
        StringBuilder word = new StringBuilder();
        step();
        int n = text.length();
        while (true) {
            if (i >= n) {
                throw new UnreadablePolicy(new Location(file, startLine, startColumn),
                        "expected a closing " + quote + " for the quoted text that starts here, found the end of the file",
                        "close the quotes");
            }
            char d = text.charAt(i);
            if (d == '\\' && i + 1 < n && (text.charAt(i + 1) == quote || text.charAt(i + 1) == '\\')) {
                word.append(text.charAt(i + 1));
                i += 2;
                column += 2;
                continue;
            }
            if (d == '\n') {
                nextLine();
            } else {
                step();
            }
            if (d == quote) {
                break;
            }
            word.append(d);
        }
        return new Word(word.toString(), true, startLine, startColumn);
    }

    /** The bare word that starts at the position: up to a blank, a line end or one of {@code stops}. */
    public Word bare(String stops) {
        int start = i;
        int startColumn = column;
        while (i < text.length() && " \t\r\n".indexOf(text.charAt(i)) < 0 && stops.indexOf(text.charAt(i)) < 0) {
            step();
        }
        return new Word(text.substring(start, i), false, line, startColumn);
    }
}
