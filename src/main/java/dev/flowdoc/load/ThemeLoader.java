package dev.flowdoc.load;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Theme;
import dev.flowdoc.model.ThemeFonts;
import dev.flowdoc.validate.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads the project's theme (themes/default/) once: templates/*.mustache, css/ and js/ (assets), i18n/messages_LANG
 * and the PDF fonts. Message bundles and fonts the project does not have come from the default theme in flowdoc's
 * jar (a project file wins over the bundled file of the same path).
 */
public final class ThemeLoader {
    private static final String BUNDLED = "dev/flowdoc/themes/default/";

    private final Path root;

    public ThemeLoader(Path root) {
        this.root = root;
    }

    public Path dir() {
        return root.resolve(Theme.DEFAULT);
    }

    /** The theme of a site; empty (with the problem reported) when the project has none or a file cannot be read. */
    public Optional<Theme> load(Problems problems) {
        return load(problems, true);
    }

    /**
     * The theme; {@code forSite} false: only the words and fonts are needed (a checklist), and those the project
     * lacks come from the bundled default theme.
     */
    public Optional<Theme> load(Problems problems, boolean forSite) {
        Path dir = dir();
        if (forSite && !Files.isDirectory(dir.resolve("templates"))) {
            problems.error(Location.of(Theme.DEFAULT + "/"), "the project has no theme",
                    "a theme folder holds templates/, css/, js/ and i18n/; copy themes/default from flowdoc's repository");
            return Optional.empty();
        }
        try {
            Map<String, String> templates = new LinkedHashMap<>();
            for (Path file : files(dir.resolve("templates"))) {
                String name = file.getFileName().toString();
                if (name.endsWith(".mustache")) {
                    templates.put(name.substring(0, name.length() - ".mustache".length()), Files.readString(file));
                }
            }
            Map<String, byte[]> assets = new LinkedHashMap<>();
            for (String folder : List.of("css", "js")) {
                for (Path file : files(dir.resolve(folder))) {
                    assets.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            Map<Language, Messages> messages = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String name = "i18n/messages_" + language.code() + ".properties";
                try (InputStream in = open(dir, name)) {
                    messages.put(language, Messages.read(new InputStreamReader(in, StandardCharsets.UTF_8), language));
                }
            }
            ThemeFonts declared = FontLoader.declared(root);
            Map<String, byte[]> fonts = new LinkedHashMap<>();
            for (String font : declared.files()) {
                try (InputStream in = open(dir, "fonts/" + font)) {
                    fonts.put(font, in.readAllBytes());
                }
            }
            return Optional.of(new Theme(messages, templates, assets, declared, fonts));
        } catch (IOException e) {
            problems.error(Location.of(Theme.DEFAULT + "/"), "the theme cannot be read: " + e.getMessage(),
                    "check that the files of " + Theme.DEFAULT + " are readable");
            return Optional.empty();
        }
    }

    /** The default theme's words as bundled with flowdoc, for commands that run without a project theme. */
    public static Messages bundledMessages(Language language) {
        try (InputStream in = bundled("i18n/messages_" + language.code() + ".properties")) {
            return Messages.read(new InputStreamReader(in, StandardCharsets.UTF_8), language);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The words of the project's theme if it has them, else the bundled ones. */
    public Messages messages(Language language) {
        Path file = dir().resolve("i18n/messages_" + language.code() + ".properties");
        if (!Files.isRegularFile(file)) {
            return bundledMessages(language);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Messages.read(new InputStreamReader(in, StandardCharsets.UTF_8), language);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InputStream open(Path dir, String relative) throws IOException {
        Path file = dir.resolve(relative);
        return Files.isRegularFile(file) ? Files.newInputStream(file) : bundled(relative);
    }

    private static InputStream bundled(String relative) throws IOException {
        InputStream in = ThemeLoader.class.getClassLoader().getResourceAsStream(BUNDLED + relative);
        if (in == null) {
            throw new IOException(Theme.DEFAULT + "/" + relative + " is missing (neither in the project nor in flowdoc)");
        }
        return in;
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
