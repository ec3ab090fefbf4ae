package dev.flowdoc.render.feed;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.render.adoc.Macros;
import dev.flowdoc.render.adoc.ReleaseChangesSource;
import dev.flowdoc.render.html.ReleaseSites;
import dev.flowdoc.view.delta.ReleaseHistory;
import dev.flowdoc.view.delta.ReleaseHistory.Step;
import java.util.Optional;

/**
 * Where a release's documentation lies in the site, as site paths (relative to the site's root): the documented
 * release at the root, every other published release under "RELEASE/", an unpublished one nowhere. A release's
 * upgrade page is the page of the language that holds {@code releasechanges::all[]}, at the release's heading there.
 * The layout is {@link ReleaseSites#folderOf(dev.flowdoc.model.Version, dev.flowdoc.model.Version, boolean)}, the rule
 * the build writes the sites by; the feeds are written once, at the root, so they see it from there.
 */
public record ReleaseLinks(ReleaseHistory history, Content content) {
    /** The release's site folder: "" for the root, "12.1.0/", or empty when the release has no site. */
    public Optional<String> folder(Step step) {
        return ReleaseSites.folderOf(step.version(), history.documented(), step.published());
    }

    /** The page of a language that lists the changes release by release (e.g. "upgrade.html"), if there is one. */
    public Optional<String> upgradePage(Language language) {
        return content.pages(language).stream()
                .filter(p -> p.macros().stream().anyMatch(m -> m.block() && m.name().equals(Macros.RELEASECHANGES)))
                .map(Page::htmlName).findFirst();
    }

    /** The language's first page ("index.html"). */
    public String mainPage(Language language) {
        return content.pages(language).isEmpty() ? "index.html" : content.pages(language).get(0).htmlName();
    }

    /**
     * The site path that tells what changed with the release: its upgrade page at its heading, in its own site or,
     * without one, in the root's (which lists every release up to the documented one); the first release, which
     * changes nothing, its main page.
     */
    public String changesPath(Step step, Language language) {
        String folder = folder(step).orElse("");
        Optional<String> upgrade = upgradePage(language);
        if (step.first() || upgrade.isEmpty()) {
            return folder + language.code() + "/" + mainPage(language);
        }
        return folder + language.code() + "/" + upgrade.get() + "#" + ReleaseChangesSource.anchor(step.version());
    }
}
