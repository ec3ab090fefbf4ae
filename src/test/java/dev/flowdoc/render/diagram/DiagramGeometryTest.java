package dev.flowdoc.render.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Version;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.view.Documentation;
import dev.flowdoc.view.delta.Delta;
import dev.flowdoc.view.delta.DeltaView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 27's rules, read from the SVG a reader gets (not from the layout's objects): every label touches its own
 * arrow (at most 4 px between the label's box and a segment of its arrow), no label overlaps another label or an
 * endpoint box, no label lies on another flow's arrow, and the arrows cross no more often than recorded. For the
 * real project in both languages, each of its profiles, an upgrade, the second fixture product and 200 flows.
 */
class DiagramGeometryTest {
    static final double TOUCH = 4;

    /**
     * Crossings of arrows, at most: measured on the layout before issue 27 (one arrow per flow and requirement,
     * labels beside the arrows); a layout that crosses more fails. Names not listed: none allowed. The tall layout
     * puts every box in one column, in its zone's band: the synthetic graph (30 endpoints in four zones, every one
     * with an arrow in and out, to endpoints in other zones) crosses 51 times in the graph's own order and 35 times in
     * the best order the tall layout's search finds (the real and second products' diagrams: none).
     */
    private static final Map<String, Integer> CROSSINGS = Map.of(
            "real de", 1, "real en", 1, "real de profile full", 1, "real en profile full", 1, "synthetic 200", 1,
            "synthetic 200 tall", 35);

    /** Every diagram to check, wide (as before issue 27's phone layout) and tall (" tall"): name → its SVGs. */
    static Map<String, List<String>> diagrams() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        diagrams(Orientation.WIDE).forEach(out::put);
        diagrams(Orientation.TALL).forEach((name, svgs) -> out.put(name + " tall", svgs));
        return out;
    }

    /** Every diagram to check laid out {@code o}: name → its SVGs (a big view has several). */
    static Map<String, List<String>> diagrams(Orientation o) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Documentation real = TestProjects.docs(TestProjects.REPOSITORY);
        Documentation second = TestProjects.docs(TestProjects.RESOURCES.resolve("projects/second-product"));
        for (Language language : Language.values()) {
            String l = language.name().toLowerCase(java.util.Locale.ROOT);
            out.put("real " + l, Diagrams.svg(new Diagrams().of(real.view(language), o)));
            for (Profile p : real.project().deployment().profiles()) {
                out.put("real " + l + " profile " + p.id(), Diagrams.svg(new Diagrams().of(real.profile(p, language), o)));
            }
            Project project = real.project();
            DeltaView upgrade = DeltaView.of(Delta.between(project, Version.of("12.0.0"), Version.of("13.0.0")), project,
                    real.view(language).words());
            out.put("real " + l + " upgrade 12.0.0-13.0.0", Diagrams.svg(new Diagrams().of(upgrade, o)));
            out.put("second " + l, Diagrams.svg(new Diagrams().of(second.view(language), o)));
            for (Profile p : second.project().deployment().profiles()) {
                out.put("second " + l + " profile " + p.id(), Diagrams.svg(new Diagrams().of(second.profile(p, language), o)));
            }
        }
        out.put("synthetic 200", List.of(SvgWriter.write(DiagramLayout.layout(DiagramTest.synthetic(200, 30), o), "s")));
        out.put("bulk 224", Diagrams.svg(new Diagrams().of(bulk().view(Language.DE), o)));
        return out;
    }

    private static Documentation bulk;

    /**
     * The real project with 192 more flows (224 in all): its flows once more in groups of their own (each small
     * enough for a diagram) and five times more in one big group (too big: split by pair of zones), ids suffixed.
     */
    static synchronized Documentation bulk() {
        if (bulk == null) {
            try {
                Path root = TestProjects.copyOfRepository(java.nio.file.Files.createTempDirectory("flowdoc-bulk"));
                com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
                Path file = root.resolve("data/flows.json");
                var doc = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
                var groups = (com.fasterxml.jackson.databind.node.ArrayNode) doc.get("groups");
                List<com.fasterxml.jackson.databind.JsonNode> original = new ArrayList<>();
                groups.forEach(original::add);
                var big = original.get(0).deepCopy();
                ((com.fasterxml.jackson.databind.node.ObjectNode) big).put("id", "bulk");
                var bigFlows = ((com.fasterxml.jackson.databind.node.ObjectNode) big).putArray("flows");
                for (var g : original) {
                    var copy = (com.fasterxml.jackson.databind.node.ObjectNode) g.deepCopy();
                    copy.put("id", g.get("id").asText() + "-copy");
                    copy.get("flows").forEach(f -> ((com.fasterxml.jackson.databind.node.ObjectNode) f)
                            .put("id", f.get("id").asText() + "-copy"));
                    groups.add(copy);
                    for (int k = 1; k <= 5; k++) {
                        for (var f : g.get("flows")) {
                            var c = (com.fasterxml.jackson.databind.node.ObjectNode) f.deepCopy();
                            c.put("id", f.get("id").asText() + "-bulk" + k);
                            // what the flow has from its group (requirement, condition, …) it now says itself
                            g.fieldNames().forEachRemaining(name -> {
                                if (!List.of("id", "title", "flows", "notes", "description").contains(name) && !c.has(name)) {
                                    c.set(name, g.get(name));
                                }
                            });
                            bigFlows.add(c);
                        }
                    }
                }
                groups.add(big);
                json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), doc);
                bulk = TestProjects.docs(root);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return bulk;
    }

    /**
     * Through the builder, on the real project: one arrow per pair of endpoints and direction, every flow between
     * them in its one label (each with its own requirement), and flows of different requirements sharing an arrow.
     */
    @Test
    void oneArrowPerPairAndDirectionCarriesEveryFlowBetweenThem() {
        var view = TestProjects.docs(TestProjects.REPOSITORY).view(Language.DE);
        DiagramGraph g = DiagramModelBuilder.of(view).get(0);
        java.util.Set<String> pairs = new java.util.HashSet<>();
        boolean mixed = false;
        for (DiagramGraph.Edge e : g.edges()) {
            assertTrue(pairs.add(e.source() + ">" + e.target()), "one arrow " + e.source() + " -> " + e.target());
            java.util.Set<LineStyle> styles = e.labels().stream().map(DiagramGraph.EdgeLabel::style)
                    .collect(java.util.stream.Collectors.toSet());
            assertEquals(LineStyle.strongest(styles), e.style(), "the arrow's line: its most binding requirement");
            mixed |= styles.size() > 1;
        }
        assertTrue(mixed, "some arrow carries flows of different requirements");
        for (var row : view.rows().toList()) {
            for (String s : row.sourceIds()) {
                for (String t : row.destinationIds()) {
                    DiagramGraph.Edge e = g.edges().stream().filter(x -> x.source().equals(s) && x.target().equals(t))
                            .findFirst().orElseThrow(() -> new AssertionError(row.id() + ": no arrow " + s + " -> " + t));
                    DiagramGraph.EdgeLabel label = e.labels().stream().filter(l -> l.flowId().equals(row.id())).findFirst()
                            .orElseThrow(() -> new AssertionError(row.id() + " not on its arrow"));
                    assertEquals(row.ports().lines().stream().map(dev.flowdoc.view.Line::plain).toList(), label.lines());
                    assertEquals(row.requirementKey().equals("optional") ? LineStyle.OPTIONAL
                            : row.requirementKey().equals("conditional") ? LineStyle.CONDITIONAL : LineStyle.REQUIRED,
                            label.style(), row.id());
                }
            }
        }
    }

    /** Through the builder: a view too big for one diagram gets one per group, and a group too big one per zone pair. */
    @Test
    void aBigViewIsSplitPerGroupAndPerPairOfZones() {
        var view = bulk().view(Language.EN);
        long flows = view.rows().count();
        assertTrue(flows > 200, flows + " flows");
        List<DiagramGraph> graphs = DiagramModelBuilder.of(view);
        java.util.Set<String> seen = new java.util.HashSet<>();
        int pairParts = 0;
        for (DiagramGraph g : graphs) {
            java.util.Set<String> ids = g.edges().stream().flatMap(e -> e.labels().stream())
                    .map(DiagramGraph.EdgeLabel::flowId).collect(java.util.stream.Collectors.toSet());
            seen.addAll(ids);
            java.util.Set<String> groupsIn = view.rows().filter(r -> ids.contains(r.id()))
                    .map(dev.flowdoc.view.FlowRow::groupId).collect(java.util.stream.Collectors.toSet());
            assertEquals(1, groupsIn.size(), g.title() + ": one group per diagram, " + groupsIn);
            assertTrue(ids.size() <= DiagramModelBuilder.MAX_FLOWS, g.title());
            if (groupsIn.contains("bulk")) {
                pairParts++;
                Map<String, String> zone = new java.util.HashMap<>();
                g.nodes().forEach(n -> zone.put(n.id(), n.area()));
                java.util.Set<String> pairs = new java.util.HashSet<>();
                view.rows().filter(r -> ids.contains(r.id())).forEach(r ->
                        pairs.add(zone.get(r.sourceIds().get(0)) + ">" + zone.get(r.destinationIds().get(0))));
                assertEquals(1, pairs.size(), g.title() + ": one pair of zones, " + pairs);
            }
        }
        assertEquals(view.rows().map(dev.flowdoc.view.FlowRow::id).collect(java.util.stream.Collectors.toSet()), seen,
                "every flow in a diagram");
        assertTrue(pairParts > 1, "the big group is split by pair of zones: " + pairParts);
        assertEquals(graphs.size(), new Diagrams().of(view).size());
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        diagrams().forEach((name, svgs) -> {
            for (int i = 0; i < svgs.size(); i++) {
                out.add(Arguments.of(name + (svgs.size() > 1 ? " #" + (i + 1) : ""), name, svgs.get(i)));
            }
        });
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyLabelTouchesItsArrowAndLiesOnNoOther(String name, String key, String svg) {
        SvgGeometry g = SvgGeometry.read(svg);
        System.out.println("GEOMETRY " + name + ": " + g.summary(6));
        assertTrue(g.flows().size() > 0, name);
        for (SvgGeometry.Flow f : g.flows()) {
            assertEquals(1, f.labels().size(), name + ": one label per arrow, " + f.classes());
            for (SvgGeometry.Rect r : f.labels()) {
                double d = f.distance(r);
                assertTrue(d <= TOUCH, name + ": label " + r + " stands " + d + " px from its arrow " + f.points());
            }
        }
        assertEquals(List.of(), g.overlaps(), name);
        assertEquals(List.of(), g.labelsOnOtherArrows(), name);
        int crossings = g.crossings();
        assertTrue(crossings <= CROSSINGS.getOrDefault(key, 0), name + ": " + crossings + " crossings, recorded "
                + CROSSINGS.getOrDefault(key, 0));
    }

    /** The measure itself can fail: a label moved off its arrow, onto another's, or onto a box is seen. */
    @Test
    void theMeasureSeesALabelOffItsArrow() {
        String svg = diagrams(Orientation.WIDE).get("real en").get(0);
        SvgGeometry g = SvgGeometry.read(svg);
        SvgGeometry.Flow first = g.flows().get(0);
        SvgGeometry.Rect r = first.labels().get(0);
        SvgGeometry.Rect moved = new SvgGeometry.Rect(r.x(), r.y() + r.h() + 5, r.w(), r.h());
        assertTrue(first.distance(moved) > TOUCH, "moved label " + moved);
        SvgGeometry.Rect onBox = g.boxes().get(0);
        SvgGeometry broken = new SvgGeometry(List.of(new SvgGeometry.Flow(first.classes(), first.points(), List.of(onBox))),
                g.boxes());
        assertEquals(1, broken.overlaps().size());
    }
}
