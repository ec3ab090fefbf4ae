package dev.flowdoc.model;

/**
 * How an English text relates to its German source.
 *
 * <p>The schema requires an English text beside every German one, so "missing" means that no
 * translation has been recorded: the text has no {@code "src"} fingerprint (a writer added the German
 * with a draft or copied English). Only an import or {@code flowdoc i18n mark-current} records one.
 */
public enum TranslationState {
    /** {@code src} is the fingerprint of the current German: the English translates it. */
    CURRENT,
    /** {@code src} is the fingerprint of an older German: the English needs another look. */
    STALE,
    /** No {@code src}: the English was never recorded as a translation of this German. */
    MISSING;

    /** True for the states a translator still has to work on. */
    public boolean isPending() {
        return this != CURRENT;
    }

    /** The XLIFF 2.0 segment state for an exported text. */
    public String xliffState() {
        return this == CURRENT ? "final" : "initial";
    }

    /** Lower-case name for messages and reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
