package dev.flowdoc.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.site.Build;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site search and the accessibility of every page, in headless Chromium, opened from file:// as an unzipped
 * copy would be (no server). axe-core 4.14.1 (src/test/resources/axe/, injected through Selenium, no network) runs
 * on every page of both languages at 1280 and 390 px wide, with the search results closed and open. Set
 * {@code -Dflowdoc.screenshots=DIR} to keep a screenshot of each page and width for looking at.
 */
@Tag("browser")
class SearchAndAccessibilityTest {
    private static final int[] WIDTHS = {1280, 390};

    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver browser;
    static String axe;

    @BeforeAll
    static void start() throws IOException {
        site = tmp.resolve("site");
        Problems problems = new Problems();
        new Build(TestProjects::asciidoctor).run(TestProjects.REPOSITORY, site, new SiteUrls(null), problems)
                .orElseThrow(() -> new AssertionError(problems.all().toString()));
        try (InputStream in = SearchAndAccessibilityTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        browser = Chromium.start(tmp.resolve("profile"), "1280,900", "--hide-scrollbars");
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String fileUrl(String path) {
        return site.toUri() + path;
    }

    private static void open(String path) {
        browser.get(fileUrl(path));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(js("return document.readyState")));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void width(int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        long inner = (Long) js("return window.innerWidth");
        if (inner != width) { // the window's frame: make the page itself that wide
            browser.manage().window().setSize(new Dimension((int) (2 * width - inner), 900));
        }
        assertEquals(width, ((Long) js("return window.innerWidth")).intValue(), "viewport width");
    }

    private static List<String> pages() {
        List<String> pages = new ArrayList<>(List.of("index.html"));
        for (Language language : Language.values()) {
            for (Page page : TestProjects.content().pages(language)) {
                pages.add(language.code() + "/" + page.htmlName());
            }
        }
        return pages;
    }

    /** Types into the header's search field and waits for the results. */
    private static WebElement search(String query) {
        WebElement field = browser.findElement(By.cssSelector("form.site-search input[name=q]"));
        field.clear();
        field.sendKeys(query);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("site-search-results")).isDisplayed());
        return field;
    }

    private static List<String> resultLinks() {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) js("return Array.from(document.querySelectorAll('#site-search-results a'))"
                + ".map(a => a.getAttribute('href'))");
        return hrefs;
    }

    /** axe-core's violations on the open page, one line each: rule, impact, the elements. */
    @SuppressWarnings("unchecked")
    private static List<String> axeViolations(String where) {
        if (!(Boolean) js("return !!window.axe")) {
            js(axe);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))), e => done([{id: 'axe failed: ' + e}]));");
        List<String> lines = new ArrayList<>();
        violations.forEach(v -> lines.add(where + ": " + v.get("id") + " (" + v.get("impact") + ") " + v.get("nodes")));
        return lines;
    }

    @Test
    void axeFindsNoViolationOnAnyPageAtBothWidthsWithTheSearchOpenOrClosed() throws IOException {
        List<String> violations = new ArrayList<>();
        for (int width : WIDTHS) {
            width(width);
            for (String page : pages()) {
                open(page);
                screenshot(page, width);
                violations.addAll(axeViolations(page + " at " + width + " px"));
                if (!page.equals("index.html")) {
                    search(page.startsWith("de/") ? "Cluster" : "cluster");
                    assertTrue(!resultLinks().isEmpty(), page + ": results are open");
                    violations.addAll(axeViolations(page + " at " + width + " px, search results open"));
                    screenshot(page.replace(".html", "-search.html"), width);
                }
            }
        }
        assertEquals(List.of(), violations, "axe-core violations");
    }

    @Test
    void noPageScrollsSidewaysAt390Pixels() throws IOException {
        width(390);
        List<String> wide = new ArrayList<>();
        for (String page : pages()) {
            open(page);
            String measure = "return [document.documentElement.scrollWidth, window.innerWidth]";
            List<?> sizes = (List<?>) js(measure);
            if (((Long) sizes.get(0)) > ((Long) sizes.get(1))) {
                wide.add(page + " " + sizes);
            }
            if (!page.equals("index.html")) {
                search("tcp");
                sizes = (List<?>) js(measure);
                if (((Long) sizes.get(0)) > ((Long) sizes.get(1))) {
                    wide.add(page + " with the search results open " + sizes);
                }
            }
        }
        assertEquals(List.of(), wide, "pages wider than the 390 px screen (scrollWidth, innerWidth)");
        // the flow table reads as blocks, each cell under its column's name
        open("de/index.html");
        WebElement port = browser.findElement(By.cssSelector("tr[data-flow=monitoring-nrpe] td[data-label=Port]"));
        assertEquals("block", port.getCssValue("display"));
        js("arguments[0].scrollIntoView()", port);
        screenshot("de/index-table.html", 390);
        js("document.querySelector('form.flowfilter').scrollIntoView()");
        screenshot("de/index-filter.html", 390);
        assertEquals("\"Port\"", js("return getComputedStyle(arguments[0], '::before').content", port));
        // the filter is usable: its fields are on screen and fit
        for (WebElement field : browser.findElements(By.cssSelector("form.flowfilter input, form.flowfilter select"))) {
            long right = (Long) js("return Math.ceil(arguments[0].getBoundingClientRect().right)", field);
            assertTrue(right <= 390, "a filter field ends at " + right + " px");
        }
    }

    @Test
    void searchWorksFromFileUrls() {
        width(1280);
        open("de/index.html");
        assertTrue(browser.getCurrentUrl().startsWith("file:"), browser.getCurrentUrl());
        search("5666");
        assertTrue(resultLinks().contains("index.html#flow-monitoring-nrpe"), "5666: " + resultLinks());
        search("Namensauflosung");
        assertTrue(resultLinks().contains("index.html#group-dns"), "Namensauflosung: " + resultLinks());
        String status = browser.findElement(By.cssSelector(".site-search-status")).getAttribute("textContent");
        assertTrue(status.contains("Treffer"), "the live region says how many: " + status);

        open("en/index.html");
        search("Satellite");
        assertTrue(resultLinks().contains("clustering.html#gina-satellite"), "Satellite: " + resultLinks());
        search("zzqx");
        assertEquals(List.of(), resultLinks());
        assertEquals("No results", browser.findElement(By.cssSelector(".site-search-status")).getAttribute("textContent"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> find(String query) {
        return (List<String>) js("return window.flowdocSearch.find(arguments[0]).map(d => d[1])", query);
    }

    @Test
    void theSearchFindsPortsPrefixesAndGermanWordsTypedWithoutUmlauts() {
        open("de/clustering.html");
        js("document.querySelector('form.site-search input').focus()");
        // a port, alone and with its protocol; the flow's row comes first
        assertEquals("index.html#flow-monitoring-nrpe", find("5666").get(0));
        assertTrue(find("tcp 443").contains("index.html#flow-gina-https"), find("tcp 443").toString());
        assertTrue(find("udp 443").size() < find("443").size(), "all words must match");
        // by prefix
        assertTrue(find("zeitsync").contains("index.html#group-time-sync"), find("zeitsync").toString());
        // umlauts: folded, or written as ae/oe/ue; ß as ss
        for (String q : List.of("Namensauflösung", "Namensauflosung", "namensaufloesung", "NAMENSAUFL")) {
            assertTrue(find(q).contains("index.html#group-dns"), q + ": " + find(q));
        }
        assertTrue(find("ausserdem").contains("clustering.html"), "ausserdem (außerdem): " + find("ausserdem"));
        assertTrue(find("Systemuberwachung").contains("index.html#group-monitoring"), find("Systemuberwachung").toString());
        // service names, hosts, menu labels, prose
        assertTrue(find("NRPE").contains("menu.html#menu-system.nrpe-daemon"), find("NRPE").toString());
        assertTrue(find("update.seppmail.ch").stream().anyMatch(h -> h.contains("#flow-")), find("update.seppmail.ch").toString());
        assertTrue(find("Proxy settings").contains("menu.html#menu-system.proxy-settings"), find("Proxy settings").toString());
        assertTrue(find("Funktionsgruppen").contains("clustering.html#gina-satellite"), find("Funktionsgruppen").toString());
        assertEquals(List.of(), find("5"), "one character waits for the next");

        open("en/clustering.html");
        js("document.querySelector('form.site-search input').focus()");
        assertEquals("index.html#flow-monitoring-nrpe", find("5666").get(0));
        assertTrue(find("satel").contains("clustering.html#gina-satellite"), find("satel").toString());
        assertTrue(find("time sync").contains("index.html#group-time-sync"), find("time sync").toString());
        assertTrue(find("monitoirng").contains("index.html#group-monitoring"), "a typo: " + find("monitoirng"));

        // a keystroke's answer: well under 50 ms here (32 flows; the 5,000-flow site is measured in docs/accessibility.md)
        long start = System.nanoTime();
        double ms = (Double) js("var t = performance.now(); ['5', '56', '566', '5666', 'n', 'na', 'nam', 'name', 'namen',"
                + " 'namensauf', 'tcp', 'tcp 4', 'tcp 44', 'tcp 443'].forEach(q => window.flowdocSearch.find(q));"
                + " return (performance.now() - t) / 14;");
        assertTrue(ms < 50, "ms per keystroke: " + ms + " (" + (System.nanoTime() - start) / 1e6 + " ms in all)");
    }

    /**
     * What a keystroke costs: the input event's handler (search and drawing the results). Typed five times over; per
     * keystroke the median of the five (a shared machine's pauses are not the search's). Returns the time the first
     * focus took (indexing), the median keystroke, the slowest keystroke and the three slowest with their query.
     */
    static final String KEYSTROKES = "var input = document.querySelector('form.site-search input'), runs = {};"
            + "var t0 = performance.now(); input.focus(); var indexing = performance.now() - t0;"
            + "var typed = ['5', '56', '566', '5666', '', 'n', 'na', 'nam', 'name', 'namen', 'namensauf', 'namensauflosung', '',"
            + " 't', 'tc', 'tcp', 'tcp ', 'tcp 4', 'tcp 44', 'tcp 443', '', 's', 'sy', 'sys', 'sysl', 'syslog', 'syslog s', 'syslog server', ''];"
            + "for (var run = 0; run < 5; run++) typed.forEach((q, i) => { var t = performance.now(); input.value = q;"
            + " input.dispatchEvent(new Event('input')); (runs[i] = runs[i] || []).push(performance.now() - t); });"
            + "var times = typed.map((q, i) => [runs[i].sort((a, b) => a - b)[2], q]).sort((a, b) => a[0] - b[0]);"
            + "return [indexing, times[Math.floor(times.length / 2)][0], times[times.length - 1][0], JSON.stringify(times.slice(-3))];";

    /**
     * The keystroke timing on a large site, e.g. one of bench/Bench.java's synthetic projects:
     * {@code -Dflowdoc.search.site=/tmp/b5000/site}. Prints indexing time, median and slowest keystroke.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "flowdoc.search.site", matches = ".+")
    void aKeystrokeOnALargeSiteAnswersWithin50Milliseconds() {
        width(1280);
        for (String lang : List.of("de", "en")) {
            browser.get(Path.of(System.getProperty("flowdoc.search.site")).toUri() + lang + "/index.html");
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> "complete".equals(js("return document.readyState")));
            List<?> ms = (List<?>) js(KEYSTROKES);
            System.out.println("search " + lang + ": indexing " + ms.get(0) + " ms, keystroke median " + ms.get(1)
                    + " ms, slowest " + ms.get(2) + " ms " + ms.get(3));
            assertTrue(((Number) ms.get(2)).doubleValue() < 50, lang + ": slowest keystroke " + ms.get(2) + " ms");
        }
    }

    /**
     * The release switcher from file://, keyboard only: Tab reaches its button, Enter opens it, Tab walks the
     * releases (newest first, the page's own marked), Enter opens the same page in 12.0.0, which says in German that
     * it is an older release and links to the newest; axe finds nothing with the menu open, at both widths.
     */
    @Test
    void theReleaseSwitcherLeadsToTheSamePageInAnotherReleaseFromFileUrlsByKeyboard() throws IOException {
        List<String> violations = new ArrayList<>();
        for (int width : WIDTHS) {
            width(width);
            open("12.1.0/de/menu.html");
            WebElement body = browser.findElement(By.tagName("body"));
            body.sendKeys(Keys.TAB);
            WebElement focused = browser.switchTo().activeElement();
            for (int i = 0; i < 30 && !"summary".equals(focused.getTagName()); i++) {
                focused.sendKeys(Keys.TAB);
                focused = browser.switchTo().activeElement();
            }
            assertEquals("summary", focused.getTagName(), "Tab reaches the release switcher");
            assertEquals("Version wählen: Version 12.1.0", js("return arguments[0].textContent", focused), "its name");
            focused.sendKeys(Keys.ENTER);
            assertEquals(Boolean.TRUE, js("return document.querySelector('details.release-switch').open"), "Enter opens it");
            violations.addAll(axeViolations("12.1.0/de/menu.html at " + width + " px, release menu open"));
            assertTrue((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "no sideways scrolling with the release menu open at " + width + " px");
            List<String> walked = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                browser.switchTo().activeElement().sendKeys(Keys.TAB);
                walked.add(browser.switchTo().activeElement().getText());
            }
            assertEquals(List.of("Version 13.0.0", "Version 12.1.0", "Version 12.0.0"), walked);
            assertEquals("page", browser.findElement(By.cssSelector("details.release-switch a[aria-current]")).getAttribute("aria-current"));
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/12.0.0/de/menu.html"));
            assertEquals("Sie lesen die Dokumentation für Version 12.0.0. Neueste Version: 13.0.0",
                    browser.findElement(By.cssSelector("main .release-notice")).getText());
            browser.findElement(By.cssSelector("main .release-notice a")).sendKeys(Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(fileUrl("de/menu.html")));
            assertTrue(browser.findElements(By.cssSelector(".release-notice")).isEmpty(), "the newest has no notice");
        }
        assertEquals(List.of(), violations, "axe-core violations");
    }

    @Test
    void aKeyboardOnlyWalkLandsOnTheRowWithVisibleFocus() throws IOException {
        width(1280);
        open("de/clustering.html");
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB); // the skip link
        browser.switchTo().activeElement().sendKeys(Keys.TAB); // the search field
        WebElement field = browser.switchTo().activeElement();
        assertEquals("q", field.getAttribute("name"), "Tab, Tab: the search field");
        field.sendKeys("5666");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !resultLinks().isEmpty());
        int position = resultLinks().indexOf("index.html#flow-monitoring-nrpe");
        assertTrue(position >= 0, resultLinks().toString());
        field.sendKeys(Keys.ARROW_DOWN);
        for (int i = 0; i < position; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        WebElement link = browser.switchTo().activeElement();
        assertEquals("index.html#flow-monitoring-nrpe", link.getAttribute("href").replaceFirst(".*/", ""));
        link.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("index.html#flow-monitoring-nrpe"));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "monitoring-nrpe".equals(
                    js("return document.activeElement.dataset && document.activeElement.dataset.flow")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("focus after landing: " + js("return document.activeElement.outerHTML.slice(0, 200)"
                    + " + ' | ' + location.href + ' | ' + !!window.flowdocSearch + ' ' + !!window.MiniSearch"), e);
        }
        WebElement row = browser.switchTo().activeElement();
        assertEquals("tr", row.getTagName());
        String outline = (String) js("var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth", row);
        assertTrue(!outline.startsWith("none") && !outline.endsWith(" 0px"), "visible focus: outline " + outline);
        long top = (Long) js("return Math.round(arguments[0].getBoundingClientRect().top)", row);
        assertTrue(top >= -40 && top < 900, "the row is on screen: " + top);
        screenshot("de/landed-on-nrpe.html", 1280);

        // Escape closes the results and returns to the field; arrow up from the first result too
        open("de/index.html");
        WebElement again = search("Cluster");
        again.sendKeys(Keys.ARROW_DOWN);
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertEquals("q", browser.switchTo().activeElement().getAttribute("name"));
        again.sendKeys(Keys.ARROW_DOWN);
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertEquals("q", browser.switchTo().activeElement().getAttribute("name"));
        assertTrue(!browser.findElement(By.id("site-search-results")).isDisplayed(), "Escape closed the results");
    }

    private static void screenshot(String page, int width) throws IOException {
        String dir = System.getProperty("flowdoc.screenshots");
        if (dir == null) {
            return;
        }
        Path file = Path.of(dir, width + "-" + page.replace('/', '-').replace(".html", ".png"));
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}
