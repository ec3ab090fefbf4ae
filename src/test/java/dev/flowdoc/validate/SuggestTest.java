package dev.flowdoc.validate;

import dev.flowdoc.diag.Suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    private static final List<String> MENU = List.of("system", "system.proxy-settings", "system.dns", "mail-system.relaying");

    @Test
    void completesAPrefixFirst() {
        assertEquals("did you mean 'system.proxy-settings'?", Suggest.didYouMean("system.proxy", MENU));
    }

    @Test
    void findsTypos() {
        assertEquals("did you mean 'system.dns'?", Suggest.didYouMean("sytem.dns", MENU));
    }

    @Test
    void saysNothingWhenNothingIsClose() {
        assertNull(Suggest.didYouMean("cluster", MENU));
    }
}
