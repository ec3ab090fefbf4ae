package dev.flowdoc.render.pdf;

import dev.flowdoc.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

/** The words of the PDFs in one language, from themes/default/i18n/pdf_LANG.properties (UTF-8). */
final class PdfMessages {
    private final Properties words = new Properties();

    PdfMessages(Path projectRoot, Language language) {
        String name = "i18n/pdf_" + language.code() + ".properties";
        try (InputStream in = ThemeFiles.open(projectRoot, name)) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message {@code key} with {0}, {1} … replaced by the arguments. */
    String get(String key, Object... args) {
        String text = words.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("message '" + key + "' is missing in the theme's pdf bundle");
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
