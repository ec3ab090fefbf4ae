/**
 * serve: the live preview. It runs the build's stages on every change with a warm Asciidoctor, converts only the
 * pages an edit touched, writes only changed files (atomically), and tells the open page to reload.
 */
package dev.flowdoc.preview;
