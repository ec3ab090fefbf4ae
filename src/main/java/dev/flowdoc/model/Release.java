package dev.flowdoc.model;

/** A release of the product; {@code date} is ISO yyyy-mm-dd or null. */
public record Release(Version version, String date, Location location) {}
