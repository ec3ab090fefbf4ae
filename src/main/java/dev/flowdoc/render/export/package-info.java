/** Machine-readable exports of the flows: flows.json (both languages) and flows.csv per language. */
package dev.flowdoc.render.export;
