package dev.flowdoc.i18n;

import dev.flowdoc.model.ProjectTexts;

/**
 * A change to one text of a data file: a new English text (null: keep it) and the fingerprint to record.
 *
 * @param text the text as loaded, which knows its id path and where it stands in its file
 */
public record TextEdit(ProjectTexts.Entry text, String en, String src) {
    /** The English the text has after the edit. */
    public String newEnglish() {
        return en != null ? en : text.text().en();
    }

    /** True when the edit would change nothing in the file. */
    public boolean isNoOp() {
        return (en == null || en.equals(text.text().en())) && src.equals(text.text().src());
    }
}
