package dev.flowdoc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry names every text by its id path, with the entry it belongs to, its context and its place. */
class ProjectTextsTest {
    private final Project history = TestProjects.data(TestProjects.RESOURCES.resolve("projects/history"));

    @Test
    void aChangeNoteBelongsToItsFlowAndIsNumberedInItsIdPath() {
        ProjectTexts.Entry note = history.texts().find("flows/group:updates/flow:updates-ssh/change:1/note").orElseThrow();
        assertEquals("flow 'updates-ssh' change 9.10.0 note", note.describe());
        assertEquals("group 'updates' („Aktualisierungen“) › flow 'updates-ssh' (TCP 22 SSH, appliance → update-host)"
                + " › change '1'", note.context());
        assertEquals(new Location("data/flows.json", 24, 23), note.location());
        assertEquals("Port 2222 durch 22 ersetzt.", note.text().de());
    }

    @Test
    void groupNotesAreNumberedFromOne() {
        ProjectTexts.Entry note = history.texts().find("flows/group:mail/note:1").orElseThrow();
        assertEquals("group 'mail' note 1", note.describe());
        assertEquals(EntryKind.GROUP, note.kind());
    }

    @Test
    void everyTextOfTheRepositoryOnceWithItsPlace() {
        List<ProjectTexts.Entry> all = TestProjects.project().texts().all();
        assertEquals(100, all.size());
        assertEquals(all.size(), new HashSet<>(all.stream().map(ProjectTexts.Entry::idPath).toList()).size());
        assertTrue(all.stream().allMatch(e -> e.location().file().startsWith("data/") && e.location().line() > 0), "places");
        ProjectTexts.Entry profile = TestProjects.project().texts().find("profiles/minimal/title").orElseThrow();
        assertEquals("data/profiles/minimal.json", profile.location().file());
        assertEquals("", profile.context());
    }
}
