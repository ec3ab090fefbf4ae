package dev.flowdoc.i18n;

import dev.flowdoc.model.Fingerprint;

import dev.flowdoc.model.Location;
import dev.flowdoc.model.ProjectTexts;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records that English texts translate their current German ("mark current"): after a writer reviewed
 * them, or once for data written before fingerprints existed. The English is left as it is.
 */
public final class MarkCurrent {
    private MarkCurrent() {}

    /** Edits that mark every text of the catalogue current. */
    public static List<TextEdit> all(TextCatalog catalog) {
        return catalog.texts().map(MarkCurrent::edit).toList();
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
