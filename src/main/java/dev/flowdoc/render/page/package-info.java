/**
 * What a converted prose page says, read from Asciidoctor's document after flowdoc's extensions ran, as records
 * that any renderer can draw ({@link dev.flowdoc.render.page.Prose}): the manual PDF draws the page from them.
 */
package dev.flowdoc.render.page;
