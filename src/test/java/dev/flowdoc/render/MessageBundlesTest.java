package dev.flowdoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every word a reader sees exists in both languages: the theme's one bundle per language (pages, PDFs, exports)
 * has the same keys in de and en.
 */
class MessageBundlesTest {
    @org.junit.jupiter.api.Test
    void oneBundlePerLanguage() throws IOException {
        try (var files = Files.list(I18N)) {
            assertEquals(java.util.List.of("messages_de.properties", "messages_en.properties"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    private static final Path I18N = TestProjects.REPOSITORY.resolve("themes/default/i18n");

    @ParameterizedTest
    @ValueSource(strings = {"messages"})
    void germanAndEnglishHaveTheSameKeysAndNoEmptyWords(String bundle) throws IOException {
        Properties de = load(bundle + "_de.properties");
        Properties en = load(bundle + "_en.properties");
        assertEquals(new TreeSet<>(de.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), bundle);
        for (Properties p : new Properties[] {de, en}) {
            p.stringPropertyNames().forEach(k -> assertTrue(!p.getProperty(k).isBlank(), bundle + ": " + k + " is empty"));
        }
        // placeholders match: a {0} in German is a {0} in English
        for (String key : de.stringPropertyNames()) {
            assertEquals(placeholders(de.getProperty(key)), placeholders(en.getProperty(key)), bundle + ": " + key);
        }
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> out = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d}").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
