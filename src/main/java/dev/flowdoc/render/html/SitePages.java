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

    public SitePages(Templates theme, Project project, Content content, SiteUrls urls) {
        this.theme = theme;
        this.project = project;
        this.content = content;
        this.urls = urls;
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
            alternates.add(Map.of("hreflang", l.code(), "href", urls.href("", l.code() + "/" + first)));
        }
        alternates.add(Map.of("hreflang", "x-default", "href", urls.href("", "index.html")));
        ctx.put("languages", languages);
        ctx.put("alternates", alternates);
        return theme.render("index", ctx);
    }

    /** Every page in every language, each with its alternates; relative addresses unless a base URL is set. */
    public String sitemap() {
        List<Map<String, Object>> urlList = new ArrayList<>();
        urlList.add(Map.of("loc", urls.href("", "index.html"), "alternates", List.of()));
        PageLayout layout = new PageLayout(theme, project, content, urls);
        for (Language l : Language.values()) {
            for (Page p : content.pages(l)) {
                urlList.add(Map.of("loc", urls.href("", l.code() + "/" + p.htmlName()),
                        "alternates", layout.alternates(p.htmlName(), "")));
            }
        }
        return theme.render("sitemap", Map.of("urls", urlList));
    }
}
