package dev.flowdoc.audit.policy;

/**
 * Where a rule (or chain) comes from, for the report: the file as the user named it, 1-based line and column (0 when
 * unknown), {@code name} as the admin knows the rule ("policy 1000001 \"fd-mail-in\"", "rule fd-smtp", "chain inet
 * flowdoc forward, handle 12") and {@code text}: the rule as written in the configuration, one line, short enough
 * to quote. {@code implicit}: a rule the vendor's software adds on its own, which the export does not write out line by
 * line (PAN-OS's {@code intrazone-default} allow); the admin did not write it, and the report says so.
 */
public record Origin(String file, int line, int column, String name, String text, boolean implicit) {
    public Origin {
        text = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** A rule or chain the configuration writes. */
    public Origin(String file, int line, int column, String name, String text) {
        this(file, line, column, name, text, false);
    }

    /** A vendor's default rule the export does not write out. */
    public static Origin vendorDefault(String file, String name, String text) {
        return new Origin(file, 0, 0, name, text, true);
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
