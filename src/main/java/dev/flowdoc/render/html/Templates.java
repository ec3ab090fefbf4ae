package dev.flowdoc.render.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.model.Theme;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** The theme's Mustache templates, compiled from the loaded theme (never from disk), and its words. */
public final class Templates {
    private final Theme theme;
    private final MustacheFactory mustache;
    private final Map<String, Mustache> compiled = new HashMap<>();

    public Templates(Theme theme) {
        this.theme = theme;
        // partials ({{> name}}) resolve to the theme's templates too
        this.mustache = new DefaultMustacheFactory(name -> theme.template(name.replaceFirst("\\.mustache$", ""))
                .map(StringReader::new).orElse(null));
    }

    public Theme theme() {
        return theme;
    }

    public Messages messages(Language language) {
        return theme.messages(language);
    }

    /** Renders templates/NAME.mustache with the context; {{x}} is escaped, {{{x}}} is not. */
    public String render(String name, Object context) {
        Mustache template;
        synchronized (compiled) {
            template = compiled.computeIfAbsent(name, n -> mustache.compile(n + ".mustache"));
        }
        StringWriter out = new StringWriter();
        template.execute(out, context);
        return out.toString();
    }

    /** The theme's words with dots replaced by underscores, as Mustache reads dots as nesting. */
    public static Map<String, String> forTemplates(Messages messages) {
        Map<String, String> m = new HashMap<>();
        messages.all().forEach((k, v) -> m.put(k.replace('.', '_'), v));
        return m;
    }
}
