/**
 * The pipeline every site-writing command runs, one stage a line in {@link dev.flowdoc.site.Build#run}: load and
 * validate ({@link dev.flowdoc.site.Loader}), view ({@link dev.flowdoc.view.Documentation}), render
 * ({@link dev.flowdoc.site.SiteRenderer}, files in memory) and write (staged, swapped in on success). The preview
 * runs the same stages and writes only the files that changed.
 */
package dev.flowdoc.site;
