package dev.flowdoc.render.html;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import dev.flowdoc.render.pdf.PdfSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a converted page body into the theme's layout: {@code <html lang>}, navigation of the language's
 * pages, a switcher to the same page in the other language, hreflang alternates, downloads, filter form.
 */
public final class PageLayout {
    /** The folder of the shared assets (css/, js/) in the site. */
    public static final String ASSETS = "assets/";
    /** The change feed's file in each language's folder (see render/feed/ChangesAtom). */
    public static final String FEED = "changes.atom";

    private final Templates theme;
    private final Project project;
    private final Content content;
    /** The addresses of this release's site (its folder below the root, when the site has one). */
    private final SiteUrls urls;
    /** The addresses from the site's root, for links to the other releases. */
    private final SiteUrls rootUrls;
    private final ReleaseSites releases;

    public PageLayout(Templates theme, Project project, Content content, SiteUrls urls) {
        this(theme, project, content, urls, ReleaseSites.NONE);
    }

    /** {@code urls}: the site root's addresses; {@code releases}: the releases published beside this one. */
    public PageLayout(Templates theme, Project project, Content content, SiteUrls urls, ReleaseSites releases) {
        this.theme = theme;
        this.project = project;
        this.content = content;
        this.rootUrls = urls;
        this.urls = urls.in(releases.folder());
        this.releases = releases;
    }

    /** The main page of a language, as the language choice leads to it ("de/index.html"). */
    public static String mainPage(Content content, Language language) {
        return language.code() + "/" + (content.pages(language).isEmpty() ? "index.html" : content.pages(language).get(0).htmlName());
    }

    /**
     * The release switcher, the older release's notice and the canonical link to the newest release's page, for
     * the page at {@code here} ("de/x.html"); nothing when the site holds one release.
     */
    private void releases(Map<String, Object> ctx, Language language, String here) {
        if (!releases.active()) {
            return;
        }
        var words = theme.messages(language);
        String main = mainPage(content, language);
        String toRoot = releases.toRoot();
        List<Map<String, Object>> list = new ArrayList<>();
        for (var v : releases.releases()) {
            // links a reader follows stay relative (file://, any host); the canonical address is absolute with a base URL
            list.add(Map.of("href", toRoot + releases.pathIn(v, here, main),
                    "label", words.format("release.label", v), "here", v.equals(releases.current())));
        }
        ctx.put("releaseSwitch", Map.of("choose", words.get("release.switch"),
                "shown", words.format("release.label", releases.current()), "releases", list));
        String newest = releases.pathIn(releases.newest(), here, main);
        if (releases.older()) {
            ctx.put("notice", Map.of("text", words.format("release.notice", releases.current()),
                    "link", words.format("release.latest", releases.newest()), "href", toRoot + newest));
        }
        if (!releases.folder().isEmpty()) {
            ctx.put("canonical", rootUrls.href(toRoot, newest));
        }
    }

    public String render(Page page, String body) {
        Language language = page.language();
        Language other = language.other();
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("lang", language.code());
        ctx.put("title", page.title());
        ctx.put("product", project.product().name());
        ctx.put("release", theme.messages(language).format("release.label", project.release()));
        ctx.put("assets", "../" + ASSETS);
        ctx.put("body", body);
        ctx.put("adoc", page.name() + ".adoc");
        ctx.put("m", Templates.forTemplates(theme.messages(language)));
        ctx.put("switcher", Map.of(
                "href", "../" + other.code() + "/" + page.htmlName(),
                "lang", other.code(),
                "label", theme.messages(other).get("language.switch")));
        ctx.put("alternates", alternates(page.htmlName(), "../"));
        releases(ctx, language, language.code() + "/" + page.htmlName());
        // the one feed of the site, at its root: every release's pages link it
        ctx.put("feed", Map.of("href", rootUrls.href(releases.toRoot(), language.code() + "/" + FEED),
                "title", theme.messages(language).get("feed.link")));
        List<Map<String, Object>> nav = new ArrayList<>();
        for (Page p : content.pages(language)) {
            nav.add(Map.of("href", p.htmlName(), "title", p.title(), "current", p.name().equals(page.name())));
        }
        ctx.put("nav", nav);
        List<Map<String, String>> groups = new ArrayList<>();
        for (Group g : project.groups()) {
            groups.add(Map.of("id", g.id(), "title", g.title().in(language)));
        }
        ctx.put("groups", groups);
        ctx.put("manualPdf", "../" + PdfSet.manualPath(language));
        List<Map<String, String>> checklists = new ArrayList<>();
        for (Profile profile : project.deployment().profiles()) {
            checklists.add(Map.of("href", "../" + PdfSet.checklistPath(language, profile),
                    "title", theme.messages(language).format("downloads.checklist", profile.title().in(language))));
        }
        ctx.put("checklists", checklists);
        return theme.render("layout", ctx);
    }

    /** hreflang alternates of a page: each language, and x-default for the language choice. */
    List<Map<String, String>> alternates(String htmlName, String toRoot) {
        List<Map<String, String>> list = new ArrayList<>();
        for (Language l : Language.values()) {
            list.add(Map.of("hreflang", l.code(), "href", urls.href(toRoot, l.code() + "/" + htmlName)));
        }
        list.add(Map.of("hreflang", "x-default", "href", urls.href(toRoot, "index.html")));
        return list;
    }
}
