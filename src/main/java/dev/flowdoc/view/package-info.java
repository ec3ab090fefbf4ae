/**
 * The view: the documentation as the reader sees it, per language and release (and per profile or upgrade
 * delta where an output needs it): groups, rows, cells of typed inline parts, every word from the theme.
 * Computed once per build; every output renders from it and decides only how it looks.
 */
package dev.flowdoc.view;
