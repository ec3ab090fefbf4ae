package dev.flowdoc.audit.vendor;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Networks as firewalls write them, as the network they match: "10.0.0.5 255.255.255.0", "10.0.0.5/24" and
 * "2001:db8::5/64" match 10.0.0.0/24 and 2001:db8::/64 (the host bits a firewall keeps do not narrow the match).
 * The result is text for {@link dev.flowdoc.model.NetAddress#parse}; null when the text is no network.
 */
public final class Networks {
    private Networks() {}

    /** "10.0.0.5 255.255.255.0" or "10.0.0.0/24" as the network it matches ("10.0.0.0/24"); null when it is none. */
    public static String v4(List<String> subnet) {
        if (subnet.isEmpty()) {
            return "0.0.0.0/0";
        }
        String ip = subnet.get(0);
        Integer bits;
        if (subnet.size() >= 2) {
            bits = maskBits(subnet.get(1));
        } else if (ip.contains("/")) {
            String[] parts = ip.split("/", 2);
            ip = parts[0];
            bits = parts[1].contains(".") ? maskBits(parts[1]) : parseInt(parts[1]);
        } else {
            bits = 32;
        }
        if (bits == null || bits < 0 || bits > 32) {
            return null;
        }
        return network(ip, bits, 4);
    }

    public static String v6(String prefix) {
        String[] parts = prefix.split("/", 2);
        Integer bits = parts.length == 2 ? parseInt(parts[1]) : Integer.valueOf(128);
        return bits == null || bits < 0 || bits > 128 ? null : network(parts[0], bits, 16);
    }

    /** The network address of {@code ip} with the host bits cleared, as "address/bits" ("address" for a host). */
    private static String network(String ip, int bits, int length) {
        if (!ip.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        try {
            byte[] bytes = InetAddress.getByName(ip).getAddress();
            if (bytes.length != length) {
                return null;
            }
            BigInteger value = new BigInteger(1, bytes);
            BigInteger mask = BigInteger.ONE.shiftLeft(length * 8).subtract(BigInteger.ONE)
                    .xor(BigInteger.ONE.shiftLeft(length * 8 - bits).subtract(BigInteger.ONE));
            byte[] raw = value.and(mask).toByteArray();
            byte[] out = new byte[length];
            System.arraycopy(raw, Math.max(0, raw.length - length), out, Math.max(0, length - raw.length), Math.min(length, raw.length));
            String text = InetAddress.getByAddress(out).getHostAddress();
            return bits == length * 8 ? text : text + "/" + bits;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static Integer maskBits(String mask) {
        String[] parts = mask.split("\\.");
        if (parts.length != 4) {
            return null;
        }
        long bits = 0;
        for (String part : parts) {
            Integer b = parseInt(part);
            if (b == null || b > 255) {
                return null;
            }
            bits = (bits << 8) | b;
        }
        int n = Long.bitCount(bits);
        return bits == ((0xffffffffL << (32 - n)) & 0xffffffffL) ? n : null;
    }

    private static Integer parseInt(String s) {
        return s.matches("\\d{1,9}") ? Integer.valueOf(s) : null;
    }

}
