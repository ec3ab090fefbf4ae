package dev.flowdoc.load;

import dev.flowdoc.model.FontCoverage;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.ThemeFonts;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Reads which characters the theme's PDF fonts can draw: the declaration {@code themes/default/fonts/fonts.properties}
 * and the character maps of the fonts it names. Each file is the project's ({@code themes/default/…}) or else the
 * copy in flowdoc's jar, as for the PDFs themselves. The character map of a font file is read once per process
 * (a font is hundreds of kilobytes; the preview checks on every change).
 */
public final class FontLoader {
    private static final String THEME = "themes/default/";
    private static final String BUNDLED = "dev/flowdoc/themes/default/";
    private static final Map<String, BitSet> CMAPS = new ConcurrentHashMap<>();

    private FontLoader() {}

    /** The fonts' coverage; empty (with the problem reported) when the declaration or a font cannot be read. */
    public static Optional<FontCoverage> load(Path root, Problems problems) {
        ThemeFonts fonts;
        try {
            fonts = declared(root);
        } catch (IOException | IllegalArgumentException e) {
            problems.error(Location.of(THEME + ThemeFonts.FILE), "cannot read the theme's font list (" + e.getMessage() + ")",
                    "write it as key=value lines: regular=, bold= and fallback= (font files in themes/default/fonts/)");
            return Optional.empty();
        }
        List<BitSet> maps = new ArrayList<>();
        for (String file : fonts.files()) {
            try {
                maps.add(characters(root, "fonts/" + file));
            } catch (IOException | RuntimeException e) {
                unreadable(file, e.getMessage(), problems);
                return Optional.empty();
            }
        }
        BitSet fallback = new BitSet();
        maps.subList(2, maps.size()).forEach(fallback::or);
        BitSet regular = (BitSet) maps.get(0).clone();
        regular.or(fallback);
        BitSet bold = (BitSet) maps.get(1).clone();
        bold.or(fallback);
        regular.and(bold);
        return Optional.of(new FontCoverage(regular, fonts.files()));
    }

    /** Reports a font the declaration names that cannot be read. */
    static void unreadable(String file, String why, Problems problems) {
        problems.error(Location.of(THEME + "fonts/" + file), "cannot read the font " + file + " that "
                + THEME + ThemeFonts.FILE + " names (" + why + ")",
                "put a TrueType font (.ttf) of that name into themes/default/fonts/, or name another one");
    }

    /** The theme's declaration, or the default fonts when the theme has none. */
    public static ThemeFonts declared(Path root) throws IOException {
        Optional<InputStream> in = open(root, ThemeFonts.FILE);
        if (in.isEmpty()) {
            return ThemeFonts.DEFAULT;
        }
        Properties properties = new Properties();
        try (InputStream stream = in.get()) {
            properties.load(new java.io.InputStreamReader(stream, java.nio.charset.StandardCharsets.UTF_8));
        }
        return ThemeFonts.parse(properties);
    }

    private static BitSet characters(Path root, String relative) throws IOException {
        Path file = root.resolve(THEME + relative);
        String key = Files.isRegularFile(file)
                ? file.toAbsolutePath() + "@" + Files.getLastModifiedTime(file).toMillis() + "/" + Files.size(file)
                : "jar:" + relative;
        BitSet known = CMAPS.get(key);
        if (known != null) {
            return known;
        }
        InputStream in = open(root, relative).orElseThrow(() -> new IOException("no such file"));
        TrueTypeFont ttf;
        try (in) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        try (ttf) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            BitSet chars = new BitSet();
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                if (cmap.getGlyphId(cp) > 0) {
                    chars.set(cp);
                }
            }
            CMAPS.put(key, chars);
            return chars;
        }
    }

    private static Optional<InputStream> open(Path root, String relative) throws IOException {
        Path file = root.resolve(THEME + relative);
        if (Files.isRegularFile(file)) {
            return Optional.of(Files.newInputStream(file));
        }
        return Optional.ofNullable(FontLoader.class.getClassLoader().getResourceAsStream(BUNDLED + relative));
    }
}
