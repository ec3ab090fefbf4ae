package dev.flowdoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.diag.Problems;
import dev.flowdoc.load.JsonDocument;
import dev.flowdoc.load.SchemaCheck;
import dev.flowdoc.model.Language;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real project's change feeds as a reader's and a machine's client take them: the Atom feeds parse in Python's
 * feedparser (the parser behind many feed readers) without a complaint and list the 12.0.0 → 12.1.0 and 12.1.0 → 13.0.0
 * changes in both languages; releases.json validates against data/schema/releases.schema.json; every page links its
 * language's feed; every path the two name leads to a file (and heading) of the built site.
 */
class ChangeFeedsTest {
    @TempDir
    static Path tmp;
    static Path site;
    static JsonNode parsed;

    @BeforeAll
    static void build() throws Exception {
        site = tmp.resolve("site");
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor).run(TestProjects.REPOSITORY, site, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        parsed = feedparser(site.resolve("de/changes.atom"), site.resolve("en/changes.atom"));
    }

    /** The feeds as feedparser reads them: per feed bozo, version, title and the entries' id, title, updated, link, content. */
    static JsonNode feedparser(Path... feeds) throws IOException, InterruptedException {
        String script = """
                import feedparser, json, sys
                out = []
                for f in sys.argv[1:]:
                    d = feedparser.parse(f)
                    out.append({"bozo": int(d.bozo), "problem": str(d.get("bozo_exception", "")), "version": d.version,
                        "title": d.feed.get("title"), "updated": d.feed.get("updated"), "language": d.feed.get("language"),
                        "author": d.feed.get("author"), "id": d.feed.get("id"),
                        "self": [l.get("href") for l in d.feed.get("links", []) if l.get("rel") == "self"],
                        "entries": [{"id": e.id, "title": e.title, "updated": e.updated, "link": e.link,
                                     "content": e.content[0].value, "type": e.content[0].type} for e in d.entries]})
                print(json.dumps(out))
                """;
        String python = python();
        List<String> command = new ArrayList<>(List.of(python, "-c", script));
        for (Path f : feeds) {
            command.add(f.toString());
        }
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return new ObjectMapper().readTree(out);
    }

    /** A Python that has feedparser: Debian's (python3-feedparser, which .ci/run installs) or the first on the PATH. */
    static String python() throws IOException, InterruptedException {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import feedparser").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not there: the next
            }
        }
        fail("no python3 with feedparser: apt-get install python3-feedparser (.ci/run does) or pip install feedparser");
        return null;
    }

    @Test
    void theFeedsParseWithoutAComplaint() {
        for (JsonNode feed : parsed) {
            assertEquals(0, feed.get("bozo").asInt(), feed.get("problem").asText());
            assertEquals("atom10", feed.get("version").asText());
            assertEquals("SEPPmail Secure E-Mail Gateway", feed.get("author").asText());
            assertEquals("2026-03-16T00:00:00Z", feed.get("updated").asText(), "the newest release's date from product.json");
            assertEquals(1, feed.get("self").size());
            assertEquals(3, feed.get("entries").size(), "one entry per release");
        }
        assertEquals("de", parsed.get(0).get("language").asText());
        assertEquals("en", parsed.get(1).get("language").asText());
    }

    @Test
    void theFeedsListBothUpgradesInBothLanguages() {
        JsonNode de = parsed.get(0).get("entries");
        JsonNode en = parsed.get(1).get("entries");
        assertEquals("Firewall-Änderungen von 12.1.0 auf 13.0.0", de.get(0).get("title").asText());
        assertEquals("Firewall-Änderungen von 12.0.0 auf 12.1.0", de.get(1).get("title").asText());
        assertEquals("Firewall changes from 12.1.0 to 13.0.0", en.get(0).get("title").asText());
        assertEquals("Firewall changes from 12.0.0 to 12.1.0", en.get(1).get("title").asText());
        assertEquals("2026-03-16T00:00:00Z", en.get(0).get("updated").asText());
        assertEquals("2025-06-02T00:00:00Z", en.get(1).get("updated").asText());
        assertEquals("2024-11-18T00:00:00Z", en.get(2).get("updated").asText());
        // 12.1.0 → 13.0.0 opens the cluster's SSH, 12.0.0 → 12.1.0 the REST API (FACTS: since 12.1.0, port 8445)
        String deNewest = de.get(0).get("content").asText();
        assertTrue(deNewest.contains("Freizuschalten") && deNewest.contains("Cluster Kommunikation") && deNewest.contains("TCP 22 (SSH)"), deNewest);
        String enNewest = en.get(0).get("content").asText();
        assertTrue(enNewest.contains("To open") && enNewest.contains("Cluster communication") && enNewest.contains("TCP 22 (SSH)"), enNewest);
        assertFalse(enNewest.contains("Freizuschalten"), enNewest);
        String deRest = de.get(1).get("content").asText();
        assertTrue(deRest.contains("TCP 8445 (HTTPS)") && deRest.contains("Wird für die Administration via RestAPI benötigt."), deRest);
        String enRest = en.get(1).get("content").asText();
        assertTrue(enRest.contains("TCP 8445 (HTTPS)") && enRest.contains("Required to administer the appliance through the REST API."), enRest);
        assertEquals("application/xhtml+xml", en.get(1).get("type").asText());
        assertTrue(en.get(1).get("link").asText().endsWith("12.1.0/en/upgrade.html#release-12-1-0"), en.get(1).get("link").asText());
    }

    @Test
    void releasesJsonValidatesAgainstItsSchema() throws IOException {
        Problems problems = new Problems();
        JsonDocument doc = JsonDocument.read(site.resolve("releases.json"), "releases.json", problems).orElseThrow();
        assertTrue(SchemaCheck.check(doc, "releases", problems), problems.all().toString());
        assertTrue(problems.all().isEmpty(), problems.all().toString());
        JsonNode releases = doc.root().get("releases");
        assertEquals(List.of("12.0.0", "12.1.0", "13.0.0"), List.of(releases.get(0).get("version").asText(),
                releases.get(1).get("version").asText(), releases.get(2).get("version").asText()));
        assertEquals("2025-06-02", releases.get(1).get("date").asText());
        assertEquals("12.1.0/", releases.get(1).get("site").asText());
        assertEquals("", releases.get(2).get("site").asText(), "the newest at the root");
        assertEquals("admin-restapi", releases.get(0).at("/next/open/0/flow").asText());
        assertEquals(8445, releases.get(0).at("/next/open/0/portsAfter/0/ports/0").asInt());
        assertEquals("cluster-backend-frontend", releases.get(1).at("/next/open/0/flow").asText());
        assertEquals("Cluster communication", releases.get(1).at("/next/open/0/groupTitle/en").asText());
        assertEquals("Cluster Kommunikation", releases.get(1).at("/next/open/0/groupTitle/de").asText());
    }

    @Test
    void everyPageLinksItsLanguagesFeed() throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            // the pages of each language (the language choice at the root is no page of a language)
            pages = walk.filter(f -> f.toString().endsWith(".html") && f.getParent().getFileName().toString().matches("de|en")).toList();
        }
        assertFalse(pages.isEmpty());
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            List<Element> links = doc.select("head link[rel=alternate][type=application/atom+xml]");
            assertEquals(1, links.size(), page + " links one feed");
            String href = links.get(0).attr("href");
            assertFalse(URI.create(href).isAbsolute(), "relative, so that it works from file://: " + href);
            Path feed = page.getParent().resolve(href).normalize();
            assertEquals(doc.select("html").attr("lang") + "/changes.atom", site.relativize(feed).toString().replace('\\', '/')
                    .replaceFirst("^\\d+\\.\\d+\\.\\d+/", ""), page + " links its language's feed");
            assertTrue(Files.isRegularFile(feed), page + " links " + href + ", which is not there");
            assertFalse(links.get(0).attr("title").isBlank());
        }
    }

    @Test
    void everyPathTheyNameLeadsToTheSite() throws IOException {
        JsonNode root = new ObjectMapper().readTree(site.resolve("releases.json").toFile());
        List<String> paths = new ArrayList<>();
        root.get("feeds").forEach(f -> paths.add(f.asText()));
        for (JsonNode r : root.get("releases")) {
            if (!r.get("flows").isNull()) {
                paths.add(r.get("flows").asText());
                r.get("pages").forEach(p -> paths.add(p.asText()));
            }
            if (!r.get("next").isNull()) {
                r.at("/next/changes").forEach(p -> paths.add(p.asText()));
            }
        }
        for (Language l : Language.values()) {
            for (JsonNode e : parsed.get(l.ordinal()).get("entries")) {
                String link = e.get("link").asText();
                // relative to the feed's folder, as a reader resolves it against the feed's address
                String file = link.replaceFirst("#.*", "");
                assertFalse(URI.create(file).isAbsolute(), link);
                Path target = site.resolve(l.code()).resolve(file).normalize();
                assertTrue(target.startsWith(site), link);
                paths.add(site.relativize(target).toString().replace('\\', '/') + (link.contains("#") ? link.substring(link.indexOf('#')) : ""));
            }
        }
        assertTrue(paths.size() > 12, paths.toString());
        for (String path : paths) {
            String file = path.replaceFirst("#.*", "");
            assertTrue(Files.isRegularFile(site.resolve(file)), path + " is not in the site");
            if (path.contains("#")) {
                Document doc = Jsoup.parse(site.resolve(file).toFile(), "UTF-8");
                assertFalse(doc.select("[id=" + path.substring(path.indexOf('#') + 1) + "]").isEmpty(), path + ": no such heading");
            }
        }
    }
}
