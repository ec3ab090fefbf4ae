package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.PortSpec;
import dev.flowdoc.model.Project;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problems;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Builds the real project once and reads the site back as a reader's browser would. */
class SiteBuildTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Project project;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor).run(TestProjects.REPOSITORY, site, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        assertFalse(problems.hasErrors(), problems.all().toString());
        project = TestProjects.project();
    }

    static Document page(Language language, String name) throws IOException {
        Path file = site.resolve(language.code()).resolve(name);
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyFlowIsOneRowWithPortsSourceAndDestination(Language language) throws IOException {
        Document doc = page(language, "index.html");
        List<Element> rows = doc.select("table.flowtable tbody tr[data-flow]");
        assertEquals(project.flows().count(), rows.size());
        for (Flow flow : project.flows().toList()) {
            Element row = doc.selectFirst("tr[data-flow=" + flow.id() + "]");
            List<Element> cells = row.select("> td").stream().filter(td -> !td.hasClass("group-cell")).toList();
            assertEquals(5, cells.size(), flow.id());
            for (PortSpec p : flow.ports()) {
                assertTrue(cells.get(0).text().contains(p.label()), flow.id() + ": " + cells.get(0).text());
            }
            String source = flow.source().stream().map(id -> project.endpoint(id).orElseThrow().name(language))
                    .collect(Collectors.joining(" "));
            String destination = flow.destination().stream().map(id -> project.endpoint(id).orElseThrow().name(language))
                    .collect(Collectors.joining(" "));
            assertEquals(source, cells.get(1).text());
            assertEquals(destination, cells.get(2).text());
            assertEquals(project.groupOf(flow).id(), row.attr("data-group"));
            assertEquals(project.direction(flow).key(), row.attr("data-direction"));
            String direction = java.util.Map.of("inbound", "eingehend|inbound", "outbound", "ausgehend|outbound",
                    "internal", "intern|internal").get(project.direction(flow).key()).split("\\|")[language == Language.DE ? 0 : 1];
            assertEquals(direction, cells.get(3).text(), flow.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void groupsSpanTheirRows(Language language) throws IOException {
        Document doc = page(language, "index.html");
        for (Group group : project.groups()) {
            Element cell = doc.selectFirst("td.group-cell[data-group-cell=" + group.id() + "]");
            int span = cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1;
            assertEquals(group.flows().size(), span, group.id());
            assertTrue(cell.text().startsWith(group.title().in(language)), cell.text());
        }
        // every body row has five cells counting the spanning ones
        assertEquals(project.groups().size(), doc.select("table.flowtable td.group-cell").size());
    }

    @Test
    void annotationsComeFromTheMessagesOfEachLanguage() throws IOException {
        Element de = page(Language.DE, "index.html").selectFirst("tr[data-flow=cluster-backend-frontend]");
        Element en = page(Language.EN, "index.html").selectFirst("tr[data-flow=cluster-backend-frontend]");
        assertTrue(de.text().contains("(neu in 13.0.0)"), de.text());
        assertTrue(en.text().contains("(new in 13.0.0)"), en.text());
        assertEquals("Funktion / Feature Port Quelle Ziel Richtung Beschreibung",
                page(Language.DE, "index.html").selectFirst("table.flowtable thead").text());
        assertEquals("Function / Feature Port Source Destination Direction Description",
                page(Language.EN, "index.html").selectFirst("table.flowtable thead").text());
        assertTrue(page(Language.DE, "index.html").select("td.group-cell").text().contains("(optional, im Cluster zwingend)"));
        assertTrue(page(Language.EN, "index.html").select(".menuref").first().text().contains("System › Proxy settings"));
    }

    @Test
    void anchorsAreTheSameInBothLanguages() throws IOException {
        for (String name : List.of("index.html", "clustering.html")) {
            assertEquals(ids(page(Language.DE, name)), ids(page(Language.EN, name)), name);
        }
        Set<String> index = ids(page(Language.DE, "index.html"));
        project.flows().forEach(f -> assertTrue(index.contains(f.anchor()), f.anchor()));
        assertTrue(ids(page(Language.EN, "clustering.html")).contains("flow-cluster-backend-frontend"));
    }

    private static Set<String> ids(Document doc) {
        return doc.select("main [id]").stream().map(Element::id).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void pagesHaveLangSwitcherAlternatesAndNavigation(Language language) throws IOException {
        for (String name : List.of("index.html", "clustering.html")) {
            Document doc = page(language, name);
            assertEquals(language.code(), doc.selectFirst("html").attr("lang"));
            Element switcher = doc.selectFirst(".switcher a");
            assertEquals("../" + language.other().code() + "/" + name, switcher.attr("href"));
            assertEquals(language.other().code(), switcher.attr("hreflang"));
            assertEquals("../de/" + name, doc.selectFirst("link[rel=alternate][hreflang=de]").attr("href"));
            assertEquals("../en/" + name, doc.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
            assertEquals("../index.html", doc.selectFirst("link[hreflang=x-default]").attr("href"));
            assertEquals(name, doc.selectFirst("nav a[aria-current=page]").attr("href"));
            assertEquals("print", doc.selectFirst("link[href$=print.css]").attr("media"));
        }
    }

    @Test
    void siteHasLanguageChoiceSitemapExportsAndGeneratedAsciiDoc() throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("de/index.html", "en/index.html"), index.select(".languages a").eachAttr("href"));
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>en/clustering.html</loc>"), sitemap);
        for (Language l : Language.values()) {
            assertTrue(Files.readString(site.resolve(l.code() + "/index.adoc")).contains("|==="));
            assertTrue(Files.exists(site.resolve(l.code() + "/flows.csv")));
        }
        assertTrue(Files.exists(site.resolve("flows.json")));
        assertTrue(Files.exists(site.resolve("assets/js/filter.js")));
        String html = Files.readString(site.resolve("de/index.html"));
        assertFalse(html.contains("http://") || html.contains("https://"), "no external resources");
    }

    @Test
    void everyInternalLinkAndAnchorResolves() throws IOException {
        List<Path> pages;
        try (var files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        int checked = 0;
        for (Path file : pages) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element e : doc.select("a[href], link[href], script[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.startsWith("http:") || ref.startsWith("https:") || ref.startsWith("mailto:")) {
                    continue;
                }
                int hash = ref.indexOf('#');
                String path = hash < 0 ? ref : ref.substring(0, hash);
                Path target = path.isEmpty() ? file : file.getParent().resolve(path.replace('/', File.separatorChar)).normalize();
                assertTrue(Files.exists(target), file + ": " + ref + " leads nowhere");
                if (hash >= 0) {
                    String anchor = ref.substring(hash + 1);
                    Document targetDoc = Jsoup.parse(target.toFile(), "UTF-8");
                    assertTrue(targetDoc.getElementById(anchor) != null, file + ": " + ref + " has no anchor " + anchor);
                }
                checked++;
            }
        }
        assertTrue(checked > 80, "walked " + checked + " links");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void thePdfsAreInTheSiteAndLinkedFromEveryPage(Language language) throws IOException {
        for (String name : List.of("index.pdf", "checklist-full.pdf", "checklist-minimal.pdf")) {
            Path pdf = site.resolve(language.code()).resolve(name);
            assertTrue(Files.size(pdf) > 1000, pdf.toString());
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                assertEquals(language.code(), doc.getDocumentCatalog().getLanguage());
            }
        }
        for (String page : List.of("index.html", "clustering.html")) {
            Set<String> links = page(language, page).select(".downloads a").eachAttr("href").stream().collect(Collectors.toSet());
            assertTrue(links.containsAll(Set.of("../" + language.code() + "/index.pdf",
                    "../" + language.code() + "/checklist-full.pdf", "../" + language.code() + "/checklist-minimal.pdf")), links.toString());
        }
    }

    /** The build writes the manuals from the converted pages: a chapter reference reads as the chapter's title. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theManualPdfShowsTheConvertedProseWithoutMacros(Language language) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(site.resolve(language.code() + "/index.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(project.chapter("clustering").orElseThrow().title().in(language) + "."), text);
            for (String raw : List.of("chapter:", "flow:", "group:", "menupath:", "[]", "{menu:")) {
                assertFalse(text.contains(raw), raw);
            }
        }
    }

    @Test
    void aStaleTranslationIsShownWithABadgeNotHidden(@TempDir Path tmp2) throws IOException {
        Path copy = TestProjects.copyOfRepository(tmp2.resolve("p"));
        TestProjects.replace(copy, "data/flows.json", "Wird für das Herstellen der SSL verschlüsselten Kommunikation",
                "Wird für das Herstellen der TLS verschlüsselten Kommunikation");
        Path out = tmp2.resolve("site");
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor).run(copy, out, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        Path file = out.resolve("en/index.html");
        Element en = Jsoup.parse(file.toFile(), "UTF-8").selectFirst("tr[data-flow=gina-https]");
        assertTrue(en.text().contains("translation pending"), en.text());
        assertEquals(1, Jsoup.parse(file.toFile(), "UTF-8").select(".translation-pending").size(), "only that text");
        Path de = out.resolve("de/index.html");
        assertTrue(Jsoup.parse(de.toFile(), "UTF-8").select(".translation-pending").isEmpty(), "German is the source");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theNewestReleaseIsNamedOnEveryPageAndTheUpgradePageListsItsChanges(Language language) throws IOException {
        String release = (language == Language.DE ? "Version " : "Version ") + "13.0.0";
        for (String name : List.of("index.html", "clustering.html", "upgrade.html")) {
            assertEquals(release, page(language, name).selectFirst(".release").text(), name);
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(site.resolve(language.code() + "/index.pdf").toFile())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("13.0.0"));
        }
        Document upgrade = page(language, "upgrade.html");
        Element first = upgrade.selectFirst("main h2#release-13-0-0");
        assertEquals(language == Language.DE ? "Von 12.1.0 auf 13.0.0" : "From 12.1.0 to 13.0.0", first.text());
        Element open = first.nextElementSibling();
        assertTrue(open.hasClass("open"), open.outerHtml());
        // flows are named by what they do, never by their ids
        assertEquals("TCP 22 (SSH)", open.select("tbody td").get(1).text());
        assertEquals(language == Language.DE ? "intern" : "internal", open.select("tbody td").get(4).text());
        assertTrue(open.select("tbody td").get(5).text().startsWith(language == Language.DE ? "Bei aufgeteilten Systemen" : "On a split system"),
                open.select("tbody td").get(5).text());
        assertFalse(open.text().contains("cluster-backend-frontend"), open.text());
        assertTrue(page(language, "index.html").select("nav a").eachAttr("href").contains("upgrade.html"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void menuPathsInTheTableLinkToThePageOfMenuPathsWhichListsWhatNeedsThem(Language language) throws IOException {
        Element proxy = page(language, "index.html").selectFirst("tr[data-flow=license-support-ssh] a.menuref");
        assertEquals("System › Proxy settings", proxy.text(), "UI labels are not translated");
        assertEquals("menu.html#menu-system.proxy-settings", proxy.attr("href"));
        Document menu = page(language, "menu.html");
        Element row = menu.getElementById("menu-system.proxy-settings").closest("tr");
        assertTrue(row.text().startsWith("System › Proxy settings"), row.text());
        Element flowLink = row.selectFirst("a[href=index.html#flow-license-support-ssh]");
        assertTrue(flowLink != null, row.html());
        assertTrue(row.text().contains(project.group("license-support").orElseThrow().title().in(language)), row.text());
        // every menu entry the data names has its row; the entries are the same in both languages
        assertEquals(22, menu.select("[id^=menu-]").size());
    }
}
