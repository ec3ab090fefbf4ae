/** The command line: thin picocli commands over the pipeline, with named exit codes. */
package dev.flowdoc.cli;
