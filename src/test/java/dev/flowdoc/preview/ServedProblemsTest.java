package dev.flowdoc.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While the project is broken, a served page carries the problems in its HTML, for any client, scripts or not. */
class ServedProblemsTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theServedHtmlListsTheProblemsAtTheTopWhileTheProjectIsBroken(@TempDir Path tmp) throws Exception {
        Path project = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("project"));
        try (Preview preview = new Preview(project, tmp.resolve("site"), TestProjects::asciidoctor);
             PreviewServer server = new PreviewServer(preview, 0)) {
            assertTrue(preview.buildAll().state().ok());
            server.start();
            Document good = get(server, "de/index.html");
            assertTrue(good.select("#flowdoc-problems-page").isEmpty(), "no list while the project is fine");
            String goodText = good.body().text();

            String flows = Files.readString(project.resolve("data/flows.json"), StandardCharsets.UTF_8);
            TestProjects.replace(project, "data/flows.json", "\"ports\": [25], \"service\": \"SMTP\" } ],\n          \"source\": [\"internet\"]",
                    "\"ports\": [70000], \"service\": \"SMTP\" } ],\n          \"source\": [\"scaner\"]");
            assertFalse(preview.rebuild(Set.of(project.resolve("data/flows.json"))).state().ok());

            for (String page : new String[] {"de/index.html", "en/index.html", "no-such-page.html"}) {
                Document broken = get(server, page);
                Element list = broken.body().child(0);
                assertEquals("flowdoc-problems-page", list.id(), page + ": the problems come first in the body");
                assertEquals("alert", list.attr("role"));
                assertEquals(java.util.List.of(
                        "data/flows.json:31:56: error: flow 'mail-in': port 70000 is outside 1–65535; a TCP or UDP port is a number from 1 to 65535",
                        "data/flows.json:32:22: error: flow 'mail-in': unknown endpoint 'scaner' in source; add it to data/endpoints.json or use one of its ids"),
                        list.select("li").eachText(), page);
                assertTrue(list.text().startsWith("flowdoc: the project has problems; this is the last good build."), list.text());
            }
            Document broken = get(server, "de/index.html");
            broken.select("#flowdoc-problems-page").remove();
            assertEquals(goodText, broken.body().text(), "below the list: the last good page");
            assertEquals(1, broken.select("script[src=/_flowdoc/live.js]").size(), "the overlay's script stays for the live reload");

            Files.writeString(project.resolve("data/flows.json"), flows, StandardCharsets.UTF_8);
            assertTrue(preview.rebuild(Set.of(project.resolve("data/flows.json"))).state().ok());
            assertTrue(get(server, "de/index.html").select("#flowdoc-problems-page").isEmpty(), "repaired: the list is gone");
        }
    }

    @Test
    void problemTextIsEscaped() {
        var p = new dev.flowdoc.diag.Problem(new dev.flowdoc.model.Location("content/de/index.adoc", 3, 1), dev.flowdoc.diag.Severity.ERROR,
                "raw HTML <script>alert(1)</script> & more", null);
        String html = PreviewServer.withProblems("<!DOCTYPE html><html><body class=\"x\"><p>page</p></body></html>", java.util.List.of(p));
        assertTrue(html.contains("<li>content/de/index.adoc:3:1: error: raw HTML &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</li>"), html);
        assertTrue(html.indexOf("flowdoc-problems-page") < html.indexOf("<p>page</p>"));
        assertTrue(html.startsWith("<!DOCTYPE html><html><body class=\"x\"><section id=\"flowdoc-problems-page\""), html);
    }

    private static Document get(PreviewServer server, String page) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(page)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return Jsoup.parse(response.body());
    }
}
