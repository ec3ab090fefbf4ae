package dev.flowdoc.model;

/** A chapter of the manual the data refers to: a page of content/ and an optional anchor on it. */
public record Chapter(String id, Text title, String page, String anchor, Location location) {}
