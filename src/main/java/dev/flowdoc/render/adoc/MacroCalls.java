package dev.flowdoc.render.adoc;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What flowdoc's macros gave Asciidoctor while it converted one page: the only way data reaches a page body.
 * Each call is kept with its target, the text the writer gave and its output; a block that is HTML written in Java
 * (flow table, zone diagram) goes into the body as a placeholder and is put in afterwards ({@link Recorded#body}).
 * So a page converted before can be reused after a data edit without Asciidoctor: when every call, made again with
 * the new data, gives the same output ({@link PageConverter#reuse}), the body is the old conversion with the new
 * tables and diagrams put in — exactly what a conversion would give.
 */
public final class MacroCalls {
    /** Unknown to writers, so that no page can contain a placeholder of its own. */
    private final String nonce = UUID.randomUUID().toString();
    private final Pattern placeholder = Pattern.compile("<!--flowdoc-" + nonce + "-(\\d+)-->");
    private List<Call> calls;
    private boolean reusable;

    /** One call of a macro: {@code spliced} when its output is HTML put into the body after conversion. */
    public record Call(String macro, String target, String text, String output, boolean spliced) {}

    /** A page's conversion with its placeholders and the calls that made it. */
    public record Recorded(String converted, List<Call> calls, boolean reusable, MacroCalls by) {
        public Recorded {
            calls = List.copyOf(calls);
        }

        /** The page body: the conversion with the HTML of each spliced call in place of its placeholder. */
        public String body() {
            return by.splice(converted, calls);
        }
    }

    void start() {
        calls = new ArrayList<>();
        reusable = true;
    }

    Recorded stop(String converted) {
        Recorded recorded = new Recorded(converted, calls == null ? List.of() : calls, reusable, this);
        calls = null;
        return recorded;
    }

    /** True while a page is converted to HTML (not while one is loaded for its structure). */
    boolean recording() {
        return calls != null;
    }

    /** Records a call whose output went into the document as it is. */
    void record(String macro, String target, String text, String output) {
        if (calls != null) {
            calls.add(new Call(macro, target, text, output, false));
        }
    }

    /** Records a call whose HTML goes in after conversion; returns the placeholder to put in the document instead. */
    String splice(String macro, String target, String html) {
        if (calls == null) {
            return html;
        }
        calls.add(new Call(macro, target, null, html, true));
        return "<!--flowdoc-" + nonce + "-" + (calls.size() - 1) + "-->";
    }

    /** A call whose effect on the document cannot be made again without Asciidoctor: the page is converted next time. */
    void notReusable() {
        reusable = false;
    }

    private String splice(String converted, List<Call> outputs) {
        Matcher m = placeholder.matcher(converted);
        StringBuilder out = new StringBuilder(converted.length() + outputs.stream().mapToInt(c -> c.output().length()).sum());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(outputs.get(Integer.parseInt(m.group(1))).output()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The recorded conversion with other outputs of the same calls (the same macros, made again with new data). */
    static Recorded withOutputs(Recorded recorded, List<Call> outputs) {
        return new Recorded(recorded.converted(), outputs, recorded.reusable(), recorded.by());
    }
}
