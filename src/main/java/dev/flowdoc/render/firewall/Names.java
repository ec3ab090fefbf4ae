package dev.flowdoc.render.firewall;

import dev.flowdoc.model.NetAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * Stable object names derived from ids and addresses, within a format's length limit: a name that is too long
 * keeps its start and ends in six hex digits of its CRC-32, so it stays unique and the same on every run.
 */
final class Names {
    static final String PREFIX = "fd-";

    private Names() {}

    /** "fd-10.0.0.0_24", "fd-2001-db8--1", "fd-update.seppmail.ch"; "fd-any4", "fd-any6" for every address. */
    static String address(NetAddress address, int max) {
        if (address.text().equals("0.0.0.0/0") || address.text().equals("::/0")) {
            return PREFIX + (address.kind() == NetAddress.Kind.IPV4 ? "any4" : "any6");
        }
        return limit(PREFIX + address.text().replace('/', '_').replace(':', '-'), max);
    }

    static String service(Service service, int max) {
        return limit(PREFIX + service.name(), max);
    }

    static String limit(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        String hash = crc(name);
        return name.substring(0, max - hash.length() - 1) + "-" + hash;
    }

    private static String crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits(crc.getValue()).substring(10);
    }

    /** A text for a quoted comment: one line, no double quotes or backslashes, at most {@code max} characters. */
    static String comment(String text, int max) {
        String one = text.replaceAll("\\s+", " ").replace('"', '\'').replace('\\', '/').strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
