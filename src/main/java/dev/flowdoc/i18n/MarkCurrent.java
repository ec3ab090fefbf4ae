package dev.flowdoc.i18n;

import dev.flowdoc.model.Fingerprint;
import dev.flowdoc.model.Translation;

import dev.flowdoc.model.Location;
import dev.flowdoc.model.ProjectTexts;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records that English texts translate their current German ("mark current"): after a writer reviewed
 * them, or once for a project whose translations were never recorded. The English is left as it is.
 */
public final class MarkCurrent {
    private MarkCurrent() {}

    /** Edits that mark every text of the catalogue current. */
    public static List<TextEdit> all(TextCatalog catalog) {
        return catalog.texts().map(MarkCurrent::edit).toList();
    }

    /**
     * Edits that rewrite the fingerprints an earlier flowdoc recorded under an older scheme to the current one. Only
     * texts that are current are touched (a stale or missing one stays as it is), so nothing becomes current here.
     */
    public static List<TextEdit> olderScheme(TextCatalog catalog) {
        return catalog.texts().filter(t -> Translation.recordedUnderOlderScheme(t.text())).map(MarkCurrent::edit).toList();
    }

    /**
     * Edits that mark the texts with these id paths (or XLIFF unit ids); unknown ones are errors, with
     * a "did you mean" hint.
     */
    public static Optional<List<TextEdit>> selected(TextCatalog catalog, List<String> ids, Problems problems) {
        List<TextEdit> edits = new ArrayList<>();
        for (String id : ids) {
            String idPath = Xliff.idPath(id);
            Optional<ProjectTexts.Entry> text = catalog.text(idPath);
            if (text.isPresent()) {
                edits.add(edit(text.get()));
            } else {
                String hint = Suggest.didYouMean(idPath, catalog.idPaths());
                problems.error(Location.of("--id " + id), "no text has the id path '" + idPath + "'",
                        (hint == null ? "" : hint + " ") + "'flowdoc i18n status --all' lists every id path");
            }
        }
        return problems.hasErrors() ? Optional.empty() : Optional.of(edits);
    }

    private static TextEdit edit(ProjectTexts.Entry text) {
        return new TextEdit(text, null, Fingerprint.of(text.text().de()));
    }
}
