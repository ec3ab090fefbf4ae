/** What an admin must open, change or close between two releases, as text, CSV and JSON in one language. */
package dev.flowdoc.render.changes;
