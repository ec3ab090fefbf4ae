/**
 * Machine-readable exports from the view: flows.json (both languages), flows.csv per language, and the changes
 * between two releases as text, CSV or JSON ({@code flowdoc changes}).
 */
package dev.flowdoc.render.export;
