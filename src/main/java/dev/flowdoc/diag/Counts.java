package dev.flowdoc.diag;

import dev.flowdoc.model.Messages;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * "1 flow", "3 flows": the counts console messages and rulesets print, with the plural forms in a bundle
 * (dev/flowdoc/diag/counts.properties, the JDK's ChoiceFormat inside MessageFormat), never decided in Java.
 */
public final class Counts {
    private static final Properties BUNDLE = load();

    private Counts() {}

    /** The number with its noun ({@code count(1, "change")} is "1 change"); the noun is a key of the bundle. */
    public static String count(long n, String noun) {
        return message(noun, n);
    }

    /** A message of the bundle with its arguments. */
    public static String message(String key, Object... args) {
        String pattern = BUNDLE.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no count '" + key + "' in counts.properties");
        }
        return Messages.format(pattern, Locale.ENGLISH, args);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(Counts.class.getResourceAsStream("counts.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
