package dev.flowdoc.model;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The fonts a theme's PDFs use, as declared in {@code themes/default/fonts/fonts.properties}: {@code regular} and
 * {@code bold} (file names in the theme's fonts/ folder), and {@code fallback}, a comma-separated list of fonts tried
 * in order for a character the face has no glyph for. A theme without the file uses DejaVu Sans Condensed.
 */
public record ThemeFonts(String regular, String bold, List<String> fallback) {
    /** The declaration, relative to the theme folder. */
    public static final String FILE = "fonts/fonts.properties";
    public static final ThemeFonts DEFAULT = new ThemeFonts("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", List.of());

    public ThemeFonts {
        fallback = List.copyOf(fallback);
    }

    public static ThemeFonts parse(Properties properties) {
        String fallback = properties.getProperty("fallback", "").strip();
        return new ThemeFonts(properties.getProperty("regular", DEFAULT.regular()).strip(),
                properties.getProperty("bold", DEFAULT.bold()).strip(),
                fallback.isEmpty() ? List.of() : Arrays.stream(fallback.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** Every font file, regular and bold first, then the fallbacks in order. */
    public List<String> files() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(regular, bold), fallback.stream()).toList();
    }
}
