package dev.flowdoc.render.adoc;

import dev.flowdoc.model.Translation;
import dev.flowdoc.model.Inline;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.model.Text;
import dev.flowdoc.model.Messages;
import dev.flowdoc.view.Cell;
import dev.flowdoc.view.Line;
import dev.flowdoc.view.Part;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AsciiDoc inline source for texts of the data and of the theme: literal parts escaped, references written
 * by the {@link RefSyntax} in use. The only place where data text becomes AsciiDoc.
 */
public final class AdocText {
    /** A hard line break inside a table cell. */
    public static final String BREAK = " +\n";
    /** A new paragraph inside a table cell. */
    public static final String PARAGRAPH = "\n\n";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private final Messages messages;
    private final RefSyntax refs;

    public AdocText(Messages messages, RefSyntax refs) {
        this.messages = messages;
        this.refs = refs;
    }

    public Language language() {
        return messages.language();
    }

    public Messages messages() {
        return messages;
    }

    public String text(Text text) {
        StringBuilder out = new StringBuilder();
        for (Inline part : text.inline(language())) {
            if (part instanceof Inline.Literal l) {
                out.append(AdocEscape.literal(l.text()));
            } else if (part instanceof Inline.Ref r) {
                out.append(refs.write(r.kind(), r.id(), r.text()));
            }
        }
        if (language() != Language.SOURCE && Translation.isPending(text)) {
            // shown, not hidden: the reader sees the English and that it may lag behind the German
            out.append(" [.translation-pending]#").append(message("translation.pending")).append('#');
        }
        return out.toString();
    }

    /** A cell of the view: lines joined by hard line breaks, paragraphs by a blank line. */
    public String cell(Cell cell) {
        StringBuilder out = new StringBuilder();
        for (Line line : cell.lines()) {
            if (out.length() > 0) {
                out.append(line.paragraph() ? PARAGRAPH : BREAK);
            }
            out.append(parts(line.parts()));
        }
        return out.toString();
    }

    /** Inline parts of the view as AsciiDoc: words escaped, references as links, annotations and notes styled. */
    public String parts(java.util.List<Part> parts) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Part.Text t) {
                out.append(AdocEscape.literal(t.text()));
            } else if (part instanceof Part.Ref r) {
                out.append(refs.write(r.kind(), r.id(), r.own()));
            } else if (part instanceof Part.Annotations a) {
                out.append("[.annotation]#").append(AdocEscape.literal(a.text())).append('#');
            } else if (part instanceof Part.Note n) {
                out.append("[.note-label]#").append(AdocEscape.literal(n.label())).append(":# ").append(parts(n.parts()));
            } else if (part instanceof Part.Pending p) {
                out.append(" [.translation-pending]#").append(AdocEscape.literal(p.text())).append('#');
            }
        }
        return out.toString();
    }

    public String literal(String plain) {
        return AdocEscape.literal(plain);
    }

    public String ref(RefKind kind, String id) {
        return refs.write(kind, id);
    }

    /** A theme message whose {0}, {1} … are AsciiDoc already; the message's own words are escaped. */
    public String message(String key, String... adocArgs) {
        String template = messages.get(key);
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            out.append(AdocEscape.literal(template.substring(last, m.start())));
            int index = Integer.parseInt(m.group(1));
            out.append(index < adocArgs.length ? adocArgs[index] : "");
            last = m.end();
        }
        return out.append(AdocEscape.literal(template.substring(last))).toString();
    }
}
