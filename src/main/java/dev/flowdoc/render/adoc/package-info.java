/** AsciidoctorJ extensions that put the data into prose pages, and the generated, reusable AsciiDoc. */
package dev.flowdoc.render.adoc;
