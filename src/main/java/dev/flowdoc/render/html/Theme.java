package dev.flowdoc.render.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import dev.flowdoc.model.Language;
import dev.flowdoc.render.Messages;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * A theme folder: templates/ (Mustache), css/ and js/ (copied to the site's assets), i18n/ (the words).
 * Templates are compiled once per build.
 */
public final class Theme {
    public static final String DEFAULT = "themes/default";

    private final Path dir;
    private final MustacheFactory mustache;
    private final Map<Language, Messages> messages = new EnumMap<>(Language.class);

    private Theme(Path dir) {
        this.dir = dir;
        this.mustache = new DefaultMustacheFactory(dir.resolve("templates").toFile());
        for (Language language : Language.values()) {
            messages.put(language, Messages.load(dir, language));
        }
    }

    /** The project's default theme. */
    public static Theme of(Path projectRoot) {
        Path dir = projectRoot.resolve(DEFAULT);
        if (!Files.isDirectory(dir.resolve("templates"))) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(
                    "the project has no theme: " + dir + " with templates/, css/, js/ and i18n/ is needed"));
        }
        return new Theme(dir);
    }

    public Path dir() {
        return dir;
    }

    public Messages messages(Language language) {
        return messages.get(language);
    }

    public Map<Language, Messages> messages() {
        return Map.copyOf(messages);
    }

    /** Renders templates/NAME.mustache with the context; {{x}} is escaped, {{{x}}} is not. */
    public String render(String name, Object context) {
        Mustache template = mustache.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        template.execute(out, context);
        return out.toString();
    }

    /** The theme's words with dots replaced by underscores, as Mustache reads dots as nesting. */
    public static Map<String, String> forTemplates(Messages messages) {
        Map<String, String> m = new java.util.HashMap<>();
        messages.all().forEach((k, v) -> m.put(k.replace('.', '_'), v));
        return m;
    }
}
