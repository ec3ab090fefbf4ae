package dev.flowdoc.render;

import dev.flowdoc.model.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The words of one language, from the theme's i18n/messages_LANG.properties (UTF-8). Java never holds a
 * word a reader sees; a missing key is a theme bug and fails the build at once.
 */
public final class Messages {
    private final Language language;
    private final Map<String, String> entries;

    public Messages(Language language, Map<String, String> entries) {
        this.language = language;
        this.entries = Map.copyOf(entries);
    }

    public static Messages load(Path themeDir, Language language) {
        Path file = themeDir.resolve("i18n").resolve(fileName(language));
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, language);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the theme's messages " + file, e);
        }
    }

    /** The theme's words if the project has the theme folder, else those of the default theme in flowdoc's jar. */
    public static Messages loadOrBundled(Path themeDir, Language language) {
        if (Files.isRegularFile(themeDir.resolve("i18n").resolve(fileName(language)))) {
            return load(themeDir, language);
        }
        String resource = "dev/flowdoc/themes/default/i18n/" + fileName(language);
        try (java.io.InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("flowdoc's jar lacks " + resource);
            }
            return read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(Language language) {
        return "messages_" + language.code() + ".properties";
    }

    private static Messages read(Reader in, Language language) throws IOException {
        Properties props = new Properties();
        props.load(in);
        Map<String, String> map = new TreeMap<>();
        props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
        return new Messages(language, map);
    }

    public Language language() {
        return language;
    }

    public String get(String key) {
        String value = entries.get(key);
        if (value == null) {
            throw new IllegalStateException("the theme has no message '" + key + "' for language " + language.code());
        }
        return value;
    }

    /** The message with {0}, {1} … replaced; no MessageFormat, so apostrophes in texts need no doubling. */
    public String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    public Map<String, String> all() {
        return entries;
    }
}
