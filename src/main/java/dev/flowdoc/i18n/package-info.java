/**
 * The translation workflow: fingerprints of the German source, the state of each English text
 * (current, stale, missing), the catalogue of texts by stable id path, XLIFF 2.0 export and import,
 * and in-place edits of data/*.json that leave every other byte alone.
 */
package dev.flowdoc.i18n;
