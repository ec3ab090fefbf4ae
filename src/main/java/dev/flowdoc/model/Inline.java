package dev.flowdoc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of a text: literal words, or a reference by id written {@code {menu:ID}}, {@code {chapter:ID}},
 * {@code {group:ID}} or {@code {flow:ID}}. Anything else in braces is literal text.
 */
public sealed interface Inline {
    Pattern REFERENCE = Pattern.compile("\\{(menu|chapter|group|flow):([a-z0-9]+(?:[.-][a-z0-9]+)*)}");

    record Literal(String text) implements Inline {}

    record Ref(RefKind kind, String id, int offset) implements Inline {}

    static List<Inline> parse(String text) {
        List<Inline> parts = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Literal(text.substring(last, m.start())));
            }
            parts.add(new Ref(RefKind.parse(m.group(1)), m.group(2), m.start()));
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
