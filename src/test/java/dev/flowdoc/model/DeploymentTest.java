package dev.flowdoc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Conditions evaluate over selected options; a flow without its own condition inherits its group's. */
class DeploymentTest {
    private static Condition is(String id) {
        return new Condition.Is(new OptionRef(id, null));
    }

    @Test
    void conditions() {
        Condition ntp = new Condition.Any(List.of(is("ntp-internet"), is("ntp-internal")));
        assertTrue(ntp.test(Set.of("ntp-internal")));
        assertFalse(ntp.test(Set.of("cluster")));
        assertTrue(new Condition.All(List.of(is("gina"), is("cluster"))).test(Set.of("gina", "cluster")));
        assertFalse(new Condition.All(List.of(is("gina"), is("cluster"))).test(Set.of("gina")));
        assertTrue(new Condition.Not(is("gina")).test(Set.of()));
        assertTrue(Condition.ALWAYS.test(Set.of()));
        assertEquals("(ntp-internet or ntp-internal)", ntp.describe());
    }

    @Test
    void flowConditionOverridesGroupCondition() {
        Flow a = flow("a", null);
        Flow b = flow("b", is("y"));
        Group g = new Group("g", Text.of("G", "G"), Requirement.OPTIONAL, null, List.of(), null, null, List.of(a, b), is("x"), false, null);
        Deployment d = new Deployment(List.of(), List.of());
        assertEquals(is("x"), g.conditionOf(a));
        assertEquals(is("y"), g.conditionOf(b));
        Profile onlyY = new Profile("p", Text.of("P", "P"), null, false, List.of(new OptionRef("y", null)), null);
        assertEquals(List.of("b"), d.groupsFor(List.of(g), onlyY).get(0).flows().stream().map(Flow::id).toList());
        Profile all = new Profile("all", Text.of("A", "A"), null, true, List.of(), null);
        assertEquals(2, d.groupsFor(List.of(g), all).get(0).flows().size());
        Profile none = new Profile("none", Text.of("N", "N"), null, false, List.of(), null);
        assertTrue(d.groupsFor(List.of(g), none).isEmpty(), "empty groups are dropped");
    }

    private static Flow flow(String id, Condition condition) {
        return new Flow(id, List.of(new PortSpec(List.of(Protocol.TCP), List.of(22), null)), PortsJoin.AND, List.of("s"),
                List.of("d"), Text.of("d", "d"), null, null, null, null, List.of(), null, condition, null);
    }
}
