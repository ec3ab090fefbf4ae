package dev.flowdoc.model;

/** An option id as the data writes it (in a condition or a profile), and where. */
public record OptionRef(String id, Location location) {}
