package dev.flowdoc.view;

/**
 * An endpoint as a flow's row names it: {@code name} is what the reader sees (the host as written, else the label
 * in the view's language), {@code host} the host (null for a role), {@code zone} the id of its zone, {@code any}: it
 * stands for every address.
 */
public record EndpointName(String id, String name, String host, String zone, boolean any) {}
