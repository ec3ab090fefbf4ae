package dev.flowdoc.render.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.Documentation;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.Line;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The zone diagram of the repository's project and of synthetic graphs: what it says, that nothing overlaps, links. */
class DiagramTest {
    private static Documentation docs;

    @BeforeAll
    static void load() {
        docs = TestProjects.docs(TestProjects.REPOSITORY);
    }

    private static Document svg(Language language) {
        List<Drawing> drawings = new Diagrams().of(docs.view(language));
        assertEquals(1, drawings.size(), "32 flows fit one diagram");
        return Jsoup.parse(Diagrams.svg(drawings).get(0), "", Parser.xmlParser());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSvgNamesEveryEndpointAndPortOfTheViewInTheLanguage(Language language) {
        DocView view = docs.view(language);
        Document svg = svg(language);
        Element root = svg.selectFirst("svg");
        assertEquals("figure", root.attr("role"));
        assertEquals(view.words().get("diagram.title"), svg.selectFirst("title").text());
        assertTrue(svg.selectFirst("desc").text().startsWith(view.words().format("diagram.desc", 32, 16, "")
                .substring(0, 10)), svg.selectFirst("desc").text());
        Set<String> texts = svg.select("text").stream().map(Element::text).collect(Collectors.toSet());
        for (FlowRow row : view.rows().toList()) {
            for (Line l : row.source().lines()) {
                assertTrue(texts.contains(l.plain()), "endpoint " + l.plain());
            }
            for (Line l : row.destination().lines()) {
                assertTrue(texts.contains(l.plain()), "endpoint " + l.plain());
            }
            for (Line l : row.ports().lines()) {
                assertTrue(texts.contains(l.plain()), "port " + l.plain() + " of " + row.id());
            }
        }
        // the zones in the language, the legend's words from the bundle
        assertTrue(texts.contains(view.words().get("zone.internal")));
        assertTrue(texts.contains(view.words().get("diagram.optional")));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyArrowAndLabelLinksToARowOfTheView(Language language) {
        Set<String> anchors = docs.view(language).rows().map(FlowRow::anchor).collect(Collectors.toSet());
        List<String> links = svg(language).select("a").eachAttr("href");
        assertFalse(links.isEmpty());
        for (String href : links) {
            assertTrue(href.startsWith("#") && anchors.contains(href.substring(1)), href);
        }
        // every flow has its label, so every row is reachable from the picture
        assertEquals(anchors, links.stream().map(h -> h.substring(1)).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void nothingOverlapsInTheRealDiagram(Language language) {
        for (Drawing d : new Diagrams().of(docs.view(language))) {
            assertNoOverlaps(d);
        }
    }

    @Test
    void twoHundredFlowsLayOutWithoutOverlaps() {
        Drawing d = DiagramLayout.layout(synthetic(200, 30));
        assertNoOverlaps(d);
    }

    @Test
    void aProfileShowsOnlyItsFlows() {
        var profile = docs.project().deployment().profiles().stream().filter(p -> p.id().equals("minimal")).findFirst().orElseThrow();
        DocView view = docs.profile(profile, Language.EN);
        Drawing d = new Diagrams().of(view).get(0);
        Set<String> flows = d.arrows().stream().flatMap(a -> a.labels().stream()).map(Drawing.Label::flowId).collect(Collectors.toSet());
        assertEquals(view.rows().map(FlowRow::id).collect(Collectors.toSet()), flows);
        assertTrue(flows.size() < docs.view(Language.EN).rows().count());
    }

    @Test
    void twoLayoutsAreByteIdentical() {
        for (Language language : Language.values()) {
            String first = Diagrams.svg(new Diagrams().of(docs.view(language))).get(0);
            String second = Diagrams.svg(new Diagrams().of(docs.view(language))).get(0);
            assertEquals(first, second);
        }
        assertEquals(SvgWriter.write(DiagramLayout.layout(synthetic(60, 20)), "x"),
                SvgWriter.write(DiagramLayout.layout(synthetic(60, 20)), "x"));
    }

    @Test
    void goldenSvgOfASmallFixture() throws Exception {
        DiagramGraph graph = new DiagramGraph("Zones & <paths>", "Two flows \"between\" three endpoints.",
                List.of(new DiagramGraph.Area("internet", "Internet"), new DiagramGraph.Area("appliance", "Appliance"),
                        new DiagramGraph.Area("internal", "Internal network")),
                List.of(new DiagramGraph.Node("net", "Internet", "internet"),
                        new DiagramGraph.Node("app", "Appliance", "appliance"),
                        new DiagramGraph.Node("mail", "Mail <server>", "internal")),
                List.of(new DiagramGraph.Edge("net", "app", LineStyle.REQUIRED, Mark.NONE,
                                List.of(new DiagramGraph.EdgeLabel("in", "flow-in", LineStyle.REQUIRED, List.of("TCP 25 (SMTP)")))),
                        new DiagramGraph.Edge("app", "mail", LineStyle.REQUIRED, Mark.NONE,
                                List.of(new DiagramGraph.EdgeLabel("a", "flow-a", LineStyle.OPTIONAL, List.of("TCP 25 (SMTP)")),
                                        new DiagramGraph.EdgeLabel("b", "flow-b", LineStyle.REQUIRED, List.of("TCP 443 (HTTPS) and/or", "TCP 80")))),
                        new DiagramGraph.Edge("app", "net", LineStyle.CONDITIONAL, Mark.CLOSE,
                                List.of(new DiagramGraph.EdgeLabel("out", "flow-out", LineStyle.CONDITIONAL, List.of("UDP 123 (NTP)"))))),
                List.of(new DiagramGraph.LegendEntry(LineStyle.REQUIRED, Mark.NONE, "required"),
                        new DiagramGraph.LegendEntry(LineStyle.OPTIONAL, Mark.NONE, "optional"),
                        new DiagramGraph.LegendEntry(LineStyle.REQUIRED, Mark.CLOSE, "to close")));
        String svg = SvgWriter.write(DiagramLayout.layout(graph), "small");
        Path golden = TestProjects.RESOURCES.resolve("diagram/small.svg");
        if (Boolean.getBoolean("flowdoc.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, svg);
        }
        assertEquals(Files.readString(golden), svg, "run with -Dflowdoc.golden.update=true after an intended change");
    }

    /** Boxes, labels and legend entries: no two overlap; boxes stand inside their zone, zones apart. */
    static void assertNoOverlaps(Drawing d) {
        List<Drawing.Rect> shapes = new ArrayList<>();
        d.boxes().forEach(b -> shapes.add(b.bounds()));
        d.arrows().forEach(a -> shapes.add(a.label()));
        // each flow's band stands inside its arrow's label
        d.arrows().forEach(a -> a.labels().forEach(l -> assertTrue(a.label().contains(l.bounds()), l.flowId())));
        d.legend().forEach(l -> shapes.add(l.bounds()));
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                assertFalse(shapes.get(i).overlaps(shapes.get(j)), shapes.get(i) + " overlaps " + shapes.get(j));
            }
        }
        for (Drawing.Box b : d.boxes()) {
            Drawing.Area area = d.areas().stream().filter(a -> a.key().equals(b.area())).findFirst().orElseThrow();
            assertTrue(area.bounds().contains(b.bounds()), b.label() + " inside " + area.label());
        }
        for (int i = 0; i < d.areas().size(); i++) {
            for (int j = i + 1; j < d.areas().size(); j++) {
                assertFalse(d.areas().get(i).bounds().overlaps(d.areas().get(j).bounds()));
            }
        }
    }

    /** {@code flows} flows between {@code endpoints} endpoints spread over four zones, deterministic. */
    static DiagramGraph synthetic(int flows, int endpoints) {
        String[] zones = {"internet", "perimeter", "appliance", "internal"};
        List<DiagramGraph.Area> areas = new ArrayList<>();
        for (String z : zones) {
            areas.add(new DiagramGraph.Area(z, z.toUpperCase()));
        }
        List<DiagramGraph.Node> nodes = new ArrayList<>();
        for (int i = 0; i < endpoints; i++) {
            nodes.add(new DiagramGraph.Node("e" + i, "Endpoint number " + i, zones[i % zones.length]));
        }
        java.util.Map<String, List<DiagramGraph.EdgeLabel>> edges = new java.util.LinkedHashMap<>();
        for (int f = 0; f < flows; f++) {
            int s = (f * 7) % endpoints;
            int t = (f * 13 + 5) % endpoints;
            if (s == t) {
                t = (t + 1) % endpoints;
            }
            // one arrow per pair and direction, its flows of every requirement
            edges.computeIfAbsent("e" + s + ">e" + t, k -> new ArrayList<>())
                    .add(new DiagramGraph.EdgeLabel("f" + f, "flow-f" + f, LineStyle.values()[f % 3],
                            List.of("TCP " + (1000 + f) + " (SVC)")));
        }
        List<DiagramGraph.Edge> list = new ArrayList<>();
        edges.forEach((k, labels) -> {
            String[] p = k.split(">");
            list.add(new DiagramGraph.Edge(p[0], p[1], LineStyle.strongest(labels.stream().map(DiagramGraph.EdgeLabel::style).toList()),
                    Mark.NONE, labels));
        });
        return new DiagramGraph("t", "d", areas, nodes, list,
                List.of(new DiagramGraph.LegendEntry(LineStyle.REQUIRED, Mark.NONE, "required")));
    }
}
