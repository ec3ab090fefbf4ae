package dev.flowdoc.view;

import java.util.Locale;

/**
 * One annotation of a flow or group, in the language's words: "neu in 13.0.0", "optional", "entfällt ab 13.1.0",
 * "verpflichtend ab 15.5.1" (a {@code REQUIREMENT_AS_OF}: the requirement changed in that release).
 */
public record Annotation(Kind kind, String version, String words) {
    public enum Kind {
        NEW_IN, CHANGED_IN, REMOVED_IN, REQUIREMENT, REQUIREMENT_AS_OF, PROXY;

        /** "new-in", "changed-in", …: the CSS class and the JSON key. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
