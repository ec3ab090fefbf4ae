/** Diagnostics every layer reports with: a problem at a position, its severity, and "did you mean …?". */
package dev.flowdoc.diag;
