package dev.flowdoc.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "did you mean …?" for an unknown id or key. */
public final class Suggest {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggest() {}

    /** A candidate that completes {@code wrong}, else the closest one if it is close enough to be a plausible typo. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        Optional<String> extended = candidates.stream().filter(c -> c.startsWith(wrong))
                .min(Comparator.comparingInt(String::length).thenComparing(c -> c));
        if (extended.isPresent()) {
            return extended;
        }
        return candidates.stream()
                .filter(c -> distance(wrong, c) <= Math.max(2, wrong.length() / 3))
                .min(Comparator.comparingInt((String c) -> distance(wrong, c)).thenComparing(c -> c));
    }

    /** A hint "did you mean 'x'?", or null. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(c -> "did you mean '" + c + "'?").orElse(null);
    }

    /** The hint "did you mean 'x'?", else {@code otherwise}. */
    public static String didYouMean(String wrong, Collection<String> candidates, String otherwise) {
        String hint = didYouMean(wrong, candidates);
        return hint != null ? hint : otherwise;
    }

    private static int distance(String a, String b) {
        return DISTANCE.apply(a, b);
    }
}
