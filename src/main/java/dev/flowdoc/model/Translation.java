package dev.flowdoc.model;


/**
 * The translation state of a model {@link Text}, for renderers and rules: the site shows a "translation
 * pending" badge beside English texts whose state {@link TranslationState#isPending() is pending}.
 */
public final class Translation {
    private Translation() {}

    public static TranslationState state(Text text) {
        return state(text.de(), text.src());
    }

    /** The state of an English text whose German is {@code german} and whose recorded fingerprint is {@code src}. */
    public static TranslationState state(String german, String src) {
        if (src == null || src.isEmpty()) {
            return TranslationState.MISSING;
        }
        return Fingerprint.recordedUnder(german, src).isPresent() ? TranslationState.CURRENT : TranslationState.STALE;
    }

    /**
     * True when the English is current by a fingerprint an earlier flowdoc recorded under an older scheme: it stays
     * current until its German changes; {@code flowdoc i18n mark-current --older-scheme} rewrites it when asked.
     */
    public static boolean recordedUnderOlderScheme(Text text) {
        return Fingerprint.recordedUnder(text.de(), text.src()).map(Fingerprint.Scheme::isOlder).orElse(false);
    }

    public static boolean isStale(Text text) {
        return state(text) == TranslationState.STALE;
    }

    /** True when the English is not known to translate the current German (stale or missing). */
    public static boolean isPending(Text text) {
        return state(text).isPending();
    }
}
