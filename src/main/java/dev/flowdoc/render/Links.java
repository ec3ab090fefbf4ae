package dev.flowdoc.render;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import java.util.Optional;

/**
 * Where a reference leads: a page and an anchor. A flow or group leads to the table on the current page
 * if it shows it, else to the page with the whole matrix; a chapter to the page and anchor of
 * data/chapters.json; a menu entry to its row on the page of menu paths ({@code menupaths::all[]}), if there is one.
 */
public final class Links {
    private final Project project;
    private final Content content;

    public Links(Project project, Content content) {
        this.project = project;
        this.content = content;
    }

    /** A link target; {@code page} is null when the anchor is on the current page. */
    public record Target(String page, String anchor) {
        /** The href in the built HTML site, relative to a page of the same language. */
        public String href() {
            String file = page == null ? "" : page + ".html";
            return anchor == null ? file : file + "#" + anchor;
        }

        /** The target of an AsciiDoc {@code xref:} in the generated AsciiDoc, relative to a page of the same language. */
        public String xref() {
            String file = page == null ? "" : page + ".adoc";
            return anchor == null ? file : file + "#" + anchor;
        }
    }

    public Optional<Target> target(RefKind kind, String id, Language language, String fromPage) {
        Page from = fromPage == null ? null : content.page(language, fromPage).orElse(null);
        return switch (kind) {
            case MENU -> project.menuEntry(id).flatMap(m -> content.menuPage(language)
                    .map(p -> relative(p.name(), m.anchor(), from)));
            case CHAPTER -> project.chapter(id).map(c -> relative(c.page(), c.anchor(), from));
            case GROUP -> project.group(id).flatMap(g -> content.home(language, g.id(), from, project)
                    .map(p -> relative(p.name(), g.anchor(), from)));
            case FLOW -> project.flow(id).flatMap(f -> content.home(language, project.groupOf(f).id(), from, project)
                    .map(p -> relative(p.name(), f.anchor(), from)));
        };
    }

    /**
     * The entry of {@code release} on the page of changes ({@code releasechanges::all[]}: "upgrade.html#release-13-0-0"),
     * where the site has that page and the release has an entry there (a release of data/product.json after the first,
     * not after the documented one).
     */
    public Optional<Target> changes(dev.flowdoc.model.Version release, Language language, String fromPage) {
        var releases = project.product().releases();
        boolean entry = !release.isAfter(project.release()) && releases.stream().skip(1).anyMatch(r -> r.version().equals(release));
        if (!entry) {
            return Optional.empty();
        }
        Page from = fromPage == null ? null : content.page(language, fromPage).orElse(null);
        return content.pages(language).stream()
                .filter(p -> p.macros().stream().anyMatch(m -> m.block() && m.name().equals(CHANGES_MACRO)))
                .findFirst()
                .map(p -> relative(p.name(), releaseAnchor(release), from));
    }

    /** The block macro of the page of changes (render/adoc/Macros.RELEASECHANGES). */
    private static final String CHANGES_MACRO = "releasechanges";

    /** The anchor of a release's entry on the page of changes: the same in both languages ("release-13-0-0"). */
    public static String releaseAnchor(dev.flowdoc.model.Version version) {
        return "release-" + version.toString().replace('.', '-');
    }

    private static Target relative(String page, String anchor, Page from) {
        boolean same = from != null && from.name().equals(page) && anchor != null;
        return new Target(same ? null : page, anchor);
    }
}
