/** Checks a loaded project and reports every problem with file, line and column. */
package dev.flowdoc.validate;
