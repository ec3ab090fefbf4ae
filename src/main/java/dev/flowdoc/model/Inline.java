package dev.flowdoc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of a text: literal words, or a reference by id written {@code {menu:ID}}, {@code {chapter:ID}},
 * {@code {group:ID}} or {@code {flow:ID}}, each optionally with its link text: {@code {flow:ID|Text}} shows "Text"
 * instead of the name of what it points to (the text is translated, the reference is not). Anything else in braces
 * is literal text.
 */
public sealed interface Inline {
    Pattern REFERENCE = Pattern.compile("\\{(menu|chapter|group|flow):([a-z0-9]+(?:[.-][a-z0-9]+)*)(?:\\|([^{}|]*[^{}|\\s][^{}|]*))?}");

    record Literal(String text) implements Inline {}

    /** {@code text}: the writer's link text, null to show the name of what the reference points to. */
    record Ref(RefKind kind, String id, int offset, String text) implements Inline {
        public Ref(RefKind kind, String id, int offset) {
            this(kind, id, offset, null);
        }
    }

    static List<Inline> parse(String text) {
        List<Inline> parts = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Literal(text.substring(last, m.start())));
            }
            parts.add(new Ref(RefKind.parse(m.group(1)), m.group(2), m.start(), m.group(3) == null ? null : m.group(3).strip()));
            last = m.end();
        }
        if (last < text.length()) {
            parts.add(new Literal(text.substring(last)));
        }
        return List.copyOf(parts);
    }

    static List<Ref> refs(String text) {
        return parse(text).stream().filter(Ref.class::isInstance).map(Ref.class::cast).toList();
    }
}
