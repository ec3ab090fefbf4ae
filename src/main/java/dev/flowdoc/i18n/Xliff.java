package dev.flowdoc.i18n;

/** Names of XLIFF 2.0 as flowdoc writes and reads it. */
final class Xliff {
    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    /** The XLIFF 2.0 Metadata module: conformant tools keep it, so the German fingerprint survives a round trip. */
    static final String MDA = "urn:oasis:names:tc:xliff:metadata:2.0";
    static final String VERSION = "2.0";
    static final String SOURCE_LANGUAGE = "de";
    static final String TARGET_LANGUAGE = "en";
    /** The metaGroup category and meta type that carry the fingerprint of the exported German. */
    static final String META_GROUP = "flowdoc";
    static final String META_SRC = "src";
    /** The meta type that carries the fingerprint of the exported English, to tell an edited target from the draft. */
    static final String META_EN = "en";

    private Xliff() {}

    /** The unit id of a text: its id path with '/' written as '_' (an XLIFF id is an NMTOKEN, which has no '/'). */
    static String unitId(String idPath) {
        return idPath.replace('/', '_');
    }

    /** The id path of a unit id (ids and field names never hold '_', so this is exact). */
    static String idPath(String unitId) {
        return unitId.replace('_', '/');
    }
}
