package dev.flowdoc.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What flowdoc's macros gave Asciidoctor while it converted one page: the only way data reaches a page body. Each
 * call is kept with its target, the text the writer gave and its output. A block that is HTML written in Java goes
 * into the conversion as a placeholder comment and is put in afterwards: a zone diagram into the prose
 * ({@link Recorded#prose}), a flow table, in its final form, after the prose has been post-processed
 * ({@link Recorded#join}), so that megabytes of table never pass through JRuby or jsoup. So a page converted before
 * can be reused after a data edit without Asciidoctor: when every call, made again with the new data, gives the same
 * output ({@link PageMacros#replay}), the body is the old conversion with the new tables and diagrams put in —
 * exactly what a conversion would give.
 */
public final class MacroCalls {
    /** Unknown to writers, so that no page can contain a placeholder of its own. */
    private final String nonce = UUID.randomUUID().toString();
    private List<Call> calls;
    private boolean reusable;

    /** Where a call's output goes: into the document, into the prose after conversion, into the finished body. */
    public enum Splice { NONE, PROSE, BODY }

    /** One call of a macro; {@code text}: what the writer gave (or the page attribute the output depends on). */
    public record Call(String macro, String target, String text, String output, Splice splice) {
        /** True when the output is HTML put in after conversion (it may change without converting again). */
        public boolean spliced() {
            return splice != Splice.NONE;
        }
    }

    /** A page's conversion with its placeholders (named by {@code nonce}) and the calls that made it. */
    public record Recorded(String nonce, String converted, List<Call> calls, boolean reusable) {
        public Recorded {
            calls = List.copyOf(calls);
        }

        /** The prose: the conversion with each diagram in place, the flow tables still placeholders. */
        public String prose() {
            Matcher m = Pattern.compile(Pattern.quote(placeholder(nonce, "")) + "(\\d+)-->").matcher(converted);
            StringBuilder out = new StringBuilder(converted.length());
            while (m.find()) {
                Call call = calls.get(Integer.parseInt(m.group(1)));
                m.appendReplacement(out, Matcher.quoteReplacement(call.splice() == Splice.PROSE ? call.output() : m.group()));
            }
            return m.appendTail(out).toString();
        }

        /**
         * {@code prose} (or the same after post-processing, which keeps comments as they are) with each flow table in
         * place of its placeholder; empty if a placeholder is not there exactly once.
         */
        public Optional<String> join(String prose) {
            StringBuilder out = new StringBuilder(prose.length()
                    + calls.stream().mapToInt(c -> c.splice() == Splice.BODY ? c.output().length() : 0).sum());
            int from = 0;
            for (int i = 0; i < calls.size(); i++) {
                if (calls.get(i).splice() != Splice.BODY) {
                    continue;
                }
                String placeholder = placeholder(nonce, i + "-->");
                int at = prose.indexOf(placeholder, from);
                if (at < 0) {
                    return Optional.empty();
                }
                out.append(prose, from, at).append(calls.get(i).output());
                from = at + placeholder.length();
            }
            if (prose.indexOf(placeholder(nonce, ""), from) >= 0) {
                return Optional.empty();
            }
            return Optional.of(out.append(prose, from, prose.length()).toString());
        }

        /** The page body without post-processing. */
        public String body() {
            return join(prose()).orElseThrow();
        }

        /** The same conversion with other outputs of the same calls (the same macros, made again with new data). */
        public Recorded withCalls(List<Call> again) {
            return new Recorded(nonce, converted, again, reusable);
        }
    }

    private static String placeholder(String nonce, String rest) {
        return "<!--flowdoc-" + nonce + "-" + rest;
    }

    void start() {
        calls = new ArrayList<>();
        reusable = true;
    }

    Recorded stop(String converted) {
        Recorded recorded = new Recorded(nonce, converted, calls == null ? List.of() : calls, reusable);
        calls = null;
        return recorded;
    }

    /** Records a call whose output went into the document as it is. */
    void record(String macro, String target, String text, String output) {
        if (calls != null) {
            calls.add(new Call(macro, target, text, output, Splice.NONE));
        }
    }

    /** Records a call whose HTML goes into the prose after conversion; returns the placeholder to put in its place. */
    String splice(String macro, String target, String html) {
        return put(macro, target, null, html, Splice.PROSE);
    }

    /** Records a call whose HTML, in its final form, goes into the finished body; returns the placeholder. */
    String keep(String macro, String target, String text, String html) {
        return put(macro, target, text, html, Splice.BODY);
    }

    private String put(String macro, String target, String text, String html, Splice splice) {
        if (calls == null) {
            return splice == Splice.PROSE ? html : "";
        }
        calls.add(new Call(macro, target, text, html, splice));
        return placeholder(nonce, (calls.size() - 1) + "-->");
    }

    /** A call whose effect on the document cannot be made again without Asciidoctor: the page is converted next time. */
    void notReusable() {
        reusable = false;
    }
}
