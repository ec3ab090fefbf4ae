package dev.flowdoc.site;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an output is made from, declared beside how it is made: the hash of its parts (each a fingerprint of an input
 * or a value), with flowdoc's own identity, so that another flowdoc never takes this one's entries.
 */
public record Key(String hash) {
    /** Raise when the meaning of an entry changes. */
    private static final int FORMAT = 2;

    public static Key of(Object... parts) {
        MessageDigest sha = sha();
        update(sha, "flowdoc-memo " + FORMAT);
        update(sha, Identity.code());
        for (Object part : parts) {
            update(sha, String.valueOf(part));
        }
        return new Key(HexFormat.of().formatHex(sha.digest()));
    }

    /** The hash of a text: an input's fingerprint, to go into keys. */
    public static String hash(String text) {
        MessageDigest sha = sha();
        update(sha, text);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
