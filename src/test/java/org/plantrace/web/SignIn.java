package org.plantrace.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signs a browser in through the real sign-in form, as one of the browser tests' accounts in
 * {@code src/test/resources/it-accounts.tsv} (admin, drafter, drafter2, reviewer), which
 * {@code jetty:start} loads through {@code -Dplantrace.bootstrap.accounts}.
 *
 * <pre>SignIn.as(browser.driver, Browser.baseUrl(), "drafter");</pre>
 */
public final class SignIn {
    /** Classpath resource holding username, roles, password, display name (tab-separated). */
    public static final String ACCOUNTS = "/it-accounts.tsv";
    private static final Map<String, String[]> ROWS = read();

    private SignIn() {
    }

    /**
     * Signs in as {@code username} (signing out whoever was signed in), and waits until the header
     * shows the account. Leaves the browser on the home page.
     */
    public static void as(WebDriver driver, String baseUrl, String username) {
        String password = password(username);
        signOut(driver, baseUrl);
        driver.get(baseUrl + "/signin");
        WebElement name = driver.findElement(By.id("signin:username"));
        name.clear();
        name.sendKeys(username);
        driver.findElement(By.id("signin:password")).sendKeys(password);
        driver.findElement(By.id("signin:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("current-user")).isEmpty()
                || !d.findElements(By.cssSelector("#messages li")).isEmpty());
        if (driver.findElements(By.id("current-user")).isEmpty()) {
            throw new AssertionError("sign-in as " + username + " failed: "
                    + driver.findElement(By.id("messages")).getText());
        }
    }

    /** Signs out with the header's button if someone is signed in. */
    public static void signOut(WebDriver driver, String baseUrl) {
        if (driver.getCurrentUrl() == null || !driver.getCurrentUrl().startsWith(baseUrl)) {
            driver.get(baseUrl + "/");
        }
        if (!driver.findElements(By.id("signout:submit")).isEmpty()) {
            driver.findElement(By.id("signout:submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.id("signin-link")).isEmpty());
        }
    }

    /** The test password of one of the accounts in {@value #ACCOUNTS}. */
    public static String password(String username) {
        String[] row = ROWS.get(username);
        if (row == null) {
            throw new IllegalArgumentException("no test account " + username + " in " + ACCOUNTS + "; there are " + ROWS.keySet());
        }
        return row[2];
    }

    /** The name the header shows for the account. */
    public static String displayName(String username) {
        String[] row = ROWS.get(username);
        return row.length > 3 ? row[3] : username;
    }

    private static Map<String, String[]> read() {
        try (InputStream in = SignIn.class.getResourceAsStream(ACCOUNTS)) {
            if (in == null) {
                throw new IllegalStateException(ACCOUNTS + " missing from the test classpath");
            }
            Map<String, String[]> rows = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    String[] cells = line.split("\t");
                    rows.put(cells[0].strip(), cells);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
