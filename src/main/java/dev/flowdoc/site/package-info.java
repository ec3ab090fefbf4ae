/**
 * The one machine that makes the site for build, serve and {@code mvn site} ({@link dev.flowdoc.site.Build#run}):
 * load and validate ({@link dev.flowdoc.site.Loader}), view, render ({@link dev.flowdoc.site.SiteRenderer}: every
 * output with its key beside how it is made), write (staged and swapped in by build, only changed files by serve:
 * {@link dev.flowdoc.site.Sink}); the memo of outputs ({@link dev.flowdoc.site.Memo}) and file safety.
 */
package dev.flowdoc.site;
