package dev.flowdoc.render.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Profile;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.view.Documentation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One wide layout per diagram for both languages (Diagrams.shareLayouts, as a build does): German and English draw
 * the same shapes in the same places, each with its own words, every box and label wide enough for both, and the
 * layout keeps issue 27's rules (labels on their arrows, on no other, no overlaps, crossings no more than each
 * language's own layout).
 */
class SharedLayoutTest {
    static Stream<Arguments> projects() {
        return Stream.of(Arguments.of("real", TestProjects.docs(TestProjects.REPOSITORY)),
                Arguments.of("second", TestProjects.docs(TestProjects.RESOURCES.resolve("projects/second-product"))),
                Arguments.of("bulk 224", DiagramGeometryTest.bulk()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void bothLanguagesDrawOneLayoutInTheirOwnWords(String name, Documentation docs) {
        Diagrams diagrams = new Diagrams();
        diagrams.shareLayouts(docs);
        List<Drawing> de = diagrams.of(docs.view(Language.DE));
        List<Drawing> en = diagrams.of(docs.view(Language.EN));
        List<DiagramGraph> deGraphs = DiagramModelBuilder.of(docs.view(Language.DE));
        List<DiagramGraph> enGraphs = DiagramModelBuilder.of(docs.view(Language.EN));
        assertEquals(deGraphs.size(), de.size(), name);
        assertEquals(de.size(), en.size(), name);
        int wordsDiffer = 0;
        for (int i = 0; i < de.size(); i++) {
            Drawing d = de.get(i);
            Drawing e = en.get(i);
            String at = name + " #" + (i + 1);
            // the same shapes in the same places
            assertEquals(d.width(), e.width(), at);
            assertEquals(d.boxes().stream().map(Drawing.Box::bounds).toList(), e.boxes().stream().map(Drawing.Box::bounds).toList(), at);
            assertEquals(d.arrows().stream().map(Drawing.Arrow::points).toList(), e.arrows().stream().map(Drawing.Arrow::points).toList(), at);
            assertEquals(d.arrows().stream().map(Drawing.Arrow::label).toList(), e.arrows().stream().map(Drawing.Arrow::label).toList(), at);
            assertEquals(d.areas().stream().map(Drawing.Area::bounds).toList(), e.areas().stream().map(Drawing.Area::bounds).toList(), at);
            // each in its own words, the words its graph has
            assertWords(deGraphs.get(i), d, at + " de");
            assertWords(enGraphs.get(i), e, at + " en");
            for (int b = 0; b < d.boxes().size(); b++) {
                if (!d.boxes().get(b).label().equals(e.boxes().get(b).label())) {
                    wordsDiffer++;
                }
                // a box holds its name in either language
                for (Drawing.Box box : List.of(d.boxes().get(b), e.boxes().get(b))) {
                    assertTrue(box.bounds().w() >= TextWidth.of(box.label(), Drawing.TEXT_SIZE) + 2 * DiagramLayout.BOX_PADDING - 0.01,
                            at + ": " + box);
                }
            }
            // the rules of issue 27, on the page's SVG of each language
            int ownCrossings = 0;
            for (Language language : Language.values()) {
                ownCrossings = Math.max(ownCrossings, SvgGeometry.read(SvgWriter.write(
                        DiagramLayout.layout((language == Language.DE ? deGraphs : enGraphs).get(i)), "own")).crossings());
            }
            for (Drawing drawing : List.of(d, e)) {
                SvgGeometry g = SvgGeometry.read(SvgWriter.write(drawing, "shared"));
                for (SvgGeometry.Flow f : g.flows()) {
                    for (SvgGeometry.Rect r : f.labels()) {
                        assertTrue(f.distance(r) <= DiagramGeometryTest.TOUCH, at + ": label " + r + " off its arrow " + f.points());
                    }
                }
                assertEquals(List.of(), g.overlaps(), at);
                assertEquals(List.of(), g.labelsOnOtherArrows(), at);
                assertTrue(g.crossings() <= ownCrossings, at + ": " + g.crossings() + " crossings, each language's own layout "
                        + ownCrossings);
            }
        }
        if (name.equals("real")) {
            assertTrue(wordsDiffer > 0, "the real project names some endpoints differently in German and English");
        }
    }

    private static void assertWords(DiagramGraph graph, Drawing drawing, String at) {
        assertEquals(graph.title(), drawing.title(), at);
        assertEquals(graph.description(), drawing.description(), at);
        assertEquals(graph.areas().stream().map(DiagramGraph.Area::label).toList(),
                drawing.areas().stream().map(Drawing.Area::label).toList(), at);
        assertEquals(graph.nodes().stream().map(DiagramGraph.Node::label).toList(),
                drawing.boxes().stream().map(Drawing.Box::label).toList(), at);
        assertEquals(graph.edges().stream().map(e -> e.labels().stream().map(DiagramGraph.EdgeLabel::lines).toList()).toList(),
                drawing.arrows().stream().map(a -> a.labels().stream().map(Drawing.Label::lines).toList()).toList(), at);
        assertEquals(graph.legend().stream().map(DiagramGraph.LegendEntry::words).toList(),
                drawing.legend().stream().map(Drawing.LegendItem::words).toList(), at);
        // the legend below the layout, within its width
        for (Drawing.LegendItem item : drawing.legend()) {
            assertTrue(item.bounds().y() > drawing.areas().get(0).bounds().y() + drawing.areas().get(0).bounds().h(), at);
            assertTrue(item.bounds().y() + item.bounds().h() <= drawing.height(), at);
        }
    }

    /**
     * What the build registers is shared: the main view's and the profiles' wide diagrams, and a graph equal to one of
     * theirs from any view; another documentation's views, upgrades and the tall layouts are laid out alone.
     */
    @Test
    void registeredViewsShareTheirWideLayouts() {
        Documentation docs = TestProjects.docs(TestProjects.REPOSITORY);
        Documentation second = TestProjects.docs(TestProjects.RESOURCES.resolve("projects/second-product"));
        Diagrams shared = new Diagrams();
        shared.shareLayouts(docs);
        Diagrams alone = new Diagrams();
        for (Language language : Language.values()) {
            assertEquals(alone.of(second.view(language)), shared.of(second.view(language)), language.name());
            assertEquals(alone.of(docs.view(language), Orientation.TALL), shared.of(docs.view(language), Orientation.TALL),
                    language.name());
        }
        for (Profile profile : docs.project().deployment().profiles()) {
            List<Drawing> de = shared.of(docs.profile(profile, Language.DE));
            List<Drawing> en = shared.of(docs.profile(profile, Language.EN));
            for (int i = 0; i < de.size(); i++) {
                assertEquals(de.get(i).boxes().stream().map(Drawing.Box::bounds).toList(),
                        en.get(i).boxes().stream().map(Drawing.Box::bounds).toList(), profile.id());
            }
        }
        // the main view's wide layout does change: German boxes are as wide as the English names need, and the reverse
        assertNotEquals(alone.of(docs.view(Language.DE)), shared.of(docs.view(Language.DE)));
        // and it is the same every time, whichever language is asked first
        Diagrams again = new Diagrams();
        again.shareLayouts(docs);
        assertEquals(shared.of(docs.view(Language.EN)), again.of(docs.view(Language.EN)));
        assertEquals(shared.of(docs.view(Language.DE)), again.of(docs.view(Language.DE)));
        // after the build, what was registered is forgotten
        shared.forgetUnused();
        assertEquals(alone.of(docs.view(Language.DE)), shared.of(docs.view(Language.DE)));
    }

    @Test
    void graphsThatDifferInMoreThanWordsAreNotShared() {
        DiagramGraph g = DiagramTest.synthetic(12, 6);
        List<DiagramGraph.Node> renamed = g.nodes().stream()
                .map(n -> new DiagramGraph.Node(n.id(), n.label() + " (en)", n.area())).toList();
        DiagramGraph words = new DiagramGraph("T", "D", g.areas(), renamed, g.edges(), g.legend());
        assertTrue(SharedLayout.sameShape(List.of(g, words)));
        List<DiagramGraph.Edge> fewer = new ArrayList<>(g.edges());
        fewer.remove(0);
        assertFalse(SharedLayout.sameShape(List.of(g, new DiagramGraph("T", "D", g.areas(), g.nodes(), fewer, g.legend()))));
        List<DiagramGraph.Edge> moreLines = new ArrayList<>(g.edges());
        DiagramGraph.Edge e = moreLines.get(0);
        DiagramGraph.EdgeLabel l = e.labels().get(0);
        List<String> lines = new ArrayList<>(l.lines());
        lines.add("UDP 53");
        moreLines.set(0, new DiagramGraph.Edge(e.source(), e.target(), e.style(), e.mark(),
                List.of(new DiagramGraph.EdgeLabel(l.flowId(), l.anchor(), l.style(), lines)), e.twoWay()));
        assertFalse(SharedLayout.sameShape(List.of(g, new DiagramGraph("T", "D", g.areas(), g.nodes(), moreLines, g.legend()))));
        // the widest words of each: the English names here
        DiagramGraph widest = SharedLayout.widest(List.of(g, words));
        assertEquals(renamed.stream().map(DiagramGraph.Node::label).toList(), widest.nodes().stream().map(DiagramGraph.Node::label).toList());
        // drawn in the words of the first, in the places of the shared layout
        Drawing shared = DiagramLayout.layout(widest);
        Drawing first = SharedLayout.inWords(shared, g);
        assertEquals(g.nodes().stream().map(DiagramGraph.Node::label).toList(), first.boxes().stream().map(Drawing.Box::label).toList());
        assertEquals(shared.boxes().stream().map(Drawing.Box::bounds).toList(), first.boxes().stream().map(Drawing.Box::bounds).toList());
        assertEquals(g.legend().size(), first.legend().size());
    }
}
