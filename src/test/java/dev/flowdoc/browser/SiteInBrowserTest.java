package dev.flowdoc.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.model.Language;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.site.Build;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site in a real browser: headless Chromium (Debian's chromium and chromedriver; CHROME_BIN and
 * CHROMEDRIVER override the paths) opens it from a local HTTP server on 127.0.0.1. Runs with {@code -Pbrowser}
 * (as .ci/run does) and fails there when Chromium is missing: a skipped browser test would hide a broken site.
 */
@Tag("browser")
class SiteInBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path site;
    static LocalSite server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        site = tmp.resolve("site");
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor).run(TestProjects.REPOSITORY, site, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        server = LocalSite.serve(site);

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
    }

    @BeforeEach
    void forgetEarlierLogs() {
        browser.manage().logs().get(LogType.BROWSER);
        browser.manage().logs().get(LogType.PERFORMANCE);
    }

    private static void open(String path) {
        browser.get(server.url(path));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(js("return document.readyState")));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void theLanguageSwitchLandsOnTheSamePageInTheOtherLanguage() {
        for (Language language : Language.values()) {
            for (String page : List.of("index.html", "clustering.html")) {
                open(language.code() + "/" + page);
                String title = browser.findElement(By.cssSelector("main h1")).getText();
                browser.findElement(By.cssSelector(".switcher a")).click();
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(d -> d.getCurrentUrl().endsWith("/" + language.other().code() + "/" + page));
                assertEquals(language.other().code(), browser.findElement(By.tagName("html")).getAttribute("lang"));
                assertTrue(!browser.findElement(By.cssSelector("main h1")).getText().isBlank(), "a title after switching");
                assertTrue(browser.findElement(By.cssSelector("nav a[aria-current=page]")).getAttribute("href").endsWith("/" + page));
                assertTrue(!title.isBlank());
            }
        }
    }

    @Test
    void theTableFilterShowsTheMatchingRows() throws IOException {
        open("de/index.html");
        List<Element> rows = Jsoup.parse(site.resolve("de/index.html").toFile(), "UTF-8").select("table.flowtable tbody tr[data-flow]");
        assertEquals(TestProjects.project().flows().count(), rows.size());
        assertEquals(rows.size(), visibleRows(), "everything before filtering");

        WebElement form = browser.findElement(By.cssSelector("form.flowfilter"));
        WebElement port = form.findElement(By.name("port"));
        port.sendKeys("443");
        assertFiltered(rows, r -> (" " + r.attr("data-ports") + " ").contains(" 443 "), "port 443");
        port.clear();
        port.sendKeys("\u0008"); // clear() fires no input event

        new Select(form.findElement(By.name("group"))).selectByValue("mail");
        assertFiltered(rows, r -> r.attr("data-group").equals("mail"), "feature mail");
        new Select(form.findElement(By.name("group"))).selectByValue("");

        form.findElement(By.name("internet")).click();
        assertFiltered(rows, r -> r.attr("data-internet").equals("true") && r.attr("data-direction").equals("inbound"),
                "inbound from the Internet");
        form.findElement(By.name("internet")).click();

        // the direction choice: "ausgehend" also shows two-way flows; a direction no row has is not offered
        Select direction = new Select(form.findElement(By.name("direction")));
        direction.selectByValue("outbound");
        assertFiltered(rows, r -> List.of("outbound", "both").contains(r.attr("data-direction")), "direction outbound");
        direction.selectByValue("internal");
        assertFiltered(rows, r -> r.attr("data-direction").equals("internal"), "direction internal");
        direction.selectByValue("");
        List<String> offered = direction.getOptions().stream().map(o -> o.getAttribute("value")).toList();
        assertEquals(rows.stream().anyMatch(r -> r.attr("data-bidirectional").equals("true")), offered.contains("both"), offered.toString());
        assertEquals(rows.stream().anyMatch(r -> r.attr("data-direction").equals("transit")), offered.contains("transit"), offered.toString());

        form.findElement(By.name("text")).sendKeys("Cluster");
        assertFiltered(rows, r -> groupText(r).concat(" ").concat(r.text()).toLowerCase(Locale.ROOT).contains("cluster"), "text Cluster");

        form.findElement(By.cssSelector("button[type=reset]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> visibleRows() == rows.size());
    }

    private static void assertFiltered(List<Element> rows, Predicate<Element> expected, String what) {
        long count = rows.stream().filter(expected).count();
        assertTrue(count > 0 && count < rows.size(), what + " must select some rows, not all: " + count);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> visibleRows() == count);
        String output = browser.findElement(By.cssSelector("form.flowfilter output")).getText();
        assertTrue(output.contains(String.valueOf(count)) && output.contains(String.valueOf(rows.size())), what + ": " + output);
        // the group cells moved along: every visible row belongs to a group whose cell spans the visible rows
        Long spans = (Long) js("return Array.from(document.querySelectorAll('td.group-cell'))"
                + ".filter(td => !td.parentElement.hidden).reduce((n, td) => n + td.rowSpan, 0)");
        assertEquals(count, spans, what + ": group cells span the visible rows");
    }

    private static String groupText(Element row) {
        Element cell = row.ownerDocument().selectFirst("td.group-cell[data-group-cell=" + row.attr("data-group") + "]");
        return cell == null ? "" : cell.text();
    }

    private static long visibleRows() {
        return (Long) js("return Array.from(document.querySelectorAll('table.flowtable tbody tr[data-flow]'))"
                + ".filter(r => r.offsetParent !== null).length");
    }

    @Test
    void aDeepLinkShowsThatFlow() {
        for (Language language : Language.values()) {
            open(language.code() + "/index.html#flow-cluster-backend-frontend");
            assertEquals("flow-cluster-backend-frontend", js("return document.querySelector(':target') && document.querySelector(':target').id"));
            WebElement row = browser.findElement(By.cssSelector("tr[data-flow=cluster-backend-frontend]"));
            assertTrue(row.isDisplayed());
            // the anchor sits in the row's first cell and is scrolled to the top; the row around it is on screen
            String where = (String) js("var r = arguments[0].getBoundingClientRect(), a = document.querySelector(':target').getBoundingClientRect();"
                    + "return [r.top, r.bottom, a.top, a.bottom, window.innerHeight].map(Math.round).join(' ');", row);
            String[] n = where.split(" ");
            int rowTop = Integer.parseInt(n[0]);
            int rowBottom = Integer.parseInt(n[1]);
            int anchorTop = Integer.parseInt(n[2]);
            int height = Integer.parseInt(n[4]);
            assertTrue(anchorTop >= 0 && anchorTop < height / 4, language + ": the anchor is at the top of the viewport: " + where);
            assertTrue(rowBottom > 0 && rowTop < height && rowTop > -40, language + ": the row is in the viewport: " + where);
            assertTrue(((Number) js("return window.scrollY")).doubleValue() > 0, "the page scrolled to the row");
        }
    }

    @Test
    void theConsoleHasNoErrorsAndNoRequestLeavesLocalhost() throws IOException {
        List<String> pages = List.of("index.html", "de/index.html", "de/clustering.html", "en/index.html", "en/clustering.html");
        for (String page : pages) {
            open(page);
        }
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                errors.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        assertEquals(List.of(), errors, "console messages");

        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                urls.add(message.path("params").path("request").path("url").asText());
            }
        }
        assertTrue(urls.size() >= pages.size() * 3, "pages, styles and scripts were requested: " + urls);
        List<String> outside = urls.stream().filter(u -> !u.startsWith(server.url("")) && !u.startsWith("data:")).toList();
        assertEquals(List.of(), outside, "requests that left the local server");
        assertTrue(server.requests().stream().anyMatch(p -> p.endsWith("/assets/js/filter.js")), server.requests().toString());
        assertTrue(server.requests().stream().anyMatch(p -> p.endsWith("/assets/css/screen.css")), server.requests().toString());
    }
}
