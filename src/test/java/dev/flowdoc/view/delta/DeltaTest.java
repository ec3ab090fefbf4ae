package dev.flowdoc.view.delta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.PortRange;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Version;
import dev.flowdoc.site.Loader;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeltaTest {
    private static final Project HISTORY = load(TestProjects.RESOURCES.resolve("projects/history"));
    private static final Project REAL = load(TestProjects.REPOSITORY);

    static Project load(java.nio.file.Path root) {
        Problems problems = new Problems();
        return Loader.loadAndValidate(root, problems).orElseThrow(() -> new AssertionError(problems.all()));
    }

    @Test
    void aReleaseShowsOnlyItsFlowsWithTheirPortsOfThen() {
        Project old = ReleaseView.at(HISTORY, Version.of("9.2.0"));
        assertEquals(List.of("updates-ssh", "updates-legacy", "mail-in"), old.flows().map(Flow::id).toList());
        assertEquals(List.of(PortRange.of(2222)), old.flow("updates-ssh").orElseThrow().ports().get(0).ports());
        Project now = ReleaseView.at(HISTORY, Version.of("10.0.0"));
        assertEquals(List.of("updates-ssh", "mail-in", "mail-out"), now.flows().map(Flow::id).toList());
        assertEquals(List.of(PortRange.of(22)), now.flow("updates-ssh").orElseThrow().ports().get(0).ports());
    }

    @Test
    void anyVersionWorksEvenUnreleased() {
        assertEquals(List.of(PortRange.of(22)), ReleaseView.at(HISTORY, Version.of("9.99.0")).flow("updates-ssh").orElseThrow().ports().get(0).ports());
        assertEquals(3, ReleaseView.at(HISTORY, Version.of("42.0.0")).flows().count());
        assertEquals(3, ReleaseView.at(HISTORY, Version.of("0.0.1")).flows().count());
    }

    @Test
    void upgradeOpensClosesAndChanges() {
        Delta d = Delta.between(HISTORY, Version.of("9.2.0"), Version.of("10.0.0"));
        assertTrue(d.isUpgrade());
        assertEquals(List.of("mail-out"), ids(d, Action.OPEN));
        assertEquals(List.of("updates-legacy"), ids(d, Action.CLOSE));
        assertEquals(List.of("updates-ssh"), ids(d, Action.CHANGE));
        // the view says it in words, in each language
        DeltaRow de = DeltaView.of(d, HISTORY, words(Language.DE)).rows(Action.CHANGE).get(0);
        assertEquals("TCP 2222 (SSH)", de.portsBefore());
        assertEquals("TCP 22 (SSH)", de.portsAfter());
        assertEquals("TCP 2222 (SSH) → TCP 22 (SSH)", de.ports());
        assertEquals("Port 2222 durch 22 ersetzt.", de.noteText());
        assertEquals("Aktualisierungen", de.group());
        DeltaRow en = DeltaView.of(d, HISTORY, words(Language.EN)).rows(Action.CHANGE).get(0);
        assertEquals("Port 2222 replaced by 22.", en.noteText());
        assertEquals("Required for updates (see also System › Proxy settings).", en.descriptionText());
        assertEquals(en.name(), "Appliance → update.example.com, TCP 22 (SSH)");
    }

    @Test
    void downgradeIsTheMirrorImage() {
        Delta d = Delta.between(HISTORY, Version.of("10.0.0"), Version.of("9.2.0"));
        assertFalse(d.isUpgrade());
        assertEquals(List.of("updates-legacy"), ids(d, Action.OPEN));
        assertEquals(List.of("mail-out"), ids(d, Action.CLOSE));
        assertEquals(List.of("updates-ssh"), ids(d, Action.CHANGE));
        DeltaView view = DeltaView.of(d, HISTORY, words(Language.DE));
        assertEquals("TCP 22 (SSH) → TCP 2222 (SSH)", view.rows(Action.CHANGE).get(0).ports());
        assertEquals("TCP 2222 (SSH)", view.open().row("updates-ssh").orElseThrow().portsText());
        assertEquals("Port 2222 durch 22 ersetzt.", view.rows(Action.CHANGE).get(0).noteText(), "crossed on the way down too");
    }

    @Test
    void sameReleaseHasNoDelta() {
        assertTrue(Delta.between(HISTORY, Version.of("9.10.0"), Version.of("9.10.0")).entries().isEmpty());
    }

    @Test
    void realDataBackendToFrontendArrivesIn13() {
        assertTrue(ReleaseView.at(REAL, Version.of("12.1.0")).flow("cluster-backend-frontend").isEmpty());
        assertTrue(ReleaseView.at(REAL, Version.of("13.0.0")).flow("cluster-backend-frontend").isPresent());
        assertEquals(List.of("cluster-backend-frontend"),
                ids(Delta.between(REAL, Version.of("12.1.0"), Version.of("13.0.0")), Action.OPEN));
        assertEquals(List.of("cluster-backend-frontend"),
                ids(Delta.between(REAL, Version.of("13.0.0"), Version.of("12.1.0")), Action.CLOSE));
        assertEquals(List.of("admin-restapi"), ids(Delta.between(REAL, Version.of("12.0.0"), Version.of("12.1.0")), Action.OPEN));
    }

    private static List<String> ids(Delta d, Action action) {
        return d.flowIds(action);
    }

    private static dev.flowdoc.model.Messages words(Language language) {
        return new dev.flowdoc.load.ThemeLoader(TestProjects.REPOSITORY).messages(language);
    }
}
