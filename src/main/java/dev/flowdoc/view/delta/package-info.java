/**
 * Release deltas: what changes between two releases (the flows to open, change or close before an upgrade) as
 * entries ({@link dev.flowdoc.view.delta.Delta}), and the one view of it every output renders
 * ({@link dev.flowdoc.view.delta.DeltaView}: rows in words and the views of the flows on each side).
 */
package dev.flowdoc.view.delta;
