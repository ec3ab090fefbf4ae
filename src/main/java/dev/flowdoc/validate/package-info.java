/**
 * Checks a loaded project and reports every problem with file, line and column. One rule per class, named for
 * what it checks ({@code IdsUnique}, {@code ReferencesResolve}, {@code TextsNotBlank}, {@code TranslationsCurrent},
 * …); {@link dev.flowdoc.validate.Validator} runs the rules for data/, {@link dev.flowdoc.validate.ContentValidator}
 * those for content/.
 */
package dev.flowdoc.validate;
