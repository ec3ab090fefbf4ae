package dev.flowdoc.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.preview.Preview;
import dev.flowdoc.preview.PreviewServer;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * flowdoc serve in a real browser: the open page reloads by itself once after an edit (as soon as it is on disk,
 * not a second time when the rebuild ends), shows the problems of a broken edit over the last good page, and
 * reloads again when the edit is repaired.
 */
@Tag("browser")
class PreviewInBrowserTest {
    @TempDir
    static Path tmp;
    static Path project;
    static Preview preview;
    static PreviewServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        project = TestProjects.copyOfRepository(tmp.resolve("project"));
        preview = new Preview(project, tmp.resolve("site"), TestProjects::asciidoctor);
        Preview.Outcome first = preview.buildAll();
        assertTrue(first.state().ok(), first.state().problems().toString());
        server = new PreviewServer(preview, 0);
        server.start();
        browser = Chromium.start(tmp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (preview != null) {
            preview.close();
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    /** Marks the page in memory: a reload forgets the mark. */
    private static void mark() {
        js("window.flowdocTestMark = (window.flowdocTestMark || 0) + 1; document.title;");
    }

    private static boolean marked() {
        return Boolean.TRUE.equals(js("return window.flowdocTestMark !== undefined"));
    }

    /** Waits until the live script's event stream is open, so that no event of the next rebuild is missed. */
    private static void listening() {
        HttpClient http = HttpClient.newHttpClient();
        waiting().until(d -> {
            try {
                String status = http.send(HttpRequest.newBuilder(URI.create(server.url() + "_flowdoc/status")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                return status.contains("\"open\":[\"en/index.html\"]");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    @Test
    void theOpenPageReloadsOnceAfterAnEditAndShowsTheProblemsOfABrokenOne() throws Exception {
        browser.get(server.url() + "en/index.html");
        waiting().until(d -> "complete".equals(js("return document.readyState")));
        listening();
        String tableBefore = browser.findElement(By.cssSelector("table.flowtable")).getText();
        assertFalse(tableBefore.contains("2222"), "the port is not in the table yet");
        mark();

        TestProjects.replace(project, "data/flows.json", "\"ports\": [22]", "\"ports\": [2222]");
        assertTrue(preview.rebuild(Set.of(project.resolve("data/flows.json"))).state().ok());
        waiting().until(d -> !marked());
        waiting().until(d -> "complete".equals(js("return document.readyState")));
        assertTrue(browser.findElement(By.cssSelector("table.flowtable")).getText().contains("2222"), "the reloaded page shows the edit");
        listening();
        mark();
        Thread.sleep(1500); // the rebuild's own end (the state event) must not reload the page again
        assertTrue(marked(), "one reload per edit");

        TestProjects.replace(project, "data/flows.json", "\"ports\": [2222]", "\"ports\": [70000]");
        assertFalse(preview.rebuild(Set.of(project.resolve("data/flows.json"))).state().ok());
        waiting().until(d -> !d.findElements(By.id("flowdoc-problems")).isEmpty());
        String overlay = browser.findElement(By.id("flowdoc-problems")).getText();
        assertTrue(overlay.contains("data/flows.json:") && overlay.contains("70000"), overlay);
        assertTrue(marked(), "a broken edit does not reload: the last good page stays");

        TestProjects.replace(project, "data/flows.json", "\"ports\": [70000]", "\"ports\": [22]");
        assertTrue(preview.rebuild(Set.of(project.resolve("data/flows.json"))).state().ok());
        waiting().until(d -> !marked());
        waiting().until(d -> "complete".equals(js("return document.readyState")));
        assertEquals(tableBefore, browser.findElement(By.cssSelector("table.flowtable")).getText(), "the repaired page");
        assertTrue(browser.findElements(By.id("flowdoc-problems")).isEmpty(), "no problems shown any more");
    }
}
