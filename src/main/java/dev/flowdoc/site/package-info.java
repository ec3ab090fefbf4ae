/** The build: orders the stages (load, validate, render) and writes the output atomically. */
package dev.flowdoc.site;
