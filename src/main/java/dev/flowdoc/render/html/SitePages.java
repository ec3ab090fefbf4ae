package dev.flowdoc.render.html;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Project;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The site-wide pages: index.html (choice of language) and sitemap.xml. */
public final class SitePages {
    private final Templates theme;
    private final Project project;
    private final Content content;
    private final SiteUrls urls;
    private final ReleaseSites releases;

    public SitePages(Templates theme, Project project, Content content, SiteUrls urls) {
        this(theme, project, content, urls, ReleaseSites.NONE);
    }

    /** {@code urls}: the site root's addresses; {@code releases}: the releases published beside this one. */
    public SitePages(Templates theme, Project project, Content content, SiteUrls urls, ReleaseSites releases) {
        this.theme = theme;
        this.project = project;
        this.content = content;
        this.urls = urls;
        this.releases = releases;
    }

    public String languageChoice() {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("lang", Language.SOURCE.code());
        ctx.put("product", project.product().name());
        ctx.put("release", theme.messages(Language.SOURCE).format("release.label", project.release()));
        List<Map<String, String>> languages = new ArrayList<>();
        List<Map<String, String>> alternates = new ArrayList<>();
        for (Language l : Language.values()) {
            String first = content.pages(l).isEmpty() ? "index.html" : content.pages(l).get(0).htmlName();
            languages.add(Map.of("lang", l.code(), "href", l.code() + "/" + first,
                    "title", theme.messages(l).get("language.name") + " – " + theme.messages(l).get("index.title"),
                    "choose", theme.messages(l).get("index.choose")));
            alternates.add(Map.of("hreflang", l.code(), "href", urls.in(releases.folder()).href("", l.code() + "/" + first)));
        }
        alternates.add(Map.of("hreflang", "x-default", "href", urls.in(releases.folder()).href("", "index.html")));
        ctx.put("languages", languages);
        ctx.put("alternates", alternates);
        return theme.render("index", ctx);
    }

    /**
     * Every page in every language, each with its alternates; relative addresses unless a base URL is set. With
     * several releases published: the pages of every release's site, the root's first.
     */
    public String sitemap() {
        List<Map<String, Object>> urlList = new ArrayList<>();
        for (String folder : releases.active() ? releases.folders() : List.of("")) {
            SiteUrls here = urls.in(folder);
            String prefix = urls.absolute() ? "" : folder;
            urlList.add(Map.of("loc", here.href(prefix, "index.html"), "alternates", List.of()));
            PageLayout layout = new PageLayout(theme, project, content, here);
            for (Language l : Language.values()) {
                for (Page p : content.pages(l)) {
                    if (!releases.active() || releases.pages().getOrDefault(releases.releaseIn(folder), java.util.Set.of())
                            .contains(l.code() + "/" + p.htmlName())) {
                        urlList.add(Map.of("loc", here.href(prefix, l.code() + "/" + p.htmlName()),
                                "alternates", layout.alternates(p.htmlName(), prefix)));
                    }
                }
            }
        }
        return theme.render("sitemap", Map.of("urls", urlList));
    }
}
