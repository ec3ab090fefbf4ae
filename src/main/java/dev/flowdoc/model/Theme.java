package dev.flowdoc.model;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A theme as loaded once per build: the words of each language, the page templates (Mustache source by name),
 * the assets copied into the site (css/…, js/…) and the fonts of the PDFs (file name → bytes). Renderers get
 * this object; none of them reads the theme folder.
 */
public record Theme(Map<Language, Messages> messages, Map<String, String> templates, Map<String, byte[]> assets,
                    ThemeFonts declaredFonts, Map<String, byte[]> fonts) {
    /** Where a project's theme lives; its files win over the theme bundled with flowdoc. */
    public static final String DEFAULT = "themes/default";

    public Theme {
        messages = Map.copyOf(messages);
        templates = Map.copyOf(templates);
        assets = java.util.Collections.unmodifiableMap(new TreeMap<>(assets));
        fonts = java.util.Collections.unmodifiableMap(new TreeMap<>(fonts));
    }

    public Messages messages(Language language) {
        return messages.get(language);
    }

    public Optional<String> template(String name) {
        return Optional.ofNullable(templates.get(name));
    }

    public byte[] font(String file) {
        byte[] bytes = fonts.get(file);
        if (bytes == null) {
            throw new IllegalStateException("the theme has no font " + file);
        }
        return bytes;
    }
}
