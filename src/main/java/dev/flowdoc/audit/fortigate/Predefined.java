package dev.flowdoc.audit.fortigate;

import java.util.Map;

/**
 * FortiOS's predefined objects, for an export that names them without defining them ({@code show firewall policy}
 * alone; a full backup defines them under {@code config firewall service custom}, and then the export's definition
 * wins). Only the common ones, written here as FortiOS defines them in a factory configuration; a name that is in
 * neither the export nor this table is unresolved, never guessed.
 */
final class Predefined {
    private Predefined() {}

    /** Service name → its settings as FortiOS writes them ("tcp-portrange" → "443"). */
    static final Map<String, Map<String, String>> SERVICES = Map.ofEntries(
            Map.entry("ALL", Map.of("protocol", "IP", "protocol-number", "0")),
            Map.entry("ALL_TCP", Map.of("tcp-portrange", "1-65535")),
            Map.entry("ALL_UDP", Map.of("udp-portrange", "1-65535")),
            Map.entry("ALL_ICMP", Map.of("protocol", "ICMP")),
            Map.entry("ALL_ICMP6", Map.of("protocol", "ICMP6")),
            Map.entry("GRE", Map.of("protocol", "IP", "protocol-number", "47")),
            Map.entry("ESP", Map.of("protocol", "IP", "protocol-number", "50")),
            Map.entry("AH", Map.of("protocol", "IP", "protocol-number", "51")),
            Map.entry("PING", Map.of("protocol", "ICMP", "icmptype", "8")),
            Map.entry("PING6", Map.of("protocol", "ICMP6", "icmptype", "128")),
            Map.entry("DNS", Map.of("tcp-portrange", "53", "udp-portrange", "53")),
            Map.entry("HTTP", Map.of("tcp-portrange", "80")),
            Map.entry("HTTPS", Map.of("tcp-portrange", "443")),
            Map.entry("SSH", Map.of("tcp-portrange", "22")),
            Map.entry("TELNET", Map.of("tcp-portrange", "23")),
            Map.entry("FTP", Map.of("tcp-portrange", "21")),
            Map.entry("SMTP", Map.of("tcp-portrange", "25")),
            Map.entry("SMTPS", Map.of("tcp-portrange", "465")),
            Map.entry("POP3", Map.of("tcp-portrange", "110")),
            Map.entry("POP3S", Map.of("tcp-portrange", "995")),
            Map.entry("IMAP", Map.of("tcp-portrange", "143")),
            Map.entry("IMAPS", Map.of("tcp-portrange", "993")),
            Map.entry("NTP", Map.of("tcp-portrange", "123", "udp-portrange", "123")),
            Map.entry("SNMP", Map.of("tcp-portrange", "161-162", "udp-portrange", "161-162")),
            Map.entry("SYSLOG", Map.of("udp-portrange", "514")),
            Map.entry("LDAP", Map.of("tcp-portrange", "389")),
            Map.entry("LDAP_UDP", Map.of("udp-portrange", "389")),
            Map.entry("KERBEROS", Map.of("tcp-portrange", "88 464", "udp-portrange", "88 464")),
            Map.entry("SMB", Map.of("tcp-portrange", "445")),
            Map.entry("SAMBA", Map.of("tcp-portrange", "139")),
            Map.entry("RDP", Map.of("tcp-portrange", "3389")),
            Map.entry("MYSQL", Map.of("tcp-portrange", "3306")),
            Map.entry("MS-SQL", Map.of("tcp-portrange", "1433 1434")),
            Map.entry("DHCP", Map.of("udp-portrange", "67-68")),
            Map.entry("TRACEROUTE", Map.of("udp-portrange", "33434-33535")),
            Map.entry("IKE", Map.of("udp-portrange", "500 4500")));

    /** Address names every FortiOS has: "all" is every address of its family, "none" none. */
    static boolean isAll(String name) {
        return name.equals("all");
    }

    static boolean isNone(String name) {
        return name.equals("none");
    }
}
