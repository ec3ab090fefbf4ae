package dev.flowdoc.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PDF date comes from SOURCE_DATE_EPOCH or the data, never from the clock. */
class BuildDateTest {
    @Test
    void sourceDateEpochWins() {
        assertEquals(Instant.ofEpochSecond(1700000000), BuildDate.of(PdfFixtures.project(), Map.of("SOURCE_DATE_EPOCH", "1700000000")));
    }

    @Test
    void withoutItTheNewestDatedReleaseOrAFixedDate() {
        // the releases in data/product.json carry no dates yet
        assertEquals(BuildDate.FALLBACK, BuildDate.of(PdfFixtures.project(), Map.of()));
    }
}
