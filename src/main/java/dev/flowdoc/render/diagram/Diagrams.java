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
    /**
     * What {@link #shareLayouts} registered: each view → its group, the views of one thing in every language (a
     * documentation's main view, each of its profiles' views). Guarded by {@link #laidOut}; forgotten by
     * {@link #forgetUnused()}.
     */
    private final Map<DocView, List<DocView>> groupOf = new java.util.IdentityHashMap<>();
    /** Each group asked for → for each of its diagrams, its graphs in every language, or null where they differ in more than words. */
    private final Map<List<DocView>, List<List<DiagramGraph>>> twinsOf = new java.util.IdentityHashMap<>();

    /**
     * Lays the wide diagrams of the documentation's views (its main view's and its profiles') out once for every
     * language: the diagrams of one view in each language differ only in words, so one layout sized for the wider
     * words of each text is drawn with each language's words ({@link SharedLayout}). A build registers each
     * documentation it renders before asking for diagrams; views not registered (an upgrade's) and tall layouts are
     * laid out for their own words.
     */
    public void shareLayouts(dev.flowdoc.view.Documentation docs) {
        List<List<DocView>> add = new java.util.ArrayList<>();
        add.add(inEveryLanguage(docs.views()));
        docs.profiles().values().forEach(views -> add.add(inEveryLanguage(views)));
        synchronized (laidOut) {
            for (List<DocView> group : add) {
                if (group.size() > 1) {
                    group.forEach(v -> groupOf.put(v, group));
                }
            }
        }
    }

    private static List<DocView> inEveryLanguage(Map<dev.flowdoc.model.Language, DocView> views) {
        return java.util.Arrays.stream(dev.flowdoc.model.Language.values()).map(views::get)
                .filter(java.util.Objects::nonNull).toList();
    }

    /**
     * For each diagram of a registered view, its graphs in every language (null where not {@link SharedLayout#sameShape});
     * empty when the languages do not even have as many diagrams.
     */
    private List<List<DiagramGraph>> twins(List<DocView> group) {
        synchronized (laidOut) {
            List<List<DiagramGraph>> known = twinsOf.get(group);
            if (known != null) {
                return known;
            }
        }
        List<List<DiagramGraph>> each = group.stream().map(v -> graphs(v, () -> DiagramModelBuilder.of(v))).toList();
        int diagrams = each.get(0).size();
        List<List<DiagramGraph>> twins = new java.util.ArrayList<>();
        if (each.stream().allMatch(g -> g.size() == diagrams)) {
            for (int i = 0; i < diagrams; i++) {
                int k = i;
                List<DiagramGraph> same = each.stream().map(g -> g.get(k)).toList();
                twins.add(SharedLayout.sameShape(same) ? same : null);
            }
        }
        synchronized (laidOut) {
            List<List<DiagramGraph>> known = twinsOf.putIfAbsent(group, twins);
            return known != null ? known : twins;
        }
    }

    /** The drawings of every flow of the view, wide: one, or one per group (zone pair) when there are too many. */
    public List<Drawing> of(DocView view) {
        return of(view, Orientation.WIDE);
    }

    /** The same drawings laid out {@code orientation}. */
    public List<Drawing> of(DocView view, Orientation orientation) {
        List<DiagramGraph> graphs = graphs(view, () -> DiagramModelBuilder.of(view));
        List<DocView> group;
        synchronized (laidOut) {
            group = orientation == Orientation.WIDE ? groupOf.get(view) : null;
        }
        List<List<DiagramGraph>> twins = group == null ? List.of() : twins(group);
        List<Drawing> drawings = new java.util.ArrayList<>();
        for (int i = 0; i < graphs.size(); i++) {
            drawings.add(layout(new Layout(graphs.get(i), orientation, twins.isEmpty() ? null : twins.get(i))));
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
     * it holds stays the diagrams of one build. What {@link #shareLayouts} registered is forgotten too: each build
     * registers what it renders.
     */
    public void forgetUnused() {
        synchronized (laidOut) {
            laidOut.keySet().retainAll(used);
            used.clear();
            graphs.keySet().retainAll(usedViews);
            usedViews.clear();
            // a build registers what it renders again
            groupOf.clear();
            twinsOf.clear();
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
