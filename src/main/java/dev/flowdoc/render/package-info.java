/** What every output shares: the theme's words per language and plain-text labels of referenced things. */
package dev.flowdoc.render;
