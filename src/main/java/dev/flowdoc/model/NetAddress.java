package dev.flowdoc.model;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address a customer gives for an endpoint: an IPv4 or IPv6 address or network (CIDR), or a host name (FQDN).
 * {@code text} is the canonical form ("10.0.0.0/24", "2001:db8::1", "mail.example.com"); parsing never asks DNS.
 */
public record NetAddress(Kind kind, String text) {
    public enum Kind { IPV4, IPV6, HOST }

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    /** The address, or empty when {@code raw} is none of the three (see {@link #problem}). */
    public static Optional<NetAddress> parse(String raw) {
        return problem(raw) == null ? Optional.of(of(raw.strip())) : Optional.empty();
    }

    /** Why {@code raw} is no address (a sentence), or null when it is one. */
    public static String problem(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return "an address is empty";
        }
        int slash = s.indexOf('/');
        String ip = slash < 0 ? s : s.substring(0, slash);
        if (ip.contains(":")) {
            byte[] bytes = v6(ip);
            if (bytes == null) {
                return "'" + s + "' is not an IPv6 address";
            }
            return slash < 0 ? null : prefix(s, s.substring(slash + 1), bytes, 128);
        }
        if (IPV4.matcher(ip).matches()) {
            byte[] bytes = v4(ip);
            if (bytes == null) {
                return "'" + s + "' is not an IPv4 address (each part is a number from 0 to 255)";
            }
            return slash < 0 ? null : prefix(s, s.substring(slash + 1), bytes, 32);
        }
        if (slash >= 0 || !isHostName(s)) {
            return "'" + s + "' is not an IPv4 or IPv6 address, a network in CIDR form or a host name";
        }
        return null;
    }

    private static NetAddress of(String s) {
        String ip = s.contains("/") ? s.substring(0, s.indexOf('/')) : s;
        if (ip.contains(":")) {
            String canonical = canonicalV6(v6(ip));
            return new NetAddress(Kind.IPV6, s.contains("/") ? canonical + s.substring(s.indexOf('/')) : canonical);
        }
        if (IPV4.matcher(ip).matches()) {
            return new NetAddress(Kind.IPV4, s.replaceAll("(?<![\\d])0+(\\d)", "$1"));
        }
        return new NetAddress(Kind.HOST, s.toLowerCase(Locale.ROOT));
    }

    /** "10.0.0.5" for a single host, as written for a network. */
    public boolean isNetwork() {
        return text.contains("/");
    }

    /** The address without its prefix length. */
    public String ip() {
        return isNetwork() ? text.substring(0, text.indexOf('/')) : text;
    }

    /** The prefix length: given, or 32 / 128 for a single address. */
    public int prefixLength() {
        return isNetwork() ? Integer.parseInt(text.substring(text.indexOf('/') + 1)) : kind == Kind.IPV4 ? 32 : 128;
    }

    private static String prefix(String whole, String length, byte[] address, int max) {
        if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > max) {
            return "'" + whole + "' has no valid prefix length (0 to " + max + " after the '/')";
        }
        int bits = Integer.parseInt(length);
        for (int i = bits; i < address.length * 8; i++) {
            if ((address[i / 8] & (0x80 >> (i % 8))) != 0) {
                return "'" + whole + "' has bits set beyond its prefix /" + bits
                        + "; write the network address or the single address without the prefix";
            }
        }
        return null;
    }

    private static byte[] v4(String ip) {
        var m = IPV4.matcher(ip);
        if (!m.matches()) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            int n = Integer.parseInt(m.group(i + 1));
            if (n > 255) {
                return null;
            }
            out[i] = (byte) n;
        }
        return out;
    }

    /** An IPv6 literal's bytes; Java parses a string with ':' as a literal only, never through DNS. */
    private static byte[] v6(String ip) {
        if (!ip.matches("[0-9A-Fa-f:.]+") || ip.startsWith("[")) {
            return null;
        }
        try {
            byte[] bytes = InetAddress.getByName(ip).getAddress();
            return bytes.length == 16 ? bytes : null; // an IPv4-mapped literal comes back as 4 bytes
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** RFC 5952: lower case, longest run of zero groups (two or more) as "::". */
    private static String canonicalV6(byte[] b) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLen - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(g[i]));
        }
        return out.toString();
    }

    private static boolean isHostName(String s) {
        String host = s.toLowerCase(Locale.ROOT);
        if (host.length() > 253 || !host.contains(".") || host.endsWith(".")) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return !labels[labels.length - 1].matches("\\d+"); // "10.0.0.300" is a mistyped address, not a name
    }
}
