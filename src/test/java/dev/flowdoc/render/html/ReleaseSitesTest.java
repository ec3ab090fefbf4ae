package dev.flowdoc.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowdoc.model.Version;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one folder rule of a build's release sites, as the switcher's sites and the feeds ask it. */
class ReleaseSitesTest {
    static final Version NEWEST = Version.of("13.0.0");
    static final Version PUBLISHED = Version.of("12.1.0");
    static final Version UNPUBLISHED = Version.of("12.0.0");

    @Test
    void theRootHoldsTheNewestAPublishedReleaseItsFolderAnyOtherNone() {
        assertEquals(Optional.of(""), ReleaseSites.folderOf(NEWEST, NEWEST, true));
        assertEquals(Optional.of(""), ReleaseSites.folderOf(NEWEST, NEWEST, false), "the documented release is at the root, published or not");
        assertEquals(Optional.of("12.1.0/"), ReleaseSites.folderOf(PUBLISHED, NEWEST, true));
        assertEquals(Optional.empty(), ReleaseSites.folderOf(UNPUBLISHED, NEWEST, false));
        assertEquals("9.10.0/", ReleaseSites.ownFolder(Version.of("9.10.0")));
    }

    @Test
    void theSwitchersSitesFollowTheSameRule() {
        ReleaseSites sites = new ReleaseSites(List.of(NEWEST, PUBLISHED), NEWEST, NEWEST, "",
                Map.of(NEWEST, Set.of("de/index.html", "de/new.html"), PUBLISHED, Set.of("de/index.html")), List.of(PUBLISHED, NEWEST));
        assertEquals(List.of("", "12.1.0/", "13.0.0/"), sites.folders(), "the newest has its own folder too, beside the root");
        assertEquals("", sites.folderOf(NEWEST));
        assertEquals("12.1.0/", sites.folderOf(PUBLISHED));
        for (String folder : sites.folders()) {
            Version release = sites.releaseIn(folder);
            assertEquals(folder.isEmpty() ? NEWEST : Version.of(folder.replace("/", "")), release, folder);
        }
        assertEquals("12.1.0/de/index.html", sites.pathIn(PUBLISHED, "de/new.html", "de/index.html"), "a page the release lacks: its main page");
        assertEquals("de/new.html", sites.pathIn(NEWEST, "de/new.html", "de/index.html"));
    }
}
