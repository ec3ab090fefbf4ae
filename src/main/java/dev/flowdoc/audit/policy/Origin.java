package dev.flowdoc.audit.policy;

/**
 * Where a rule (or chain) comes from, for the report: the file as the user named it, 1-based line and column (0 when
 * unknown), {@code name} as the admin knows the rule ("policy 1000001 \"fd-mail-in\"", "rule fd-smtp", "chain inet
 * flowdoc forward, handle 12") and {@code text}: the rule as written in the configuration, one line, short enough
 * to quote. {@code kind}: what decides ({@link Kind}). {@code said}: when flowdoc, not the configuration, names the
 * rule (a chain's policy, the vendor's implicit rules, no chain on a hook), its words in no language yet
 * ({@code audit.origin.*}); the report says them instead of {@code name}; null for a rule the configuration writes.
 */
public record Origin(String file, int line, int column, String name, String text, Kind kind, Said said) {
    /** What an origin is. */
    public enum Kind {
        /** A rule (or chain) the configuration writes. */
        RULE,
        /**
         * What decides the traffic no rule decides: a base chain's policy, the vendor's final verdict (FortiOS's
         * implicit deny, PAN-OS's interzone-default), or no chain on a hook at all. When it accepts, it accepts
         * everything no rule stops.
         */
        POLICY,
        /**
         * A rule the vendor's software adds on its own, which the export does not write out line by line (PAN-OS's
         * {@code intrazone-default} allow); the admin did not write it, and the report says so.
         */
        VENDOR_DEFAULT
    }

    public Origin {
        text = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** A rule or chain the configuration writes. */
    public Origin(String file, int line, int column, String name, String text) {
        this(file, line, column, name, text, Kind.RULE, null);
    }

    /** A vendor's default rule the export does not write out, in flowdoc's words. */
    public static Origin vendorDefault(String file, String name, Said said) {
        return new Origin(file, 0, 0, name, "", Kind.VENDOR_DEFAULT, said);
    }

    /** What decides the traffic no rule decides, at {@code line:column} (0 when the export writes it nowhere). */
    public static Origin policy(String file, int line, int column, String name, String text, Said said) {
        return new Origin(file, line, column, name, text, Kind.POLICY, said);
    }

    /** A rule the vendor's software adds on its own. */
    public boolean implicit() {
        return kind == Kind.VENDOR_DEFAULT;
    }

    /** A chain's policy or the vendor's final verdict: when it accepts, it accepts whatever no rule stops. */
    public boolean isPolicy() {
        return kind == Kind.POLICY;
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
