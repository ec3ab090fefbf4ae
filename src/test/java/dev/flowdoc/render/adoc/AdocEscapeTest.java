package dev.flowdoc.render.adoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdocEscapeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '¦', quoteCharacter = '`', value = {
            "TCP 22 (SSH)¦TCP 22 (SSH)",
            "Name-Server (intern)¦Name-Server (intern)",
            "a*b*¦pass:c[a*b*]",
            "{x}¦pass:c[{x}]",
            "a]b¦pass:c[a\\]b]",
            "a--b¦pass:c[a--b]",
            "x\\¦pass:c[x]{backslash}",
            "include::/etc/passwd[]¦pass:c[include::/etc/passwd[\\]]",
            "Don't¦pass:c[Don't]",
    })
    void literal(String text, String adoc) {
        assertEquals(adoc, AdocEscape.literal(text));
    }

    @Test
    void lineBreaksBecomeSpacesSoNoLineStartsADirective() {
        assertEquals("pass:c[a include::x[\\]]", AdocEscape.literal("a\ninclude::x[]"));
        assertEquals("line1 line2", AdocEscape.literal("line1\r\n  line2"));
    }

    @Test
    void tableSourceEscapesTheCellSeparator() {
        assertEquals("pass:c[a\\|b]", AdocEscape.cell(AdocEscape.literal("a|b")));
    }
}
