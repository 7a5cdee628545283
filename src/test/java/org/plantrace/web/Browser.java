package org.plantrace.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for the browser tests, driven through the distribution's chromedriver.
 * Both paths are set explicitly so Selenium Manager never tries to download a browser: the build
 * machine is offline.
 */
final class Browser implements AutoCloseable {
    static final String CHROMEDRIVER = System.getProperty("it.chromedriver", "/usr/bin/chromedriver");
    static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");

    final WebDriver driver;
    private final Path profile;

    Browser(int width, int height) {
        try {
            profile = Files.createTempDirectory("plantrace-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--hide-scrollbars",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        // keep the console, so tests can check that no Content-Security-Policy violation was logged
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(width, height));
    }

    static String baseUrl() {
        return System.getProperty("it.baseUrl", "http://localhost:18080");
    }

    void open(String path) {
        driver.get(baseUrl() + path);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The browser console's messages since the last call (Chromium hands each out once). */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString).toList();
    }

    /** Page width beyond the viewport, in CSS pixels: 0 when nothing overflows sideways. */
    long horizontalOverflow() {
        return ((Number) js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
    }

    /** Saves a full-page screenshot under the folder named by {@code plantrace.screenshots}. */
    void screenshot(String name) {
        Path dir = Path.of(System.getProperty("plantrace.screenshots", "target/screenshots"));
        // grow the window to the page's height so the picture shows the whole page
        long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 120, 3000)));
        try {
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            // rewritten rather than copied: the driver's temp file is owner-only, the docs' copy is not
            Files.write(dir.resolve(name + ".png"), Files.readAllBytes(shot.toPath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a left-over temp profile is harmless
            }
        }
    }

    /**
     * Waits until {@code element}'s page has been replaced by the next one (after a click that
     * loads a page). Like Selenium's stalenessOf, but chromedriver sometimes reports a replaced
     * page's element as "does not belong to the document" instead of as stale: that counts too.
     */
    static void awaitReplaced(WebDriver driver, WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                    return true;
                }
                throw e;
            }
        });
    }
}
