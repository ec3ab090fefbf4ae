package dev.flowdoc.i18n;

import dev.flowdoc.model.Inline;
import dev.flowdoc.validate.Problems;
import dev.flowdoc.validate.Suggest;
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
 * <p>A unit is applied when the translator confirmed it (segment state translated, reviewed or final)
 * or changed its target; a unit still "initial" with the exported draft unchanged stays pending.
 */
public final class Importer {
    /** What an import did (or, with errors, would have done). */
    public record Result(List<TextEdit> edits, List<String> pending, int written) {}

    private Importer() {}

    /** Reads, checks and applies {@code xliff}; with any error in {@code problems} nothing is written. */
    public static Optional<Result> run(TextCatalog catalog, Path xliff, String display, Problems problems) throws IOException {
        Optional<List<XliffUnit>> units = XliffReader.read(xliff, display, problems);
        if (units.isEmpty()) {
            return Optional.empty();
        }
        List<TextEdit> edits = new ArrayList<>();
        List<String> pending = new ArrayList<>();
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
            check(catalog, unit, problems).ifPresent(text -> {
                if (unit.initial() && unit.target().equals(text.en())) {
                    pending.add(text.idPath());
                } else {
                    edits.add(new TextEdit(text, unit.target(), Fingerprint.of(text.de())));
                }
            });
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        int written = DataWriter.write(catalog, edits);
        return Optional.of(new Result(List.copyOf(edits), List.copyOf(pending), written));
    }

    /** The text a unit translates, when the unit can be imported; otherwise its problems are reported. */
    private static Optional<TextEntry> check(TextCatalog catalog, XliffUnit unit, Problems problems) {
        String idPath = TextEntry.idPath(unit.id());
        Optional<TextEntry> found = catalog.text(idPath);
        if (found.isEmpty()) {
            String hint = Suggest.closest(idPath, catalog.idPaths()).map(c -> "did you mean '" + TextEntry.unitId(c) + "'? ")
                    .orElse("");
            problems.error(unit.location(), "unknown unit '" + unit.id() + "': data/ has no text " + idPath,
                    hint + "the entry may have been renamed or removed since the export; export again");
            return Optional.empty();
        }
        TextEntry text = found.get();
        boolean ok = true;
        String now = Fingerprint.of(text.de());
        if (!unit.exportedFingerprint().equals(now)) {
            problems.error(unit.location(), "unit '" + unit.id() + "': the German text changed since the export ("
                    + "fingerprint " + unit.exportedFingerprint() + " in the file, " + now + " in " + text.location() + ")",
                    "export again with 'flowdoc i18n export' and translate the new German");
            ok = false;
        }
        if (unit.target() == null || unit.target().isBlank()) {
            problems.error(unit.targetLocation(), "unit '" + unit.id() + "': the target is empty",
                    "write the English translation, or remove the unit from the file");
            return Optional.empty();
        }
        String expected = references(text.de());
        String got = references(unit.target());
        if (!expected.equals(got)) {
            problems.error(unit.targetLocation(), "unit '" + unit.id() + "': the target must keep the references of the"
                    + " German [" + expected + "], it has [" + got + "]", "copy each {kind:id} from the source unchanged");
            ok = false;
        }
        return ok ? found : Optional.empty();
    }

    private static String references(String text) {
        return Inline.refs(text).stream().map(r -> "{" + r.kind().key() + ":" + r.id() + "}")
                .sorted().collect(Collectors.joining(", "));
    }
}
