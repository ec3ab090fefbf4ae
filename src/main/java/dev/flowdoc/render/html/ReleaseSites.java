package dev.flowdoc.render.html;

import dev.flowdoc.model.Version;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The releases one build publishes side by side, as the site a page belongs to sees them: the newest at the site's
 * root, every published release under its own folder ("12.1.0/"). {@link #NONE}: the site holds one release (a
 * project without {@code "published"}), and the pages carry no switcher, notice or canonical link.
 *
 * @param releases the releases the switcher offers, newest first (the newest always among them)
 * @param newest the release at the site's root
 * @param current the release this site documents
 * @param folder this site's folder below the root: "" (the root) or "12.1.0/"
 * @param pages the site paths of the pages ("de/index.html") each release has
 * @param published the releases that also have a folder of their own ("13.0.0/" beside the root), oldest first
 */
public record ReleaseSites(List<Version> releases, Version newest, Version current, String folder,
        Map<Version, Set<String>> pages, List<Version> published) {
    public static final ReleaseSites NONE = new ReleaseSites(List.of(), null, null, "", Map.of(), List.of());

    /**
     * The layout's one rule, for the build's sites and for the feeds alike: the release at the root ({@code atRoot},
     * the newest documented) is read at "", every other published release in "VERSION/", any other has no site.
     */
    public static Optional<String> folderOf(Version release, Version atRoot, boolean published) {
        if (release.equals(atRoot)) {
            return Optional.of("");
        }
        return published ? Optional.of(ownFolder(release)) : Optional.empty();
    }

    /** A published release's own folder below the root, "12.1.0/" (the newest has one too, beside the root). */
    public static String ownFolder(Version release) {
        return release + "/";
    }

    public ReleaseSites {
        releases = List.copyOf(releases);
        pages = Map.copyOf(pages);
        published = List.copyOf(published);
    }

    /** Every folder the build writes a site into: the root ("") first, then each published release's. */
    public List<String> folders() {
        List<String> all = new java.util.ArrayList<>();
        all.add("");
        published.forEach(v -> all.add(ownFolder(v)));
        return all;
    }

    /** The release whose site is in {@code folder}. */
    public Version releaseIn(String folder) {
        return folder.isEmpty() ? newest : Version.of(folder.substring(0, folder.length() - 1));
    }

    public boolean active() {
        return !releases.isEmpty();
    }

    /** The same releases as seen from the site of {@code release} in {@code folder}. */
    public ReleaseSites at(Version release, String folder) {
        return new ReleaseSites(releases, newest, release, folder, pages, published);
    }

    /** True when this site documents a release older than the newest: its pages say so and link to the newest. */
    public boolean older() {
        return active() && !current.equals(newest);
    }

    /** The folder a release of the switcher (the newest or a published one) is read in: the root for the newest, else "VERSION/". */
    public String folderOf(Version release) {
        return folderOf(release, newest, true).orElseThrow();
    }

    /** From a page of this site ("de/x.html" inside its folder) up to the site's root. */
    public String toRoot() {
        return folder.isEmpty() ? "../" : "../../";
    }

    /**
     * The root-relative path of {@code page} ("de/x.html") in {@code release}'s site, or of that release's main page
     * in the same language when the release has no such page.
     */
    public String pathIn(Version release, String page, String mainPage) {
        Set<String> there = pages.getOrDefault(release, Set.of());
        return folderOf(release) + (there.contains(page) ? page : mainPage);
    }
}
