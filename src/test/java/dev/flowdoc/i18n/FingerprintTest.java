package dev.flowdoc.i18n;

import dev.flowdoc.model.Fingerprint;
import dev.flowdoc.model.Translation;
import dev.flowdoc.model.TranslationState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Text;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    @Test
    void isTheFirstEightHexDigitsOfSha256OverTheUtf8Text() {
        // printf '%s' 'Appliance' | sha256sum → 98432690…
        assertEquals("98432690", Fingerprint.of("Appliance"));
        assertTrue(Fingerprint.FORM.matcher(Fingerprint.of("Namensauflösung")).matches());
    }

    @Test
    void composedAndDecomposedUmlautsGiveTheSameFingerprint() {
        assertEquals(Fingerprint.of("Namensaufl\u00f6sung"), Fingerprint.of("Namensaufl\u006f\u0308sung"));
    }

    @Test
    void anyOtherChangeChangesIt() {
        assertNotEquals(Fingerprint.of("E-Mail Server"), Fingerprint.of("E-Mail-Server"));
        assertNotEquals(Fingerprint.of("Text"), Fingerprint.of("Text "));
    }

    @Test
    void theIdsInsideReferencesDoNotCount() {
        // printf '%s' 'Siehe {menu:}.' | sha256sum → a16f1dbd…
        assertEquals("a16f1dbd", Fingerprint.of("Siehe {menu:system.proxy-settings}."));
        assertEquals(Fingerprint.of("Siehe {menu:system.proxy}."), Fingerprint.of("Siehe {menu:system.proxy-settings}."));
        assertNotEquals(Fingerprint.of("Siehe {menu:system.proxy}."), Fingerprint.of("Siehe {flow:system.proxy}."),
                "the kind of a reference counts");
        assertNotEquals(Fingerprint.of("Siehe {menu:a}."), Fingerprint.of("Siehe {menu:a} und {menu:b}."),
                "adding a reference counts");
        assertEquals("98432690", Fingerprint.of("Appliance"), "a text without references keeps its fingerprint");
    }

    @Test
    void stateOfAText() {
        String de = "Wird für den Empfang von E-Mails benötigt.";
        Text current = new Text(de, "Required for receiving emails.", Fingerprint.of(de), null);
        Text stale = new Text(de, "Required for receiving emails.", Fingerprint.of("Wird benötigt."), null);
        Text missing = new Text(de, "Required for receiving emails.", null, null);
        assertEquals(TranslationState.CURRENT, Translation.state(current));
        assertEquals(TranslationState.STALE, Translation.state(stale));
        assertEquals(TranslationState.MISSING, Translation.state(missing));
        assertTrue(Translation.isStale(stale));
        assertFalse(Translation.isPending(current));
        assertTrue(Translation.isPending(missing));
        assertEquals("final", TranslationState.CURRENT.xliffState());
        assertEquals("initial", TranslationState.STALE.xliffState());
    }
}
