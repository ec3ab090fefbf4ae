package dev.flowdoc.view;

/**
 * A zone as every output names it, in the view's language: {@code label} the project's label or the bundle's
 * ({@code zone.ID}), {@code meaning} what it stands for (empty for a declared zone without). {@code declared}: the
 * project's data/zones.json declares it.
 */
public record ZoneName(String id, String label, String meaning, boolean internet, boolean appliance, boolean declared) {}
