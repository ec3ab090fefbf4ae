package dev.flowdoc.model;

/** The flow may go through a proxy server instead; {@code menu} names where it is set (may be null). */
public record Proxy(String menu, boolean inDescription, Location location) {}
