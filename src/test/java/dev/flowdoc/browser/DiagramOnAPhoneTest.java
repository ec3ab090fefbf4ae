package dev.flowdoc.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.model.Language;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.site.Build;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 27, item 3, in headless Chromium on the real project's main page (file://, both languages): at 390 px the
 * page shows the diagram laid out top to bottom (the Internet's band at the top, the internal network's at the
 * bottom), the page does not scroll sideways and the diagram fits the screen (it does not scroll in its block), every text of the diagram is at least 12 px high, its links lead to
 * their rows, and axe finds nothing; at 1280 px and in print the wide layout is shown. Only one of the two SVGs is
 * ever rendered (the other is display: none, so assistive technology gets one), and no id is used twice.
 */
@Tag("browser")
class DiagramOnAPhoneTest {
    @org.junit.jupiter.api.io.TempDir
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
        try (InputStream in = DiagramOnAPhoneTest.class.getResourceAsStream("/axe/axe.min.js")) {
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

    @AfterEach
    void screenMedia() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void open(Language language, int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        long inner = (Long) js("return window.innerWidth");
        if (inner != width) {
            browser.manage().window().setSize(new Dimension((int) (2 * width - inner), 900));
        }
        browser.get(site.toUri() + language.code() + "/index.html");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(js("return document.readyState")));
        assertEquals(width, ((Long) js("return window.innerWidth")).intValue(), "viewport width");
    }

    /** The diagram's SVGs that are rendered (not display: none), by class. */
    @SuppressWarnings("unchecked")
    private static List<String> shown() {
        return (List<String>) js("return Array.from(document.querySelectorAll('div.flowdiagram > svg'))"
                + ".filter(s => getComputedStyle(s).display !== 'none' && s.getBoundingClientRect().height > 0)"
                + ".map(s => s.getAttribute('class'))");
    }

    @SuppressWarnings("unchecked")
    private static List<String> axeViolations(String where) {
        if (!(Boolean) js("return !!window.axe")) {
            js(axe);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({id: v.id,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))), e => done([{id: 'axe failed: ' + e}]));");
        List<String> lines = new ArrayList<>();
        violations.forEach(v -> lines.add(where + ": " + v.get("id") + " " + v.get("nodes")));
        return lines;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @SuppressWarnings("unchecked")
    void aPhoneGetsTheTallLayoutReadableWithoutSidewaysScroll(Language language) {
        open(language, 390);
        assertEquals(List.of("flowdiagram flowdiagram-tall"), shown(), "only the tall diagram is rendered at 390 px");
        List<Number> sizes = (List<Number>) js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        assertTrue(sizes.get(0).doubleValue() <= sizes.get(1).doubleValue(), "the page scrolls sideways: " + sizes);

        WebElement svg = browser.findElement(By.cssSelector("div.flowdiagram > svg.flowdiagram-tall"));
        js("arguments[0].scrollIntoView()", svg);
        Map<String, Object> box = (Map<String, Object>) js("var r = arguments[0].getBoundingClientRect();"
                + " return {left: r.left, width: r.width, height: r.height, top: r.top}", svg);
        assertTrue(((Number) box.get("width")).doubleValue() > 100 && ((Number) box.get("height")).doubleValue() > 100, "visible: " + box);
        assertTrue(((Number) box.get("left")).doubleValue() >= 0 && ((Number) box.get("left")).doubleValue() < 390, "on screen: " + box);
        // the whole diagram is on the screen: it does not scroll sideways inside its own block either
        List<Number> fit = (List<Number>) js("var r = arguments[0].getBoundingClientRect(), p = arguments[0].parentElement;"
                + " return [r.right, window.innerWidth, p.scrollWidth, p.clientWidth]", svg);
        assertTrue(fit.get(0).doubleValue() <= fit.get(1).doubleValue(), "the diagram reaches past the screen: " + fit);
        assertTrue(fit.get(2).doubleValue() <= fit.get(3).doubleValue(), "the diagram scrolls in its block: " + fit);

        // every text's size as drawn: its font size times the SVG's scale (viewBox to screen), and its box's height
        List<Map<String, Object>> texts = (List<Map<String, Object>>) js("var svg = arguments[0];"
                + " var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
                + " return Array.from(svg.querySelectorAll('text')).map(t => ({text: t.textContent,"
                + "  px: parseFloat(getComputedStyle(t).fontSize) * scale, h: t.getBoundingClientRect().height}))", svg);
        assertTrue(texts.size() > 30, "the diagram's texts: " + texts.size());
        for (Map<String, Object> t : texts) {
            assertTrue(((Number) t.get("px")).doubleValue() >= 11.99, "text smaller than 12 px: " + t);
            assertTrue(((Number) t.get("h")).doubleValue() >= 12, "text box lower than 12 px: " + t);
        }

        // top to bottom: the zones are bands one below the other, the Internet's first, the internal network's last
        List<Map<String, Object>> zones = (List<Map<String, Object>>) js("return Array.from(arguments[0].querySelectorAll('g.zone'))"
                + ".map(g => { var r = g.querySelector('rect').getBoundingClientRect();"
                + " return {zone: g.getAttribute('class'), top: r.top, bottom: r.bottom}; })", svg);
        assertEquals("zone zone-internet", zones.get(0).get("zone"));
        assertEquals("zone zone-internal", zones.get(zones.size() - 1).get("zone"));
        for (int i = 1; i < zones.size(); i++) {
            assertTrue(((Number) zones.get(i).get("top")).doubleValue() >= ((Number) zones.get(i - 1).get("bottom")).doubleValue(),
                    "bands one below the other: " + zones);
        }

        // its links lead to their rows: a label's link, followed, lands on the flow's row
        WebElement label = svg.findElement(By.cssSelector("g.flow a[href^='#flow-']:not([aria-hidden])"));
        String target = label.getDomAttribute("href");
        assertTrue(target.startsWith("#flow-"), target);
        js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}))", label);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> target.equals(js("return location.hash")));
        assertTrue((Boolean) js("return document.getElementById(arguments[0]) !== null", target.substring(1)), target);

        assertEquals(List.of(), axeViolations(language.code() + "/index.html at 390 px"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @SuppressWarnings("unchecked")
    void aWideScreenAndPrintGetTheWideLayoutAndNoIdIsUsedTwice(Language language) {
        open(language, 1280);
        assertEquals(List.of("flowdiagram flowdiagram-wide"), shown(), "only the wide diagram is rendered at 1280 px");
        List<String> twice = (List<String>) js("var seen = {}, twice = [];"
                + " document.querySelectorAll('[id]').forEach(e => { if (seen[e.id]) twice.push(e.id); seen[e.id] = true; });"
                + " return twice;");
        assertEquals(List.of(), twice, "ids used twice in the page");
        assertEquals(List.of(), axeViolations(language.code() + "/index.html at 1280 px"));
        open(language, 390);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals(List.of("flowdiagram flowdiagram-wide"), shown(), "print keeps the wide diagram, even on a narrow page");
    }
}
