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

    private AdocEscape() {}

    public static String literal(String text) {
        String s = text.replaceAll("\\s*\\R\\s*", " ");
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

    /** Escapes the table cell separator for cell text written into {@code |===} table source. */
    public static String cell(String inlineSource) {
        return inlineSource.replace("|", "\\|");
    }
}
