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
        return src.equals(Fingerprint.of(german)) ? TranslationState.CURRENT : TranslationState.STALE;
    }

    public static boolean isStale(Text text) {
        return state(text) == TranslationState.STALE;
    }

    /** True when the English is not known to translate the current German (stale or missing). */
    public static boolean isPending(Text text) {
        return state(text).isPending();
    }
}
