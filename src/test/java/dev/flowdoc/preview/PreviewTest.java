package dev.flowdoc.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview on a copy of the real project, with the tests' shared Asciidoctor: what a change rebuilds,
 * what a broken change leaves, and what the server answers. The tests run in order on one preview, as a writer
 * works: each starts from the state the one before left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewTest {
    @TempDir
    static Path tmp;
    static Path project;
    static Preview preview;
    static PreviewServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        project = TestProjects.copyOfRepository(tmp.resolve("project"));
        preview = new Preview(project, tmp.resolve("site"), TestProjects::asciidoctor);
        Preview.Outcome first = preview.buildAll();
        assertTrue(first.state().ok(), first.state().problems().toString());
        server = new PreviewServer(preview, 0);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
        preview.close();
    }

    static String onDisk(String page) throws IOException {
        return Files.readString(preview.out().resolve(page), StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void theServerListensOnTheLoopbackAddressOnly() {
        InetAddress address = server.address().getAddress();
        assertTrue(address.isLoopbackAddress(), address.toString());
        assertEquals("127.0.0.1", address.getHostAddress());
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
    }

    @Test
    @Order(2)
    void servedPagesCarryTheReloadScriptButTheSiteOnDiskDoesNot() throws Exception {
        HttpResponse<String> page = get("/de/index.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/_flowdoc/live.js"), "injected when served");
        assertFalse(onDisk("de/index.html").contains("_flowdoc"), "never in the built site");
        HttpResponse<String> script = get("/_flowdoc/live.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("EventSource('/_flowdoc/events'"), script.body());
        assertEquals(404, get("/de/no-such-page.pdf").statusCode());
        HttpResponse<String> outside = get("/%2e%2e/%2e%2e/project/data/flows.json");
        assertTrue(outside.statusCode() == 403 || outside.statusCode() == 404, "never outside the site: " + outside.statusCode());
    }

    @Test
    @Order(3)
    void aDataChangeRebuildsThePagesThatShowDataAndTheServedPageChanges() throws Exception {
        long generation = preview.state().generation();
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        preview.onPage((path, g) -> heard.add("page " + path + " " + g));
        preview.onOutcome(o -> heard.add("site " + o.state().generation()));
        TestProjects.replace(project, "data/flows.json", "Lizenzänderungen Support", "Lizenzänderungen Vorschau-Test");
        Preview.Outcome outcome = preview.rebuild(Set.of(project.resolve("data/flows.json")));
        assertTrue(outcome.state().ok(), outcome.state().problems().toString());
        assertEquals(generation + 1, outcome.state().generation());
        // each page is announced as soon as it is on disk, the first before the others are rendered
        assertEquals("page de/index.html " + (generation + 1), heard.get(0), heard.toString());
        assertTrue(heard.contains("page en/index.html " + (generation + 1)), heard.toString());
        assertEquals("site " + (generation + 1), heard.get(heard.size() - 1), heard.toString());
        assertEquals(outcome.written().size() + 1, heard.size(), "one event per page written, then the site: " + heard);
        assertTrue(outcome.written().containsAll(List.of("de/index.html", "en/index.html")), outcome.written().toString());
        // the main page shows the edited row in its table only: its conversion is reused with the new table put in
        assertFalse(outcome.converted().contains("content/de/index.adoc"), outcome.converted().toString());
        assertTrue(onDisk("de/index.html").contains("Lizenzänderungen Vorschau-Test"));
        HttpResponse<String> served = get("/de/index.html");
        assertTrue(served.body().contains("Lizenzänderungen Vorschau-Test"));
        assertTrue(served.body().contains("data-generation=\"" + (generation + 1) + "\""), "the page knows its generation");
        assertTrue(onDisk("flows.json").contains("Lizenzänderungen Vorschau-Test"), "exports follow");
    }

    @Test
    @Order(4)
    void aContentChangeConvertsOnlyThatPage() throws Exception {
        Path page = project.resolve("content/en/clustering.adoc");
        Files.writeString(page, Files.readString(page, StandardCharsets.UTF_8) + "\nA sentence added in the preview.\n",
                StandardCharsets.UTF_8);
        Preview.Outcome outcome = preview.rebuild(Set.of(page));
        assertTrue(outcome.state().ok(), outcome.state().problems().toString());
        // the page in each release the repository publishes (12.0.0, 12.1.0, 13.0.0 at the root and in its folder)
        assertEquals(List.of("en/clustering.html", "12.0.0/en/clustering.html", "12.1.0/en/clustering.html",
                "13.0.0/en/clustering.html"), outcome.written());
        assertEquals(List.of("content/en/clustering.adoc", "12.0.0/content/en/clustering.adoc", "12.1.0/content/en/clustering.adoc"),
                outcome.converted());
        assertTrue(onDisk("12.1.0/en/clustering.html").contains("A sentence added in the preview."), "served in every release");
        assertTrue(onDisk("en/clustering.html").contains("A sentence added in the preview."));
    }

    @Test
    @Order(5)
    void aBrokenDataFileKeepsTheLastGoodSiteAndExposesTheProblems() throws Exception {
        String before = onDisk("de/index.html");
        long generation = preview.state().generation();
        String flows = Files.readString(project.resolve("data/flows.json"), StandardCharsets.UTF_8);
        TestProjects.replace(project, "data/flows.json", "\"ports\": [22]", "\"ports\": [70000]");
        Preview.Outcome outcome = preview.rebuild(Set.of(project.resolve("data/flows.json")));
        assertFalse(outcome.state().ok());
        assertEquals(generation, outcome.state().generation(), "no new site");
        assertTrue(outcome.written().isEmpty());
        assertEquals(before, onDisk("de/index.html"), "the last good page stays");
        String message = outcome.state().problems().get(0).format();
        assertTrue(message.matches("data/flows\\.json:\\d+:\\d+: error: .*70000.*"), message);
        HttpResponse<String> status = get("/_flowdoc/status");
        assertTrue(status.body().contains("\"ok\":false"), status.body());
        assertTrue(status.body().contains("70000"), status.body());
        assertTrue(get("/de/index.html").body().contains("Lizenzänderungen Vorschau-Test"), "the last good site is served");

        Files.writeString(project.resolve("data/flows.json"), flows, StandardCharsets.UTF_8);
        Preview.Outcome repaired = preview.rebuild(Set.of(project.resolve("data/flows.json")));
        assertTrue(repaired.state().ok(), repaired.state().problems().toString());
        // the failed rebuild took a number: a page the browser loaded while it ran is older than the repaired site
        assertEquals(generation + 2, repaired.state().generation());
        assertTrue(get("/_flowdoc/status").body().contains("\"ok\":true"));
    }

    @Test
    @Order(6)
    void aThemeChangeLaysThePagesOutAgain() throws Exception {
        Path css = project.resolve("themes/default/css/screen.css");
        Files.writeString(css, Files.readString(css, StandardCharsets.UTF_8) + "\n/* preview-test */\n", StandardCharsets.UTF_8);
        Preview.Outcome outcome = preview.rebuild(Set.of(css));
        assertTrue(outcome.state().ok(), outcome.state().problems().toString());
        assertTrue(onDisk("assets/css/screen.css").contains("preview-test"));
    }

    @Test
    @Order(7)
    void theBrowserHearsOfTheEditedPageBeforeTheRebuildEnds() throws Exception {
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        // a browser shows the English main page: it is rendered and announced first
        var stream = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(server.url()).resolve("/_flowdoc/events?page=en%2Findex.html")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(lines::add));
        long generation = preview.state().generation();
        assertEquals("event: state", lines.poll(10, java.util.concurrent.TimeUnit.SECONDS), "the state on connecting");
        lines.poll(5, java.util.concurrent.TimeUnit.SECONDS);
        lines.poll(5, java.util.concurrent.TimeUnit.SECONDS);
        // a port shows in both languages (a German text would change only the German pages)
        TestProjects.replace(project, "data/flows.json", "\"ports\": [22]", "\"ports\": [2222]");
        preview.rebuild(Set.of(project.resolve("data/flows.json")));
        List<String> events = new java.util.ArrayList<>();
        String line;
        while ((line = lines.poll(10, java.util.concurrent.TimeUnit.SECONDS)) != null) {
            if (!line.isEmpty()) {
                events.add(line);
            }
            if (line.startsWith("data: {\"generation\"")) {
                break;
            }
        }
        stream.cancel(true);
        assertEquals("event: page", events.get(0), events.toString());
        assertEquals("data: {\"path\":\"en/index.html\",\"generation\":" + (generation + 1) + "}", events.get(1), events.toString());
        assertEquals("data: {\"path\":\"de/index.html\",\"generation\":" + (generation + 1) + "}", events.get(3), events.toString());
        assertEquals("event: state", events.get(events.size() - 2), events.toString());
        assertTrue(events.get(events.size() - 1).startsWith("data: {\"generation\":" + (generation + 1) + ",\"ok\":true"), events.toString());
        // the page served now carries its path and generation, which the live script compares with the events
        String served = get("/de/index.html").body();
        assertTrue(served.contains("data-generation=\"" + (generation + 1) + "\" data-path=\"de/index.html\""), served);
        assertEquals("de/index.html", PreviewServer.query("x=1&page=de%2Findex.html", "page"));
        assertTrue(get("/_flowdoc/live.js").body().contains("addEventListener('page'"));
        TestProjects.replace(project, "data/flows.json", "\"ports\": [2222]", "\"ports\": [22]");
        preview.rebuild(Set.of(project.resolve("data/flows.json")));
    }

    @Test
    @Order(8)
    void aThemeWordChangeReachesThePagesWithoutRestart() throws Exception {
        Path words = project.resolve("themes/default/i18n/messages_en.properties");
        String before = Files.readString(words, StandardCharsets.UTF_8);
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("(?m)^(table\\.port)\\s*=\\s*(.*)$").matcher(before);
        assertTrue(key.find(), "the English bundle names the port column (table.port)");
        Files.writeString(words, before.replace(key.group(0), key.group(1) + "=Port-Word-Test"), StandardCharsets.UTF_8);
        // the machine takes the changed inputs: a file under themes/ loads the theme again
        Preview.Outcome outcome = preview.rebuild(Set.of(words));
        assertTrue(outcome.state().ok(), outcome.state().problems().toString());
        assertTrue(onDisk("en/index.html").contains("Port-Word-Test"), "the theme is loaded again when its files change");
        Files.writeString(words, before, StandardCharsets.UTF_8);
        preview.rebuild(Set.of(words));
        assertFalse(onDisk("en/index.html").contains("Port-Word-Test"));
    }

    @Test
    @Order(9)
    void aNewerChangeGoesBeforeTheDownloadsOfTheLastOne() throws Exception {
        String exportBefore = onDisk("flows.json");
        preview.supersededWhen(() -> true);
        TestProjects.replace(project, "data/flows.json", "Lizenzänderungen Vorschau-Test", "Lizenzänderungen Eile-Test");
        Preview.Outcome hurried = preview.rebuild(Set.of(project.resolve("data/flows.json")));
        assertTrue(hurried.state().ok(), hurried.state().problems().toString());
        assertFalse(hurried.downloads(), "the downloads are left to the next rebuild");
        assertTrue(onDisk("de/index.html").contains("Lizenzänderungen Eile-Test"), "the pages are written");
        assertEquals(exportBefore, onDisk("flows.json"), "the exports are not made");

        preview.supersededWhen(() -> false);
        TestProjects.replace(project, "data/flows.json", "Lizenzänderungen Eile-Test", "Lizenzänderungen Ruhe-Test");
        Preview.Outcome settled = preview.rebuild(Set.of(project.resolve("data/flows.json")));
        assertTrue(settled.downloads());
        assertTrue(onDisk("flows.json").contains("Lizenzänderungen Ruhe-Test"), "the next rebuild makes them");
        assertTrue(onDisk("de/index.html").contains("Lizenzänderungen Ruhe-Test"));
    }

    @Test
    @Order(10)
    void editorsTemporaryFilesAreNotChanges() {
        assertFalse(Watcher.relevant(Path.of("data/.flows.json.swp")));
        assertFalse(Watcher.relevant(Path.of("data/flows.json~")));
        assertFalse(Watcher.relevant(Path.of("content/de/4913")));
        assertTrue(Watcher.relevant(Path.of("data/flows.json")));
    }
}
