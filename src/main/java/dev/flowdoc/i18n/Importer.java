package dev.flowdoc.i18n;

import dev.flowdoc.model.Fingerprint;
import dev.flowdoc.model.Translation;

import dev.flowdoc.model.Inline;
import dev.flowdoc.model.ProjectTexts;
import dev.flowdoc.model.Text;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Imports a translated XLIFF file: every unit is checked against the current data first (known id, the
 * German unchanged since the export, a non-empty target that keeps the references); only when no unit
 * has an error are the translations written, each with the fingerprint of the German it translates.
 *
 * <p>Which units change data: a unit whose target differs from the exported English is applied; a unit
 * with the exported English unchanged is applied only when the translator confirmed it (segment state
 * translated, reviewed or final), which records it as current. A unit still "initial" with its draft
 * unchanged stays pending. If the English in data/ was edited after the export, an edited target is a
 * conflict (error) and an unchanged one is skipped, so an old file never reverts a newer English text.
 */
public final class Importer {
    /** What an import did: the edits (no-ops included), the id paths left pending and those skipped. */
    public record Result(List<TextEdit> edits, List<String> pending, List<String> skipped, int written) {}

    private final TextCatalog catalog;
    private final Problems problems;
    private final List<TextEdit> edits = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    private Importer(TextCatalog catalog, Problems problems) {
        this.catalog = catalog;
        this.problems = problems;
    }

    /** Reads, checks and applies {@code xliff}; with any error in {@code problems} nothing is written. */
    public static Optional<Result> run(TextCatalog catalog, Path xliff, String display, Problems problems) throws IOException {
        Optional<List<XliffUnit>> units = XliffReader.read(xliff, display, problems);
        if (units.isEmpty()) {
            return Optional.empty();
        }
        Importer importer = new Importer(catalog, problems);
        Map<String, XliffUnit> seen = new HashMap<>();
        for (XliffUnit unit : units.get()) {
            if (unit.id() == null) {
                continue;
            }
            XliffUnit first = seen.putIfAbsent(unit.id(), unit);
            if (first != null) {
                problems.error(unit.location(), "unit '" + unit.id() + "' appears twice (first at line "
                        + first.location().line() + ")", "keep one of them");
                continue;
            }
            importer.check(unit).ifPresent(text -> importer.decide(unit, text));
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        int written = DataWriter.write(catalog, importer.edits);
        return Optional.of(new Result(List.copyOf(importer.edits), List.copyOf(importer.pending),
                List.copyOf(importer.skipped), written));
    }

    /** The text a unit translates, when the unit is known, its German unchanged and its target not empty. */
    private Optional<ProjectTexts.Entry> check(XliffUnit unit) {
        String idPath = Xliff.idPath(unit.id());
        Optional<ProjectTexts.Entry> found = catalog.text(idPath);
        if (found.isEmpty()) {
            String hint = Suggest.closest(idPath, catalog.idPaths()).map(c -> "did you mean '" + Xliff.unitId(c) + "'? ")
                    .orElse("");
            problems.error(unit.location(), "unknown unit '" + unit.id() + "': data/ has no text " + idPath,
                    hint + "the entry may have been renamed or removed since the export; export again");
            return Optional.empty();
        }
        Text text = found.get().text();
        String now = Fingerprint.of(text.de());
        if (!Fingerprint.matches(text.de(), unit.exportedFingerprint())) {
            problems.error(unit.location(), "unit '" + unit.id() + "': the German text changed since the export ("
                    + "fingerprint " + unit.exportedFingerprint() + " in the file, " + now + " in " + text.location() + ")",
                    "export again with 'flowdoc i18n export' and translate the new German");
            return Optional.empty();
        }
        if (unit.target() == null || unit.target().isBlank()) {
            problems.error(unit.targetLocation(), "unit '" + unit.id() + "': the target is empty",
                    "write the English translation, or remove the unit from the file");
            return Optional.empty();
        }
        return found;
    }

    private void decide(XliffUnit unit, ProjectTexts.Entry entry) {
        Text text = entry.text();
        String draft = unit.exportedEnglish(text.en());
        boolean edited = !Fingerprint.matches(unit.target(), draft);
        boolean dataChanged = !Fingerprint.matches(text.en(), draft);
        if (edited && dataChanged && !unit.target().equals(text.en())) {
            problems.error(unit.targetLocation(), "unit '" + unit.id() + "': the English in " + text.location()
                    + " was also changed since the export", "compare both translations, put the right one into the"
                    + " file (or into data/ and export again), then import");
        } else if (!edited && unit.initial()) {
            if (Translation.isPending(text)) {
                pending.add(entry.idPath());
            }
        } else if (!edited && dataChanged) {
            skipped.add(entry.idPath());
        } else if (references(unit, text)) {
            edits.add(new TextEdit(entry, unit.target(), Fingerprint.of(text.de())));
        }
    }

    /** The target keeps the German's inline references ({menu:…} and friends), which the site resolves. */
    private boolean references(XliffUnit unit, Text text) {
        String expected = references(text.de());
        String got = references(unit.target());
        if (expected.equals(got)) {
            return true;
        }
        problems.error(unit.targetLocation(), "unit '" + unit.id() + "': the target must keep the references of the"
                + " German [" + expected + "], it has [" + got + "]", "copy each {kind:id} from the source unchanged");
        return false;
    }

    private static String references(String text) {
        return Inline.refs(text).stream().map(r -> "{" + r.kind().key() + ":" + r.id() + "}")
                .sorted().collect(Collectors.joining(", "));
    }
}
