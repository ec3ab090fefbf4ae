package dev.flowdoc.view.delta;

/** One flow to open, close or change, by the ids of its group and itself. */
public record DeltaEntry(Action action, String groupId, String flowId) {}
