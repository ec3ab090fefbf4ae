/** What changes between two releases: the flows an admin must open, close or change before an upgrade. */
package dev.flowdoc.changes;
