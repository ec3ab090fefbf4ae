package dev.flowdoc.audit.nftables;

import java.util.Map;

/** Service names nft may print instead of a port number (without -n): the common ones of /etc/services. */
final class Ports {
    static final Map<String, Integer> NAMES = Map.ofEntries(Map.entry("ftp", 21), Map.entry("ssh", 22),
            Map.entry("telnet", 23), Map.entry("smtp", 25), Map.entry("domain", 53), Map.entry("http", 80),
            Map.entry("pop3", 110), Map.entry("ntp", 123), Map.entry("imap", 143), Map.entry("imap2", 143),
            Map.entry("snmp", 161), Map.entry("ldap", 389), Map.entry("https", 443), Map.entry("submissions", 465),
            Map.entry("syslog", 514), Map.entry("submission", 587), Map.entry("ldaps", 636), Map.entry("imaps", 993),
            Map.entry("pop3s", 995), Map.entry("ms-wbt-server", 3389), Map.entry("nrpe", 5666));

    private Ports() {}

    /** The port a name or number stands for, or -1. */
    static int of(String text) {
        if (text.matches("\\d{1,5}")) {
            int n = Integer.parseInt(text);
            return n <= 65535 ? n : -1;
        }
        return NAMES.getOrDefault(text, -1);
    }
}
