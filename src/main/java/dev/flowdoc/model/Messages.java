package dev.flowdoc.model;

import java.io.IOException;
import java.io.Reader;
import java.text.MessageFormat;
import java.util.Locale;
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

    /**
     * The message with {0}, {1} … replaced. A plural is written in the bundle as the JDK's {@link java.text.ChoiceFormat}
     * inside {@link MessageFormat}, {@code {0,choice,1#1 Kommunikationsweg|1<{0} Kommunikationswege}}: only such a
     * segment goes through MessageFormat, so apostrophes elsewhere in a text need no doubling.
     */
    public String format(String key, Object... args) {
        return format(get(key), language.locale(), args);
    }

    /** {@link #format(String, Object...)} on a pattern: plain {N} replaced, {N,choice,…} formatted by MessageFormat. */
    public static String format(String pattern, Locale locale, Object... args) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            int choice = pattern.indexOf(",choice,", i);
            int open = choice < 0 ? -1 : pattern.lastIndexOf('{', choice);
            if (choice < 0 || open < i) {
                out.append(replace(pattern.substring(i), args));
                break;
            }
            int close = closing(pattern, open);
            out.append(replace(pattern.substring(i, open), args));
            out.append(new MessageFormat(pattern.substring(open, close + 1), locale).format(args));
            i = close + 1;
        }
        return out.toString();
    }

    private static String replace(String text, Object[] args) {
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** The brace that closes the one at {@code open}, counting nested braces. */
    private static int closing(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed '{' in message: " + pattern);
    }

    public Map<String, String> all() {
        return entries;
    }
}
