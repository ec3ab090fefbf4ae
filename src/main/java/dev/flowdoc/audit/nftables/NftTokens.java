package dev.flowdoc.audit.nftables;

import dev.flowdoc.audit.policy.UnreadablePolicy;
import dev.flowdoc.model.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of {@code nft list ruleset} text, and a cursor over them for {@link NftablesTextReader}: words, quoted
 * text (on one line), the punctuation {@code { } ; , =} and line ends (a statement ends with its line; a backslash
 * before the line end continues it), each with its line and column; comments ({@code # …}) dropped. A variable
 * ({@code $…}) of an nft script or a quote not closed on its line is an error at its position.
 */
final class NftTokens {
    /** One token as written (quotes removed), where it starts; a line end is the token "\n". */
    record Token(String text, int line, int column, boolean quoted) {
        boolean is(String s) {
            return !quoted && text.equals(s);
        }
    }

    private final String file;
    private final List<Token> tokens;
    private int at;

    NftTokens(String file, String text) throws UnreadablePolicy {
        this.file = file;
        this.tokens = tokenize(file, text);
    }

    /** The token at the cursor (not at the end). */
    Token peek() {
        return tokens.get(at);
    }

    /** One token back: the one {@link #next()} gave is read again. */
    void back() {
        at--;
    }

    void skipLine() {
        while (!end() && !tokens.get(at).is("\n")) {
            at++;
        }
    }

    boolean end() {
        return at >= tokens.size();
    }

    Token next() {
        return tokens.get(at++);
    }

    boolean peekIs(String s) {
        return !end() && tokens.get(at).is(s);
    }

    Token word(String what) throws UnreadablePolicy {
        if (end()) {
            throw error(tokens.get(tokens.size() - 1), "expected " + what + " at the end of the file", null);
        }
        Token t = next();
        if (t.is("\n") || t.is("{") || t.is("}") || t.is(";")) {
            throw error(t, "expected " + what + ", found " + (t.is("\n") ? "the end of the line" : "'" + t.text() + "'"), null);
        }
        return t;
    }

    void expect(String s, String what) throws UnreadablePolicy {
        Token t = end() ? tokens.get(tokens.size() - 1) : next();
        if (!t.is(s)) {
            throw error(t, "expected " + what + ", found " + (t.is("\n") ? "the end of the line" : "'" + t.text() + "'"), null);
        }
    }

    Token expectMore(String what, Token opened) throws UnreadablePolicy {
        if (end()) {
            throw error(opened, "the file ends before " + what, "close every block with '}'");
        }
        return next();
    }

    UnreadablePolicy error(Token t, String message, String hint) {
        return new UnreadablePolicy(new Location(file, t.line(), t.column()), message, hint);
    }

    private static List<Token> tokenize(String file, String text) throws UnreadablePolicy {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int col = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.add(new Token("\n", line, col, false));
                line++;
                col = 1;
                i++;
            } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i += 2;
                line++;
                col = 1;
            } else if (Character.isWhitespace(c)) {
                i++;
                col++;
            } else if (c == '#') {
                // the comment's characters count: the line end after it is at its own column
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                    col++;
                }
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                int nl = text.indexOf('\n', i + 1);
                if (end < 0 || (nl >= 0 && nl < end)) {
                    throw new UnreadablePolicy(new Location(file, line, col), "a quoted text is not closed on its line", "close it with '\"'");
                }
                out.add(new Token(text.substring(i + 1, end), line, col, true));
                col += end + 1 - i;
                i = end + 1;
            } else if ("{};,".indexOf(c) >= 0 || c == '=' && !(i + 1 < text.length() && text.charAt(i + 1) == '=')) {
                out.add(new Token(String.valueOf(c), line, col, false));
                i++;
                col++;
            } else if (c == '$') {
                throw new UnreadablePolicy(new Location(file, line, col), "a variable ($…) of an nft script",
                        "give the ruleset as the kernel has it: nft list ruleset or nft -j list ruleset");
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "{};,#\"".indexOf(text.charAt(i)) < 0
                        && !(text.charAt(i) == '=' && !(i + 1 < text.length() && text.charAt(i + 1) == '=') && !(i > start && text.charAt(i - 1) == '!' || i > start && text.charAt(i - 1) == '='))) {
                    i++;
                }
                if (i == start) { // a lone '=' handled above; guard against no progress
                    i++;
                }
                String word = text.substring(start, i);
                out.add(new Token(word, line, col, false));
                col += i - start;
            }
        }
        return out;
    }
}
