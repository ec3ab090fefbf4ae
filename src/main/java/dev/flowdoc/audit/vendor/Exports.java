package dev.flowdoc.audit.vendor;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What kind of firewall export a text looks like, from a few marker lines: so a reader given another vendor's export
 * answers "this is a PAN-OS set-format configuration; give --format panos" instead of a parse error on line 1. Cheap
 * and conservative: a text that shows none of the markers is "not recognised", never guessed.
 */
public final class Exports {
    /** The kinds told apart; {@code format} is the {@code --format} key that reads it, null when flowdoc reads none. */
    public enum Kind {
        NFTABLES_JSON("nftables", "the JSON of 'nft -j list ruleset'"),
        NFTABLES_TEXT("nftables", "an nftables ruleset ('nft list ruleset')"),
        FORTIGATE("fortigate", "a FortiGate CLI configuration ('config … / edit … / set … / next / end')"),
        PANOS_SET("panos", "a PAN-OS set-format configuration ('set address …', 'set rulebase security rules …')"),
        PANOS_XML(null, "a PAN-OS configuration in XML"),
        PANOS_BRACES(null, "a PAN-OS configuration in its default (braces) output format"),
        IPTABLES(null, "an iptables-save dump");

        private final String format;
        private final String description;

        Kind(String format, String description) {
            this.format = format;
            this.description = description;
        }

        /** The {@code --format} that reads this kind, or null. */
        public String format() {
            return format;
        }

        public String description() {
            return description;
        }
    }

    private static final Pattern NFT_TEXT = Pattern.compile(
            "(?m)^\\s*(#!\\S*nft\\b|flush ruleset\\b|(add |create )?table (ip|ip6|inet|arp|bridge|netdev) \\S+|add (rule|chain) (ip|ip6|inet|arp|bridge|netdev) )");
    private static final Pattern FORTIGATE = Pattern.compile(
            "(?m)^(#config-version=|\\s*config (firewall|system|vdom|global|router|user|vpn|log|antivirus|webfilter)\\b)");
    private static final Pattern PANOS_SET = Pattern.compile(
            "(?m)^\\s*(set|delete) ((vsys|device-group|template) \\S+ |shared )?(address|address-group|service|service-group|rulebase|"
                    + "pre-rulebase|post-rulebase|zone|deviceconfig|network|mgt-config|application|application-group|tag|profiles)\\b");
    private static final Pattern PANOS_XML = Pattern.compile("(?s)^\\s*(<\\?xml[^>]*>\\s*)?<(config|response)\\b.*<(devices|rulebase|entry)\\b");
    private static final Pattern PANOS_BRACES = Pattern.compile("(?s)^\\s*config \\{\\s*\\n.*\\b(devices|shared|mgt-config) \\{");
    private static final Pattern IPTABLES = Pattern.compile("(?m)^\\*(filter|nat|mangle|raw)\\s*$[\\s\\S]*^(:[A-Z]+ |-A )");

    private Exports() {}

    /** The kind {@code text} looks like, or empty when it shows none of the markers. */
    public static Optional<Kind> kindOf(String text) {
        String head = text.length() > 200_000 ? text.substring(0, 200_000) : text;
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("{") && head.contains("\"nftables\"")) {
            return Optional.of(Kind.NFTABLES_JSON);
        }
        if (PANOS_XML.matcher(head).find()) {
            return Optional.of(Kind.PANOS_XML);
        }
        if (PANOS_BRACES.matcher(head).find()) {
            return Optional.of(Kind.PANOS_BRACES);
        }
        if (FORTIGATE.matcher(head).find()) {
            return Optional.of(Kind.FORTIGATE);
        }
        if (PANOS_SET.matcher(head).find()) {
            return Optional.of(Kind.PANOS_SET);
        }
        if (NFT_TEXT.matcher(head).find()) {
            return Optional.of(Kind.NFTABLES_TEXT);
        }
        if (IPTABLES.matcher(head).find()) {
            return Optional.of(Kind.IPTABLES);
        }
        return Optional.empty();
    }

    /**
     * The sentence a reader of {@code format} answers a text of another kind with, or empty when the text is not
     * recognisably another vendor's (then the reader parses it and reports the first place it breaks).
     */
    public static Optional<String> otherVendor(String text, String format) {
        return kindOf(text).filter(k -> !format.equals(k.format())).map(k -> "this is " + k.description() + ", not "
                + expected(format));
    }

    /** The hint for {@link #otherVendor}: which --format reads it. */
    public static String hint(String text) {
        return kindOf(text).map(k -> switch (k) {
            case PANOS_XML, PANOS_BRACES -> "flowdoc reads PAN-OS in set format: run 'set cli config-output-format set', then 'show', and give that "
                    + "output with --format panos";
            case IPTABLES -> "flowdoc reads nftables: load the rules with iptables-nft (or translate them with "
                    + "'iptables-restore-translate'), then give 'nft list ruleset' with --format nftables";
            default -> "give it with --format " + k.format();
        }).orElse(null);
    }

    private static String expected(String format) {
        return switch (format) {
            case "fortigate" -> "a FortiGate CLI configuration";
            case "panos" -> "a PAN-OS set-format configuration";
            default -> "an nftables ruleset";
        };
    }
}
