package dev.flowdoc.load;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Theme;
import dev.flowdoc.model.ThemeFonts;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Loads the theme once: the default theme bundled with flowdoc, overridden file by file by the project's
 * {@code themes/default/} with one rule: a project file wins over the bundled file of the same path. That holds for
 * templates/*.mustache, the assets (css/…, js/…), the fonts and fonts/fonts.properties; message bundles
 * (i18n/messages_LANG.properties) are merged per key, so a project bundle with one line overrides that word only.
 * A project without themes/ uses the bundled theme as it is.
 */
public final class ThemeLoader {
    private static final String BUNDLED = "dev/flowdoc/themes/default/";
    /** Made at build time from themes/default (see pom.xml): the paths of the bundled theme's files, one a line. */
    private static final String INDEX = "dev/flowdoc/themes/default.index";
    private static final List<String> ASSET_FOLDERS = List.of("css/", "js/");

    private final Path root;

    public ThemeLoader(Path root) {
        this.root = root;
    }

    public Path dir() {
        return root.resolve(Theme.DEFAULT);
    }

    /** The theme; empty (with the problem reported) when a file of the project's theme cannot be read. */
    public Optional<Theme> load(Problems problems) {
        try {
            TreeMap<String, String> templates = new TreeMap<>();
            TreeMap<String, byte[]> assets = new TreeMap<>();
            for (String path : files()) {
                if (path.startsWith("templates/") && path.endsWith(".mustache")) {
                    String name = path.substring("templates/".length(), path.length() - ".mustache".length());
                    templates.put(name, new String(read(path), StandardCharsets.UTF_8));
                } else if (ASSET_FOLDERS.stream().anyMatch(path::startsWith)) {
                    assets.put(path, read(path));
                }
            }
            Map<Language, Messages> messages = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                messages.put(language, messages(language));
            }
            ThemeFonts declared = FontLoader.declared(root);
            Map<String, byte[]> fonts = new TreeMap<>();
            for (String font : declared.files()) {
                try {
                    fonts.put(font, read("fonts/" + font));
                } catch (IOException e) {
                    // the same problem FontLoader reports while validating (Problems keeps one of equal problems)
                    FontLoader.unreadable(font, "no such file", problems);
                    return Optional.empty();
                }
            }
            return Optional.of(new Theme(messages, templates, assets, declared, fonts));
        } catch (IOException | UncheckedIOException e) {
            problems.error(Location.of(Theme.DEFAULT + "/"), "the theme cannot be read: " + e.getMessage(),
                    "check that the files under " + Theme.DEFAULT + " are readable, or remove the ones you did not mean to override");
            return Optional.empty();
        }
    }

    /** The theme's words for commands that need no site (checklist): the same files and rule as {@link #load(Problems)}. */
    public Optional<Theme> load(Problems problems, boolean forSite) {
        return load(problems);
    }

    /** The default theme's words as bundled with flowdoc. */
    public static Messages bundledMessages(Language language) {
        try {
            return new Messages(language, properties(bundled(bundleName(language))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled words of {@code language}, each key the project's bundle has replaced by the project's word. */
    public Messages messages(Language language) {
        Map<String, String> words = new TreeMap<>(bundledMessages(language).all());
        Path file = dir().resolve(bundleName(language));
        if (Files.isRegularFile(file)) {
            try {
                words.putAll(properties(Files.newInputStream(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Messages(language, words);
    }

    /** The paths of the theme, relative to its folder: the bundled ones and the project's own, sorted. */
    private TreeSet<String> files() throws IOException {
        TreeSet<String> paths = new TreeSet<>(bundledFiles());
        Path dir = dir();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).forEach(f -> paths.add(dir.relativize(f).toString().replace('\\', '/')));
            }
        }
        return paths;
    }

    /** The bundled theme's paths, from the index the build writes beside it. */
    static List<String> bundledFiles() throws IOException {
        try (InputStream in = ThemeLoader.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IOException("flowdoc's own theme index " + INDEX + " is missing (build flowdoc with Maven)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        }
    }

    private byte[] read(String relative) throws IOException {
        Path file = dir().resolve(relative);
        if (Files.isRegularFile(file)) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = bundled(relative)) {
            return in.readAllBytes();
        }
    }

    private static String bundleName(Language language) {
        return "i18n/messages_" + language.code() + ".properties";
    }

    private static Map<String, String> properties(InputStream stream) throws IOException {
        Properties props = new Properties();
        try (InputStream in = stream) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> map = new TreeMap<>();
        props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
        return map;
    }

    private static InputStream bundled(String relative) throws IOException {
        InputStream in = ThemeLoader.class.getClassLoader().getResourceAsStream(BUNDLED + relative);
        if (in == null) {
            throw new IOException(Theme.DEFAULT + "/" + relative + " is missing (neither in the project nor in flowdoc)");
        }
        return in;
    }
}
