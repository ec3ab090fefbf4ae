package dev.flowdoc.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium for the browser tests: Debian's chromium and chromedriver (CHROME_BIN and CHROMEDRIVER override
 * the paths), no network of its own, a fresh profile in {@code profile}. Fails when Chromium is missing: a skipped
 * browser test would hide a broken site.
 */
final class Chromium {
    private Chromium() {}

    static ChromeDriver start(Path profile) throws IOException {
        return start(profile, "1280,800");
    }

    /** {@code windowSize}: "WIDTH,HEIGHT"; {@code extra}: more of Chromium's options. */
    static ChromeDriver start(Path profile, String windowSize, String... extra) throws IOException {
        String chrome = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        assertTrue(Files.isExecutable(Path.of(chrome)) && Files.isExecutable(Path.of(driver)),
                "the browser tests need " + chrome + " and " + driver + " (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=" + windowSize, "--user-data-dir=" + Files.createDirectories(profile));
        options.addArguments(extra);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver).toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }
}
