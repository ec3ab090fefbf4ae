package dev.flowdoc.model;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address a customer gives for an endpoint: an IPv4 or IPv6 address, network (CIDR) or range ("10.0.0.1-10.0.0.20",
 * both ends written in full), or a host name (FQDN). {@code text} is the canonical form ("10.0.0.0/24", "2001:db8::1",
 * "10.0.0.1-10.0.0.20", "mail.example.com"); parsing never asks DNS. "any" stands for every address of both families
 * ({@link #parseAll}: 0.0.0.0/0 and ::/0); an IPv4-mapped IPv6 address (::ffff:10.0.0.1) is the IPv4 address it maps,
 * which is what a firewall sees on the wire.
 */
public record NetAddress(Kind kind, String text) {
    public enum Kind { IPV4, IPV6, HOST }

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    /** The word for every address: 0.0.0.0/0 and ::/0. */
    public static final String ANY = "any";

    /** The address, or empty when {@code raw} is none of them or "any" (see {@link #problem}, {@link #parseAll}). */
    public static Optional<NetAddress> parse(String raw) {
        String s = tidy(raw);
        return problem(s) == null && !s.equalsIgnoreCase(ANY) ? Optional.of(of(s)) : Optional.empty();
    }

    /** The addresses {@code raw} stands for: one, or two for "any"; empty when it is none (see {@link #problem}). */
    public static java.util.List<NetAddress> parseAll(String raw) {
        String s = tidy(raw);
        if (s.equalsIgnoreCase(ANY)) {
            return java.util.List.of(new NetAddress(Kind.IPV4, "0.0.0.0/0"), new NetAddress(Kind.IPV6, "::/0"));
        }
        return parse(s).map(java.util.List::of).orElse(java.util.List.of());
    }

    /** "10.0.0.1 - 10.0.0.20" as one range: spaces around a range's dash removed. */
    public static String tidy(String raw) {
        return raw.strip().replaceAll("\\s*[-\u2013]\\s*(?=[0-9A-Fa-f:])", "-").replace('\u2013', '-');
    }

    /** What a customer may write, for messages. */
    public static final String FORMS = "an address (192.0.2.10, 2001:db8::1), a network (10.0.0.0/24), a range "
            + "(10.0.0.1-10.0.0.20), a host name (mail.example.com) or any";

    /** Why {@code raw} is no address (a sentence naming the value and what to write instead), or null when it is one. */
    public static String problem(String raw) {
        String s = tidy(raw);
        if (s.isEmpty()) {
            return "an address is empty";
        }
        if (s.equalsIgnoreCase(ANY)) {
            return null;
        }
        int dash = s.indexOf('-');
        if (dash > 0 && (s.contains(":") || IPV4.matcher(s.substring(0, dash)).matches())) {
            return rangeProblem(s, s.substring(0, dash), s.substring(dash + 1));
        }
        if (s.contains(":") && s.indexOf('/') < 0 && mapped(s) != null) {
            return null;
        }
        int slash = s.indexOf('/');
        if (slash > 0 && IPV4.matcher(s.substring(slash + 1)).matches()) {
            Integer bits = maskBits(s.substring(slash + 1));
            return "'" + s + "' gives a netmask; write the prefix length instead"
                    + (bits == null ? " (10.0.0.0/24)" : " (" + s.substring(0, slash) + "/" + bits + ")");
        }
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
            return "'" + s + "' is not an IPv4 or IPv6 address, a network in CIDR form or a host name; write " + FORMS;
        }
        return null;
    }

    private static String rangeProblem(String whole, String from, String to) {
        byte[] a = from.contains(":") ? v6(from) : v4(from);
        byte[] b = to.contains(":") ? v6(to) : v4(to);
        if (a == null || b == null || a.length != b.length || to.indexOf('-') >= 0 || whole.contains("/")) {
            String hint = IPV4.matcher(from).matches() && to.matches("\\d{1,3}")
                    ? from.substring(0, from.lastIndexOf('.') + 1) + to : null;
            return "'" + whole + "' is no address range; write both ends in full, of one family, lower first ("
                    + (hint == null ? "10.0.0.1-10.0.0.20" : from + "-" + hint) + ")";
        }
        if (new java.math.BigInteger(1, a).compareTo(new java.math.BigInteger(1, b)) > 0) {
            return "'" + whole + "' is a range whose start lies after its end; write the lower address first (" + to + "-" + from + ")";
        }
        return null;
    }

    /** The IPv4 address an IPv4-mapped IPv6 literal (::ffff:10.0.0.1) stands for, else null. */
    private static String mapped(String ip) {
        if (!ip.matches("[0-9A-Fa-f:.]+") || !ip.toLowerCase(Locale.ROOT).contains("ffff")) {
            return null;
        }
        try {
            byte[] bytes = InetAddress.getByName(ip).getAddress();
            return bytes.length == 4 ? (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff) : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static Integer maskBits(String mask) {
        byte[] b = v4(mask);
        if (b == null) {
            return null;
        }
        long bits = ((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
        int n = Long.bitCount(bits);
        return bits == ((0xffffffffL << (32 - n)) & 0xffffffffL) ? n : null;
    }

    /** True for a range ("10.0.0.1-10.0.0.20"). */
    public boolean isRange() {
        return kind != Kind.HOST && text.indexOf('-') > 0;
    }

    /** A range's first address. */
    public String rangeStart() {
        return text.substring(0, text.indexOf('-'));
    }

    /** A range's last address. */
    public String rangeEnd() {
        return text.substring(text.indexOf('-') + 1);
    }

    private static NetAddress of(String s) {
        int dash = s.indexOf('-');
        if (dash > 0 && (s.contains(":") || IPV4.matcher(s.substring(0, dash)).matches())) {
            NetAddress from = of(s.substring(0, dash));
            NetAddress to = of(s.substring(dash + 1));
            return new NetAddress(from.kind(), from.text() + "-" + to.text());
        }
        String v4 = s.contains(":") && !s.contains("/") ? mapped(s) : null;
        if (v4 != null) {
            return of(v4);
        }
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
