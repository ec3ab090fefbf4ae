/**
 * Release deltas: what changes between two releases (the flows to open, change or close before an upgrade), as
 * entries, as rows in words ({@link dev.flowdoc.view.delta.DeltaRow}) and as views of the upgrade checklist
 * ({@link dev.flowdoc.view.delta.UpgradeView}).
 */
package dev.flowdoc.view.delta;
