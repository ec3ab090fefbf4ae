/** The HTML site around the converted pages: templates of the loaded theme, layout, language switcher, hreflang, sitemap. */
package dev.flowdoc.render.html;
