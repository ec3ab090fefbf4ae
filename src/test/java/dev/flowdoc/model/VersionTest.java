package dev.flowdoc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VersionTest {
    @Test
    void comparesNumericallyNotAsText() {
        assertTrue(Version.of("9.10.0").compareTo(Version.of("13.0.0")) < 0);
        assertTrue(Version.of("9.2.0").compareTo(Version.of("9.10.0")) < 0);
        assertTrue(Version.of("13.0.1").isAfter(Version.of("13.0.0")));
        assertEquals(List.of("9.2.0", "9.10.0", "12.1.0", "13.0.0"),
                List.of("13.0.0", "9.10.0", "12.1.0", "9.2.0").stream().map(Version::of).sorted().map(Version::toString).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"13.0.x", "13.0", "13", "v13.0.0", "13.0.0.1", "013.0.0", "", " 13.0.0", "1.-1.0", "99999999999.0.0"})
    void refusesWhatIsNotXyz(String text) {
        assertTrue(Version.parse(text).isEmpty(), text);
    }
}
