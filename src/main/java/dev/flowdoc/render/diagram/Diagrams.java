package dev.flowdoc.render.diagram;

import dev.flowdoc.view.DocView;
import dev.flowdoc.view.delta.DeltaView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The diagrams of a build: made from views, laid out once and shared by every output that shows them (the page's
 * SVG and the manual PDF draw the same drawing; a profile that selects every flow shares the main view's). A graph
 * is a value, so equal graphs are laid out once. Thread-safe: the checklists render on a worker while the pages
 * convert.
 */
public final class Diagrams {
    private final Map<DiagramGraph, java.util.concurrent.CompletableFuture<Drawing>> laidOut = new HashMap<>();
    /** The graphs asked for since {@link #forgetUnused()} was last called. */
    private final java.util.Set<DiagramGraph> used = new java.util.HashSet<>();

    /** The drawings of every flow of the view: one, or one per group (zone pair) when there are too many. */
    public List<Drawing> of(DocView view) {
        return DiagramModelBuilder.of(view).stream().map(this::layout).toList();
    }

    /** The drawings of an upgrade: what to open or change and what to close, highlighted. */
    public List<Drawing> of(DeltaView upgrade) {
        return DiagramModelBuilder.of(upgrade).stream().map(this::layout).toList();
    }

    /** Each graph is laid out by the first thread that asks; another asking meanwhile waits for that layout. */
    private Drawing layout(DiagramGraph graph) {
        java.util.concurrent.CompletableFuture<Drawing> future;
        boolean mine = false;
        synchronized (laidOut) {
            used.add(graph);
            future = laidOut.get(graph);
            if (future == null) {
                future = new java.util.concurrent.CompletableFuture<>();
                laidOut.put(graph, future);
                mine = true;
            }
        }
        if (mine) {
            try {
                future.complete(graph.nodes().isEmpty() ? empty(graph) : DiagramLayout.layout(graph));
            } catch (RuntimeException | Error e) {
                synchronized (laidOut) {
                    laidOut.remove(graph, future);
                }
                future.completeExceptionally(e);
                throw e;
            }
        }
        return future.join();
    }

    /**
     * Forgets the layouts no one asked for since the last call: the preview keeps one instance across rebuilds
     * (an edit that does not change a graph does not lay it out again) and calls this after each, so that what
     * it holds stays the diagrams of one build.
     */
    public void forgetUnused() {
        synchronized (laidOut) {
            laidOut.keySet().retainAll(used);
            used.clear();
        }
    }

    private static Drawing empty(DiagramGraph graph) {
        return new Drawing(0, 0, graph.title(), graph.description(), List.of(), List.of(), List.of(), List.of());
    }

    /** The inline SVG of each drawing, ids "flowdiagram-1", "flowdiagram-2", … (unique within a page). */
    public static List<String> svg(List<Drawing> drawings) {
        return java.util.stream.IntStream.range(0, drawings.size())
                .mapToObj(i -> SvgWriter.write(drawings.get(i), "flowdiagram-" + (i + 1))).toList();
    }

    /** The same as standalone SVG files. */
    public static List<String> files(List<Drawing> drawings) {
        return java.util.stream.IntStream.range(0, drawings.size())
                .mapToObj(i -> SvgWriter.file(drawings.get(i), "flowdiagram-" + (i + 1))).toList();
    }
}
