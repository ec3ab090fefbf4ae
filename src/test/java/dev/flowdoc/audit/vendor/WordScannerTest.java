package dev.flowdoc.audit.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flowdoc.audit.policy.UnreadablePolicy;
import dev.flowdoc.audit.vendor.WordScanner.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The word scanner both vendor tokenizers share: words, quotes, escapes and every word's line:column. */
class WordScannerTest {
    private static List<Word> words(String text, String stops) throws UnreadablePolicy {
        WordScanner scan = new WordScanner("f.txt", text);
        List<Word> out = new ArrayList<>();
        while (!scan.atEnd()) {
            if (scan.peek() == '\n') {
                scan.nextLine();
            } else if (scan.atBlank() || stops.indexOf(scan.peek()) >= 0) {
                scan.step();
            } else if (scan.peek() == '#') {
                scan.skipToLineEnd();
            } else {
                out.add(scan.atQuote() ? scan.quoted() : scan.bare(stops));
            }
        }
        return out;
    }

    @Test
    void wordsKeepTheirLineAndColumnAcrossQuotesThatSpanLines() throws Exception {
        List<Word> w = words("\uFEFFset name \"a \\\"b\\\\\nc\" x\t'y z'\n# note\n  [a]", "[]");
        assertEquals(List.of(new Word("set", false, 1, 2), new Word("name", false, 1, 6), new Word("a \"b\\\nc", true, 1, 11),
                new Word("x", false, 2, 4), new Word("y z", true, 2, 6), new Word("a", false, 4, 4)), w);
        assertEquals("\"y z\"", w.get(4).shown());
        assertEquals("'x'", w.get(3).shown());
    }

    @Test
    void aBracketEndsABareWordOnlyWhenItIsAStop() throws Exception {
        assertEquals(List.of(new Word("a[b]", false, 1, 1)), words("a[b]", ""));
        assertEquals(List.of(new Word("a", false, 1, 1), new Word("b", false, 1, 3)), words("a[b]", "[]"));
    }

    @Test
    void anUnclosedQuoteIsAnErrorWhereItOpens() {
        UnreadablePolicy e = assertThrows(UnreadablePolicy.class, () -> words("set a\n  set b 'open\nmore", ""));
        assertEquals("f.txt:2:9: error: expected a closing ' for the quoted text that starts here, found the end of the file; close the quotes",
                e.problem().toString());
    }
}
