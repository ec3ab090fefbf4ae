package dev.flowdoc.i18n;

import dev.flowdoc.model.Fingerprint;

import dev.flowdoc.model.Location;

/**
 * A unit read from an XLIFF file, its segments joined.
 *
 * @param fingerprint the fingerprint of the exported German from the unit's metadata, or null when a tool dropped it
 * @param exportedEn  the fingerprint of the exported English (the draft target), or null when a tool dropped it
 * @param target      the joined targets, or null when the unit has no target at all
 * @param initial     true while any segment is still in state "initial" (the default when none is given)
 */
record XliffUnit(String id, String fingerprint, String exportedEn, String source, String target, boolean initial,
                 Location location, Location targetLocation) {

    /** The fingerprint of the German the translator saw: the recorded one, else that of the source text. */
    String exportedFingerprint() {
        return fingerprint != null ? fingerprint : Fingerprint.of(source);
    }

    /** The fingerprint of the English draft that was exported; without metadata, that of {@code currentEnglish}. */
    String exportedEnglish(String currentEnglish) {
        return exportedEn != null ? exportedEn : Fingerprint.of(currentEnglish);
    }
}
