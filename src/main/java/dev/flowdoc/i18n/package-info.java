/**
 * The translation workflow, on the loaded project: fingerprints of the German source, the state of each English
 * text (current, stale, missing), the project's texts in file order ({@link dev.flowdoc.i18n.TextCatalog}, from
 * {@link dev.flowdoc.model.ProjectTexts}), XLIFF 2.0 export and import, marking texts current, and in-place edits of
 * data/*.json that leave every other byte alone: the one step that reads those files again, at the place the
 * loader recorded for each text.
 */
package dev.flowdoc.i18n;
