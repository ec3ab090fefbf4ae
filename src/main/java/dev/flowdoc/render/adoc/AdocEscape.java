package dev.flowdoc.render.adoc;

/**
 * Turns text from the data into AsciiDoc inline source that shows exactly that text. The text goes into a
 * {@code pass:c[…]} macro: Asciidoctor extracts passthroughs before any other substitution, so markup
 * ({@code *}, {@code {attr}}, {@code +++}, {@code pass:[]}, macros) stays text and only &lt;, &gt; and &amp;
 * are escaped for HTML. Line breaks become spaces, so that no line of data can start a directive
 * ({@code include::}) or a block delimiter ({@code |===}).
 */
public final class AdocEscape {
    /** Characters and sequences no AsciiDoc substitution touches; such text is written as it is, for readable source. */
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[\\p{L}\\p{N} ,;/()?!%›→–.:-]*");
    private static final java.util.regex.Pattern REPLACED = java.util.regex.Pattern.compile("--|\\.\\.|//|->|\\((?:C|R|TM)\\)");

    /** A line break with the blanks around it. */
    private static final java.util.regex.Pattern BREAK = java.util.regex.Pattern.compile("\\s*\\R\\s*");

    private AdocEscape() {}

    public static String literal(String text) {
        String s = hasBreak(text) ? BREAK.matcher(text).replaceAll(" ") : text;
        if (PLAIN.matcher(s).matches() && !REPLACED.matcher(s).find()) {
            return s;
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\\') {
            end--;
        }
        // a backslash right before the closing bracket would escape it; trailing ones go outside the macro
        String core = s.substring(0, end).replace("]", "\\]");
        String tail = "{backslash}".repeat(s.length() - end);
        return (core.isEmpty() ? "" : "pass:c[" + core + "]") + tail;
    }

    /** Whether {@code text} holds a character {@code \R} matches (most texts hold none: no regex for them). */
    private static boolean hasBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** A writer's link text as the text of flowdoc's inline macros ({@code flow:ID[Text]}): brackets escaped. */
    public static String macroText(String text) {
        String s = hasBreak(text) ? BREAK.matcher(text).replaceAll(" ") : text;
        return s.strip().replace("]", "\\]");
    }

    /** Escapes the table cell separator for cell text written into {@code |===} table source. */
    public static String cell(String inlineSource) {
        return inlineSource.replace("|", "\\|");
    }
}
