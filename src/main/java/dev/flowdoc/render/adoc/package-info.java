/**
 * The AsciiDoc sources made from the view: the generated, reusable AsciiDoc of every page ({@link
 * dev.flowdoc.render.adoc.PageExpander}), the sources the block macros put into a page (changes per release, menu
 * paths, endpoints, profiles) and the one registry of flowdoc's macro names ({@link dev.flowdoc.render.adoc.Macros}).
 * {@link dev.flowdoc.render.adoc.AdocText} is the one place where words of the view become AsciiDoc.
 */
package dev.flowdoc.render.adoc;
