package dev.flowdoc.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The fingerprint of a German source text, stored as {@code "src"} beside the English that translates it.
 *
 * <p>Definition: the German text is normalised to Unicode NFC (so that "ä" typed as one code point or as
 * "a" + combining diaeresis gives the same value), encoded as UTF-8, hashed with SHA-256; the fingerprint
 * is the first 4 bytes of the digest as 8 lower-case hex digits. Before hashing, the id inside every reference
 * {@code {kind:id}} (kind menu, chapter, group or flow) is dropped, leaving {@code {kind:}}: renaming an id in both
 * languages keeps the English current (that both name the same references is checked on its own). Nothing else is
 * normalised: a changed space, letter or punctuation mark changes the fingerprint, and the English counts as stale.
 * 32 bits are plenty to notice that one text changed; they are not meant to identify texts.
 *
 * <p>Versioned: the rule above is {@link Scheme#CURRENT}; a fingerprint recorded by an earlier flowdoc was made with
 * an earlier {@link Scheme} and is still accepted ({@link #recordedUnder}), so that updating flowdoc never makes a
 * translation stale. Only {@code flowdoc i18n mark-current --older-scheme} rewrites such fingerprints, when asked.
 */
public final class Fingerprint {
    /** What a stored fingerprint looks like (the same pattern as data/schema/common.schema.json). */
    public static final Pattern FORM = Pattern.compile("[0-9a-f]{8}");

    /**
     * Fingerprints computed, by German text: every build asks for each text's several times (validation, each view, the
     * search index), and serve for the same texts on every save. Emptied when it holds this many, so that a long
     * session's edits cannot make it grow without bound.
     */
    private static final int KEPT = 100_000;
    private static final Map<String, String> COMPUTED = new ConcurrentHashMap<>();

    /** The ways flowdoc has made fingerprints, oldest first; a stored fingerprint made with any of them is accepted. */
    public enum Scheme {
        /** Round 1 (flowdoc before 2026-11-30): the whole German text, ids inside references included. */
        WITH_REFERENCE_IDS("1"),
        /** Since round 2: the ids inside {@code {kind:id}} dropped before hashing. */
        WITHOUT_REFERENCE_IDS("2");

        /** The scheme {@link Fingerprint#of} uses and mark-current and import record. */
        public static final Scheme CURRENT = WITHOUT_REFERENCE_IDS;

        private final String label;

        Scheme(String label) {
            this.label = label;
        }

        /** "1", "2": for messages and reports. */
        public String label() {
            return label;
        }

        public boolean isOlder() {
            return this != CURRENT;
        }
    }

    private Fingerprint() {}

    /**
     * The scheme under which {@code src} is the fingerprint of {@code german}, the current scheme first; empty when it
     * is none's (the German changed since {@code src} was recorded, or nothing was recorded).
     */
    public static java.util.Optional<Scheme> recordedUnder(String german, String src) {
        if (src == null || src.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (src.equals(of(german))) {
            return java.util.Optional.of(Scheme.CURRENT);
        }
        for (Scheme s : Scheme.values()) {
            if (s.isOlder() && src.equals(of(german, s))) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    /** True when {@code fingerprint} is that of {@code text} under any scheme (an XLIFF file from an earlier flowdoc too). */
    public static boolean matches(String text, String fingerprint) {
        return recordedUnder(text, fingerprint).isPresent();
    }

    /** The fingerprint of {@code german} as {@code scheme} makes it (older schemes are not memoised: asked only for texts that do not match the current one). */
    public static String of(String german, Scheme scheme) {
        return scheme == Scheme.CURRENT ? of(german) : hash(Normalizer.normalize(german, Normalizer.Form.NFC));
    }

    /** The fingerprint under the {@link Scheme#CURRENT current scheme}. */
    public static String of(String german) {
        String known = COMPUTED.get(german);
        if (known != null) {
            return known;
        }
        if (COMPUTED.size() >= KEPT) {
            COMPUTED.clear();
        }
        String computed = compute(german);
        COMPUTED.put(german, computed);
        return computed;
    }

    private static String compute(String german) {
        String nfc = Normalizer.normalize(german, Normalizer.Form.NFC);
        if (nfc.indexOf('{') >= 0) {
            // the id is not the translator's concern, a link text is: {flow:x} hashes as {flow:}, {flow:x|Text} as {flow:|Text}
            nfc = Inline.REFERENCE.matcher(nfc).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    "{" + m.group(1) + ":" + (m.group(3) == null ? "" : "|" + m.group(3)) + "}"));
        }
        return hash(nfc);
    }

    private static String hash(String nfc) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(nfc.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
