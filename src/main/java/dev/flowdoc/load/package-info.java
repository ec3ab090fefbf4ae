/**
 * The load stage, the only one that reads the project: data/*.json, content/ and the theme (words, templates,
 * assets, fonts; {@link dev.flowdoc.load.ThemeLoader}) into the model, recording where every node came from
 * (every text keeps the line and column of its object and of its English); the build date and the data's
 * fingerprint, resolved once. Syntax and schema errors name the entry they lie in ({@code EntryNames}).
 */
package dev.flowdoc.load;
