package dev.flowdoc.i18n;

import dev.flowdoc.model.Translation;
import dev.flowdoc.model.TranslationState;

import dev.flowdoc.model.ProjectTexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many texts are current, missing and stale, per data file and in total. */
public final class TranslationStatus {
    /** Counts of one file, or of all. */
    public record Counts(int current, int missing, int stale) {
        public int pending() {
            return missing + stale;
        }

        public int total() {
            return current + missing + stale;
        }

        Counts plus(TranslationState state) {
            return switch (state) {
                case CURRENT -> new Counts(current + 1, missing, stale);
                case MISSING -> new Counts(current, missing + 1, stale);
                case STALE -> new Counts(current, missing, stale + 1);
            };
        }

        Counts plus(Counts o) {
            return new Counts(current + o.current, missing + o.missing, stale + o.stale);
        }
    }

    private final Map<String, Counts> perFile;
    private final List<ProjectTexts.Entry> pending;
    private final List<ProjectTexts.Entry> olderScheme;

    private TranslationStatus(Map<String, Counts> perFile, List<ProjectTexts.Entry> pending, List<ProjectTexts.Entry> olderScheme) {
        this.perFile = perFile;
        this.pending = pending;
        this.olderScheme = olderScheme;
    }

    public static TranslationStatus of(TextCatalog catalog) {
        Map<String, Counts> perFile = new LinkedHashMap<>();
        List<ProjectTexts.Entry> pending = new ArrayList<>();
        List<ProjectTexts.Entry> older = new ArrayList<>();
        for (TextCatalog.SourceFile file : catalog.files()) {
            Counts c = new Counts(0, 0, 0);
            for (ProjectTexts.Entry t : file.texts()) {
                TranslationState state = Translation.state(t.text());
                c = c.plus(state);
                if (state.isPending()) {
                    pending.add(t);
                } else if (Translation.recordedUnderOlderScheme(t.text())) {
                    older.add(t);
                }
            }
            if (c.total() > 0) {
                perFile.put(file.file(), c);
            }
        }
        return new TranslationStatus(Map.copyOf(perFile), List.copyOf(pending), List.copyOf(older));
    }

    /** Counts per data file that holds texts, in file order. */
    public Map<String, Counts> perFile() {
        Map<String, Counts> sorted = new LinkedHashMap<>();
        perFile.keySet().stream().sorted().forEach(k -> sorted.put(k, perFile.get(k)));
        return sorted;
    }

    public Counts total() {
        return perFile.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    /** The missing and stale texts, in file order. */
    public List<ProjectTexts.Entry> pending() {
        return pending;
    }

    /**
     * The current texts whose fingerprint an earlier flowdoc recorded under an older scheme, in file order: accepted as
     * they are; {@code flowdoc i18n mark-current --older-scheme} rewrites them.
     */
    public List<ProjectTexts.Entry> olderScheme() {
        return olderScheme;
    }

    /** A table: file, current, missing, stale; the last line the total. */
    public String table() {
        int width = perFile.keySet().stream().mapToInt(String::length).max().orElse(4);
        width = Math.max(width, "total".length());
        String format = "%-" + width + "s  %7s  %7s  %5s%n";
        StringBuilder b = new StringBuilder(String.format(format, "file", "current", "missing", "stale"));
        perFile().forEach((file, c) -> b.append(String.format(format, file, c.current(), c.missing(), c.stale())));
        Counts t = total();
        b.append(String.format(format, "total", t.current(), t.missing(), t.stale()));
        return b.toString();
    }
}
