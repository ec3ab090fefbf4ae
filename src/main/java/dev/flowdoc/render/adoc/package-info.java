/**
 * AsciiDoc from the view: AsciidoctorJ extensions that put the data into prose pages (flow tables, references, menu
 * paths, the changes per release, endpoints, profiles) and the generated, reusable AsciiDoc of every page.
 * {@link dev.flowdoc.render.adoc.AdocText} is the one place where words of the view become AsciiDoc.
 */
package dev.flowdoc.render.adoc;
