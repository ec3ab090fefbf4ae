package dev.flowdoc.model;

/**
 * A deployment option ("mail via smarthost", "cluster") that decides which flows a customer needs.
 * {@code requires} is what a profile selecting it must select too ({@link Condition#ALWAYS}: nothing).
 */
public record Option(String id, Text label, Condition requires, Location location) {}
