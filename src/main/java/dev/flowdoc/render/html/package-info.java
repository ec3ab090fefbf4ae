/** The HTML site around the converted pages: theme, layout, language switcher, hreflang, sitemap. */
package dev.flowdoc.render.html;
