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
    /**
     * A graph laid out one way; {@code languages}: for a wide layout shared by the languages, the graphs of the same
     * diagram in every language (this one among them), else null.
     */
    private record Layout(DiagramGraph graph, Orientation orientation, List<DiagramGraph> languages) {}

    private final Map<Layout, java.util.concurrent.CompletableFuture<Drawing>> laidOut = new HashMap<>();
    /** The layouts asked for since {@link #forgetUnused()} was last called. */
    private final java.util.Set<Layout> used = new java.util.HashSet<>();
    /**
     * The graphs of each view asked for (by identity: a view is immutable, and equal views are rare), so that its wide
     * and its tall drawings are made from one build of its graphs. Guarded by {@link #laidOut}, forgotten with it.
     */
    private final Map<Object, List<DiagramGraph>> graphs = new java.util.IdentityHashMap<>();
    private final java.util.Set<Object> usedViews = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Each view registered by {@link #shareLayouts}: its documentation's views of every language (itself among them). */
    private final Map<DocView, List<DocView>> languages = new java.util.IdentityHashMap<>();

    /**
     * Lays the wide diagrams of the documentation's views out once for every language: the diagrams of one view in
     * each language differ only in words, so one layout sized for the widest words of each is drawn with each
     * language's words ({@link SharedLayout}). A build registers each documentation it renders before asking for
     * its diagrams; a view not registered (a profile's, an upgrade's) is laid out for its own words.
     */
    public void shareLayouts(dev.flowdoc.view.Documentation docs) {
        List<DocView> views = java.util.Arrays.stream(dev.flowdoc.model.Language.values()).map(docs::view)
                .filter(java.util.Objects::nonNull).toList();
        synchronized (laidOut) {
            views.forEach(v -> languages.put(v, views));
        }
    }

    /** The drawings of every flow of the view, wide: one, or one per group (zone pair) when there are too many. */
    public List<Drawing> of(DocView view) {
        return of(view, Orientation.WIDE);
    }

    /** The same drawings laid out {@code orientation}. */
    public List<Drawing> of(DocView view, Orientation orientation) {
        List<DiagramGraph> graphs = graphs(view, () -> DiagramModelBuilder.of(view));
        List<DocView> siblings;
        synchronized (laidOut) {
            siblings = orientation == Orientation.WIDE ? languages.get(view) : null;
        }
        if (siblings == null || siblings.size() < 2) {
            return graphs.stream().map(g -> layout(new Layout(g, orientation, null))).toList();
        }
        List<List<DiagramGraph>> each = siblings.stream().map(v -> graphs(v, () -> DiagramModelBuilder.of(v))).toList();
        List<Drawing> drawings = new java.util.ArrayList<>();
        for (int i = 0; i < graphs.size(); i++) {
            int k = i;
            List<DiagramGraph> same = each.stream().allMatch(g -> g.size() == graphs.size())
                    ? each.stream().map(g -> g.get(k)).toList() : null;
            drawings.add(layout(new Layout(graphs.get(i), orientation, same != null && SharedLayout.sameShape(same) ? same : null)));
        }
        return drawings;
    }

    /** The drawings of an upgrade, wide: what to open or change and what to close, highlighted. */
    public List<Drawing> of(DeltaView upgrade) {
        return of(upgrade, Orientation.WIDE);
    }

    /** The same drawings laid out {@code orientation}. */
    public List<Drawing> of(DeltaView upgrade, Orientation orientation) {
        return graphs(upgrade, () -> DiagramModelBuilder.of(upgrade)).stream().map(g -> layout(new Layout(g, orientation, null))).toList();
    }

    /** The graphs of a view, built by the first caller (two threads asking at once may both build them: same result). */
    private List<DiagramGraph> graphs(Object view, java.util.function.Supplier<List<DiagramGraph>> build) {
        synchronized (laidOut) {
            usedViews.add(view);
            List<DiagramGraph> known = graphs.get(view);
            if (known != null) {
                return known;
            }
        }
        List<DiagramGraph> made = build.get();
        synchronized (laidOut) {
            List<DiagramGraph> known = graphs.putIfAbsent(view, made);
            return known != null ? known : made;
        }
    }

    /** Each layout is made by the first thread that asks; another asking meanwhile waits for it. */
    private Drawing layout(Layout layout) {
        DiagramGraph graph = layout.graph();
        java.util.concurrent.CompletableFuture<Drawing> future;
        boolean mine = false;
        synchronized (laidOut) {
            used.add(layout);
            future = laidOut.get(layout);
            if (future == null) {
                future = new java.util.concurrent.CompletableFuture<>();
                laidOut.put(layout, future);
                mine = true;
            }
        }
        if (mine) {
            try {
                future.complete(graph.nodes().isEmpty() ? empty(graph) : draw(layout));
            } catch (RuntimeException | Error e) {
                synchronized (laidOut) {
                    laidOut.remove(layout, future);
                }
                future.completeExceptionally(e);
                throw e;
            }
        }
        return future.join();
    }

    /** A layout of its own, or the one shared by the languages with this graph's words. */
    private Drawing draw(Layout layout) {
        if (layout.languages() == null) {
            return DiagramLayout.layout(layout.graph(), layout.orientation());
        }
        Drawing shared = layout(new Layout(SharedLayout.widest(layout.languages()), Orientation.WIDE, null));
        return SharedLayout.inWords(shared, layout.graph());
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
            graphs.keySet().retainAll(usedViews);
            languages.keySet().retainAll(usedViews);
            usedViews.clear();
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

    /** The tall layout asks to be shown this much larger than drawn: its text at 12 px (a phone's smallest readable). */
    static final double TALL_SCALE = 12 / Drawing.TEXT_SIZE;

    /**
     * What a page shows of each diagram: its wide and its tall layout as two inline SVGs, ids "flowdiagram-1" and
     * "flowdiagram-1-tall", … (unique within a page), classes "flowdiagram-wide" and "flowdiagram-tall": the page's CSS
     * shows one of them by the screen's width (display: none hides the other from assistive technology too). The
     * tall one's own size shows its text at 12 px.
     */
    public static List<String> svg(List<Drawing> wide, List<Drawing> tall) {
        if (wide.size() != tall.size()) {
            throw new IllegalArgumentException("the same diagrams both ways: " + wide.size() + " wide, " + tall.size() + " tall");
        }
        return java.util.stream.IntStream.range(0, wide.size())
                .mapToObj(i -> SvgWriter.write(wide.get(i), "flowdiagram-" + (i + 1), "flowdiagram-wide", 1)
                        + SvgWriter.write(tall.get(i), "flowdiagram-" + (i + 1) + "-tall", "flowdiagram-tall", TALL_SCALE)).toList();
    }

    /** The same as standalone SVG files. */
    public static List<String> files(List<Drawing> drawings) {
        return java.util.stream.IntStream.range(0, drawings.size())
                .mapToObj(i -> SvgWriter.file(drawings.get(i), "flowdiagram-" + (i + 1))).toList();
    }
}
