package dev.flowdoc.i18n;

/**
 * A change to one text of a data file: a new English text (null: keep it) and the fingerprint to record.
 *
 * @param text the text as read, which knows its file and JSON pointer
 */
public record TextEdit(TextEntry text, String en, String src) {
    /** True when the edit would change nothing in the file. */
    public boolean isNoOp() {
        return (en == null || en.equals(text.en())) && src.equals(text.src());
    }
}
