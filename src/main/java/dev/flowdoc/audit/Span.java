package dev.flowdoc.audit;

import dev.flowdoc.model.NetAddress;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A contiguous block of addresses of one family ({@code v6} false: IPv4), {@code low} to {@code high} as numbers, or a
 * host name ({@code host} non-null; flowdoc never resolves names: a name matches the same name or every address of a
 * family). The evaluator cuts the addresses of flows and rules into spans on every boundary any rule has, so every
 * address of one span meets the same verdict.
 */
record Span(boolean v6, BigInteger low, BigInteger high, String host) {
    private static final BigInteger V4_MAX = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
    private static final BigInteger V6_MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    static Span of(NetAddress a) {
        if (a.kind() == NetAddress.Kind.HOST) {
            return new Span(false, null, null, a.text());
        }
        boolean v6 = a.kind() == NetAddress.Kind.IPV6;
        if (a.isRange()) {
            return new Span(v6, number(a.rangeStart()), number(a.rangeEnd()), null);
        }
        int bits = v6 ? 128 : 32;
        BigInteger base = number(a.ip());
        BigInteger size = BigInteger.ONE.shiftLeft(bits - a.prefixLength());
        return new Span(v6, base, base.add(size).subtract(BigInteger.ONE), null);
    }

    static Span all(boolean v6) {
        return new Span(v6, BigInteger.ZERO, v6 ? V6_MAX : V4_MAX, null);
    }

    boolean isHost() {
        return host != null;
    }

    boolean isAll() {
        return !isHost() && low.signum() == 0 && high.equals(v6 ? V6_MAX : V4_MAX);
    }

    boolean sameFamily(Span other) {
        return isHost() || other.isHost() || v6 == other.v6;
    }

    /** True when every address of {@code other} lies in this span (a name: the same name, or this is a whole family). */
    boolean covers(Span other) {
        if (other.isHost()) {
            return isHost() ? host.equals(other.host) : isAll();
        }
        return !isHost() && v6 == other.v6 && low.compareTo(other.low) <= 0 && other.high.compareTo(high) <= 0;
    }

    boolean overlaps(Span other) {
        if (isHost() || other.isHost()) {
            return covers(other) || other.covers(this);
        }
        return v6 == other.v6 && low.compareTo(other.high) <= 0 && other.low.compareTo(high) <= 0;
    }

    /** This span cut on every start and end of {@code cuts} that falls inside it; a name stays whole. */
    List<Span> cut(List<Span> cuts) {
        if (isHost()) {
            return List.of(this);
        }
        TreeSet<BigInteger> starts = new TreeSet<>();
        starts.add(low);
        for (Span c : cuts) {
            if (c.isHost() || c.v6 != v6) {
                continue;
            }
            if (c.low.compareTo(low) > 0 && c.low.compareTo(high) <= 0) {
                starts.add(c.low);
            }
            BigInteger after = c.high.add(BigInteger.ONE);
            if (after.compareTo(low) > 0 && after.compareTo(high) <= 0) {
                starts.add(after);
            }
        }
        List<Span> out = new ArrayList<>();
        List<BigInteger> list = new ArrayList<>(starts);
        for (int i = 0; i < list.size(); i++) {
            BigInteger end = i + 1 < list.size() ? list.get(i + 1).subtract(BigInteger.ONE) : high;
            out.add(new Span(v6, list.get(i), end, null));
        }
        return out;
    }

    /** "10.0.0.1", "10.0.0.0/24", "10.0.0.5-10.0.0.9", "2001:db8::/64", "mail.example.com". */
    String text() {
        if (isHost()) {
            return host;
        }
        if (isAll()) {
            return v6 ? "::/0" : "0.0.0.0/0";
        }
        if (low.equals(high)) {
            return address(low);
        }
        BigInteger size = high.subtract(low).add(BigInteger.ONE);
        if (size.bitCount() == 1 && low.mod(size).signum() == 0) {
            return address(low) + "/" + ((v6 ? 128 : 32) - (size.bitLength() - 1));
        }
        return address(low) + "-" + address(high);
    }

    private String address(BigInteger n) {
        int length = v6 ? 16 : 4;
        byte[] raw = n.toByteArray();
        byte[] bytes = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, bytes, length - copy, copy);
        try {
            return NetAddress.parse(InetAddress.getByAddress(bytes).getHostAddress()).orElseThrow().text();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger number(String ip) {
        try {
            return new BigInteger(1, InetAddress.getByName(ip).getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + ip, e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Span s && v6 == s.v6 && Objects.equals(low, s.low) && Objects.equals(high, s.high)
                && Objects.equals(host, s.host);
    }

    @Override
    public int hashCode() {
        return Objects.hash(v6, low, high, host);
    }
}
