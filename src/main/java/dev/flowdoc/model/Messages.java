package dev.flowdoc.model;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The words of one language, from the theme's i18n/messages_LANG.properties (UTF-8, read by the loader). Java never holds a
 * word a reader sees; a missing key is a theme bug and fails the build at once.
 */
public final class Messages {
    private final Language language;
    private final Map<String, String> entries;

    public Messages(Language language, Map<String, String> entries) {
        this.language = language;
        this.entries = Map.copyOf(entries);
    }

    /** Reads a bundle (UTF-8 properties). */
    public static Messages read(Reader in, Language language) throws IOException {
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
