package dev.flowdoc.render.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The SVG's numbers, written from digits, read the same as they did through BigDecimal. */
class SvgWriterNumberTest {
    @Test
    void everyHundredthOfADrawingsRangeIsWrittenAsBefore() {
        // a drawing's coordinates: a little below zero to 5,000 px (every hundredth from -100,000 to 1,000,000 px was
        // compared once, by hand: bench/RESULTS.md, round 3, session 3)
        for (long cents = -100_000; cents <= 500_000; cents++) {
            double v = cents / 100.0;
            assertEquals(SvgWriter.decimal(v), SvgWriter.n(v), () -> "at " + v);
        }
    }

    @Test
    void numbersBetweenHundredthsRoundAsBefore() {
        Random random = new Random(27);
        for (int i = 0; i < 100_000; i++) {
            double v = (random.nextDouble() - 0.1) * 40_000;
            assertEquals(SvgWriter.decimal(v), SvgWriter.n(v), () -> "at " + v);
        }
        for (double v : new double[] {0, -0.0, 0.005, -0.005, 0.015, 1.005, 2.675, 0.1 + 0.2, 1e-9, -1e-9, 12.5, 1e12, -3e13,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1234567.891}) {
            assertEquals(SvgWriter.decimal(v), SvgWriter.n(v), () -> "at " + v);
        }
    }

    @Test
    void coloursAreWrittenAsSixLowerCaseHexDigits() {
        assertEquals("#222222", Colors.hex(Colors.INK));
        assertEquals("#1a7f37", Colors.hex(Colors.OPEN));
        assertEquals("#b42318", Colors.hex(Colors.CLOSE));
        assertEquals("#f4f6f8", Colors.hex(Colors.AREA_FILL));
        assertEquals("#000000", Colors.hex(new int[] {0, 0, 0}));
        assertEquals("#ffffff", Colors.hex(new int[] {255, 255, 255}));
    }
}
