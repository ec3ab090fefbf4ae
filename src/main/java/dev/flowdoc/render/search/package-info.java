/**
 * The site search: per language, one script ({@code assets/search-LANG.js}) that holds what the search finds, made
 * from the view's groups and rows, the admin-UI menu paths and the prose of every page. The browser indexes it
 * with MiniSearch (themes/default/js/); no server and no fetch, so it works from file://.
 */
package dev.flowdoc.render.search;
