package dev.flowdoc.audit.policy;

/**
 * Where a rule (or chain) comes from, for the report: the file as the user named it, 1-based line and column (0 when
 * unknown), {@code name} as the admin knows the rule ("policy 1000001 \"fd-mail-in\"", "rule fd-smtp", "chain inet
 * flowdoc forward, handle 12") and {@code text}: the rule as written in the configuration, one line, short enough
 * to quote.
 */
public record Origin(String file, int line, int column, String name, String text) {
    public Origin {
        text = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** "file:line:col" (or "file" without a line). */
    public String where() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    @Override
    public String toString() {
        return where() + " " + name;
    }
}
