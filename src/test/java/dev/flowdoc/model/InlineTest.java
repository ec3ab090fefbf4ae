package dev.flowdoc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineTest {
    @Test
    void splitsReferencesFromWords() {
        assertEquals(List.of(new Inline.Literal("siehe "), new Inline.Ref(RefKind.MENU, "system.dns", 6),
                        new Inline.Literal(" und "), new Inline.Ref(RefKind.CHAPTER, "clustering", 28), new Inline.Literal(".")),
                Inline.parse("siehe {menu:system.dns} und {chapter:clustering}."));
    }

    @Test
    void otherBracesStayLiteral() {
        String text = "a|b {x} {attr} +++<b>y</b>+++ {menu:} {Menu:x} {menu:Bad Id}";
        assertEquals(List.of(new Inline.Literal(text)), Inline.parse(text));
    }
}
