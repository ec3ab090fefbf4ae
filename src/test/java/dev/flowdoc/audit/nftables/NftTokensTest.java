package dev.flowdoc.audit.nftables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.audit.nftables.NftTokens.Token;
import dev.flowdoc.audit.policy.UnreadablePolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokens of nft list ruleset text: words, punctuation, line ends, quotes, continuations, with their positions. */
class NftTokensTest {
    private static List<String> shown(String text) throws UnreadablePolicy {
        NftTokens in = new NftTokens("r.nft", text);
        List<String> out = new ArrayList<>();
        while (!in.end()) {
            Token t = in.next();
            out.add((t.quoted() ? "\"" + t.text() + "\"" : t.text().replace("\n", "\\n")) + "@" + t.line() + ":" + t.column());
        }
        return out;
    }

    @Test
    void wordsPunctuationAndLineEndsWithTheirPositions() throws Exception {
        assertEquals(List.of("ip@1:2", "saddr@1:5", "!=@1:11", "{@1:14", "10.0.0.1@1:16", ",@1:24", "10.0.0.2@1:26", "}@1:35",
                        "tcp@2:3", "dport@2:7", "22@2:13", "comment@2:16", "\"x y\"@2:24", "\\n@2:41", "policy@3:1", "=@3:7", "x==y@3:8", ";@3:12"),
                shown("\tip saddr != { 10.0.0.1, 10.0.0.2 } \\\n  tcp dport 22 comment \"x y\" # a comment\npolicy=x==y;"));
    }

    @Test
    void theCursorGoesBackAndSkipsLines() throws Exception {
        NftTokens in = new NftTokens("r.nft", "flush ruleset\ntable inet t {\n}\n");
        in.skipLine();
        assertEquals("\n", in.next().text());
        assertEquals("table", in.next().text());
        in.back();
        assertTrue(in.peekIs("table"));
        assertEquals("table", in.word("a keyword").text());
        UnreadablePolicy e = assertThrows(UnreadablePolicy.class, () -> {
            in.next();
            in.next();
            in.expect("chain", "'chain'");
        });
        assertEquals("r.nft:2:14: error: expected 'chain', found '{'", e.problem().toString());
    }

    @Test
    void anUnclosedQuoteAndAVariableAreErrorsAtTheirPosition() {
        UnreadablePolicy quote = assertThrows(UnreadablePolicy.class, () -> new NftTokens("r.nft", "table ip t {\n  comment \"open\n}"));
        assertEquals("r.nft:2:11: error: a quoted text is not closed on its line; close it with '\"'", quote.problem().toString());
        UnreadablePolicy variable = assertThrows(UnreadablePolicy.class, () -> new NftTokens("r.nft", "ip saddr $lan accept"));
        assertEquals("r.nft:1:10: error: a variable ($…) of an nft script; give the ruleset as the kernel has it: nft list ruleset or nft -j list ruleset",
                variable.problem().toString());
    }
}
