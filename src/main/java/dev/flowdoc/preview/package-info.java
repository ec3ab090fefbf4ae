/**
 * serve: the live preview. It watches the project, hands the changed inputs to the build machine (the same one
 * {@code build} runs, with its memo in memory), serves the folder and tells the open page to reload.
 */
package dev.flowdoc.preview;
