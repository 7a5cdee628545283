package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing in and out in real Chromium, the admin page, the password page, and the pages' behaviour
 * under the Content-Security-Policy (no violation in the console). Accounts come from
 * it-accounts.tsv through {@link SignIn}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInIT {
    private Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(1280, 900);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    /** Waits for the answer page: the old page has an element of the same id until it is replaced. */
    private String awaitText(String id, String expected) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getText().contains(expected));
        return text(id);
    }

    /** Presses a form's button and waits until the answer page has replaced this one. */
    private void submit(String buttonId) {
        WebElement page = browser.driver.findElement(By.tagName("html"));
        browser.driver.findElement(By.id(buttonId)).click();
        Browser.awaitReplaced(browser.driver, page);
    }

    private boolean present(String id) {
        return !browser.driver.findElements(By.id(id)).isEmpty();
    }

    @Test
    void signInShowsTheNameAndRoleAndSignOutEndsIt() {
        SignIn.signOut(browser.driver, Browser.baseUrl());
        browser.open("/");
        assertTrue(present("signin-link"), "anonymous readers see 登录");
        assertEquals("登录", text("signin-link"));
        String anonymousSession = cookie();

        browser.driver.findElement(By.id("signin-link")).click();
        assertEquals("登录", browser.driver.findElement(By.cssSelector("#signin-panel h1")).getText());
        browser.driver.findElement(By.id("signin:username")).sendKeys("drafter");
        browser.driver.findElement(By.id("signin:password")).sendKeys(SignIn.password("drafter"));
        if (System.getProperty("plantrace.screenshots") != null) {
            browser.screenshot("signin");
        }
        submit("signin:submit");
        // the password check is deliberately slow: wait for the answer page, or its error message
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> present("current-user")
                || !d.findElements(By.cssSelector("#messages li")).isEmpty());

        assertEquals(Browser.baseUrl() + "/", browser.driver.getCurrentUrl(), "back to the page the reader came from");
        assertEquals(SignIn.displayName("drafter"), browser.driver.findElement(By.cssSelector("#current-user .name")).getText());
        assertEquals("编制人员", text("current-roles"));
        assertEquals("退出", browser.driver.findElement(By.id("signout:submit")).getAttribute("value"));
        assertFalse(present("signin-link"));
        assertFalse(present("accounts-link"), "only admins see 账户管理");
        assertTrue(cookie() != null && !cookie().equals(anonymousSession), "the session id must change at sign-in");

        submit("signout:submit");
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> present("signin-link"));
        assertFalse(present("current-user"));
        assertEquals(Browser.baseUrl() + "/", browser.driver.getCurrentUrl());
    }

    @Test
    void aWrongPasswordIsRefusedInChinese() {
        SignIn.signOut(browser.driver, Browser.baseUrl());
        browser.open("/signin");
        browser.driver.findElement(By.id("signin:username")).sendKeys("reviewer");
        browser.driver.findElement(By.id("signin:password")).sendKeys("not-the-password");
        submit("signin:submit");
        String message = text("messages");
        assertTrue(message.contains("用户名或密码不正确") && message.contains("锁定"), message);
        assertEquals("", browser.driver.findElement(By.id("signin:password")).getAttribute("value"),
                "the password must not come back in the page");
        assertEquals("reviewer", browser.driver.findElement(By.id("signin:username")).getAttribute("value"));
        assertTrue(present("signin-link"));
        // an empty form is answered, not sent to the server's check
        browser.driver.findElement(By.id("signin:username")).clear();
        submit("signin:submit");
        assertTrue(text("messages").contains("请输入用户名"), text("messages"));
    }

    @Test
    void signingInFromAClausePageReturnsToIt() {
        SignIn.signOut(browser.driver, Browser.baseUrl());
        browser.open("/");
        String href = browser.driver.findElement(By.cssSelector("#outline li.depth-2 a")).getAttribute("href");
        browser.driver.get(href);
        String clause = browser.driver.getCurrentUrl();
        browser.driver.findElement(By.id("signin-link")).click();
        browser.driver.findElement(By.id("signin:username")).sendKeys("reviewer");
        browser.driver.findElement(By.id("signin:password")).sendKeys(SignIn.password("reviewer"));
        submit("signin:submit");
        assertEquals(clause, browser.driver.getCurrentUrl());
        assertEquals("审查人员", text("current-roles"));
        SignIn.signOut(browser.driver, Browser.baseUrl());
    }

    @Test
    void anAdminCreatesAnAccountWhoseOwnerMustChooseAPassword() {
        // unique, so the test can run again against a server that kept its data
        String name = "wangwu" + (System.currentTimeMillis() % 100_000);
        SignIn.as(browser.driver, Browser.baseUrl(), "admin");
        browser.driver.findElement(By.id("accounts-link")).click();
        assertEquals("账户管理", browser.driver.findElement(By.cssSelector("#accounts h1")).getText());
        browser.driver.findElement(By.id("create:username")).sendKeys(name);
        browser.driver.findElement(By.id("create:display-name")).sendKeys("王五");
        checkRole("create:roles", "REVIEWER");
        browser.driver.findElement(By.id("create:password")).sendKeys("first-time-pass-1");
        submit("create:submit");
        // the account's row exists only on the answer page: reading #messages before it arrives
        // would read the old page's element
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("account-" + name)));
        assertTrue(text("messages").contains("已创建账户 " + name), text("messages"));
        WebElement row = browser.driver.findElement(By.id("account-" + name));
        assertTrue(row.getText().contains("王五") && row.getText().contains("审查人员") && row.getText().contains("须修改一次性密码"),
                row.getText());
        if (System.getProperty("plantrace.screenshots") != null) {
            // opened without the #edit anchor, so the picture starts at the header
            browser.open("/admin/accounts.xhtml?user=" + name);
            browser.screenshot("admin-accounts");
        }
        SignIn.signOut(browser.driver, Browser.baseUrl());

        browser.open("/signin");
        browser.driver.findElement(By.id("signin:username")).sendKeys(name);
        browser.driver.findElement(By.id("signin:password")).sendKeys("first-time-pass-1");
        submit("signin:submit");
        assertTrue(browser.driver.getCurrentUrl().contains("/password.xhtml"), browser.driver.getCurrentUrl());
        assertTrue(text("required").contains("一次性密码"));
        assertFalse(present("current-user"), "not signed in before the one-time password is replaced");
        browser.driver.findElement(By.id("password:current")).sendKeys("first-time-pass-1");
        browser.driver.findElement(By.id("password:replacement")).sendKeys("wangwu-own-password");
        browser.driver.findElement(By.id("password:confirmation")).sendKeys("wangwu-other-password");
        submit("password:submit");
        awaitText("messages", "两次输入的新密码不一致"); // times out, failing the test, if the message never comes
        if (System.getProperty("plantrace.screenshots") != null) {
            browser.screenshot("password");
        }
        browser.driver.findElement(By.id("password:current")).sendKeys("first-time-pass-1");
        browser.driver.findElement(By.id("password:replacement")).sendKeys("wangwu-own-password");
        browser.driver.findElement(By.id("password:confirmation")).sendKeys("wangwu-own-password");
        submit("password:submit");
        assertEquals("王五", browser.driver.findElement(By.cssSelector("#current-user .name")).getText());
        SignIn.signOut(browser.driver, Browser.baseUrl());
    }

    @Test
    void noPageBreaksTheContentSecurityPolicy() {
        browser.console();
        SignIn.signOut(browser.driver, Browser.baseUrl());
        browser.open("/");
        String clause = browser.driver.findElement(By.cssSelector("#outline li.depth-2 a")).getAttribute("href");
        List<String> pages = new ArrayList<>(List.of("/", "/search?q=" + URLEncoder.encode("生态保护红线", StandardCharsets.UTF_8),
                "/signin", "/clause/no-such-clause", "/admin/accounts.xhtml", "/password.xhtml"));
        pages.add(clause.substring(Browser.baseUrl().length()));
        // the clause page with the most links (a map, chips) is the one most likely to use scripts and styles
        pages.add(linkedClause());
        List<String> violations = new ArrayList<>();
        boolean heard404 = false;
        for (String page : pages) {
            browser.open(page);
            List<String> console = browser.console();
            heard404 |= page.startsWith("/clause/no-such") && console.stream().anyMatch(m -> m.contains("404"));
            console.stream().filter(SignInIT::breaksPolicy).map(m -> page + ": " + m).forEach(violations::add);
        }
        // proof that the console is really read: Chromium logs the 404 page's status there
        assertTrue(heard404, "the browser console was not captured");
        SignIn.as(browser.driver, Browser.baseUrl(), "admin");
        for (String page : List.of("/admin/accounts.xhtml", "/admin/accounts.xhtml?user=drafter", "/password.xhtml", "/")) {
            browser.open(page);
            browser.console().stream().filter(SignInIT::breaksPolicy).map(m -> "admin " + page + ": " + m).forEach(violations::add);
        }
        SignIn.signOut(browser.driver, Browser.baseUrl());
        assertEquals(List.of(), violations);
    }

    @Test
    void aQueryWithAScriptTagIsShownAsText() {
        String hostile = "<script>document.title='pwned'</script><img src=x>";
        browser.console();
        browser.open("/search?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
        assertEquals(hostile, browser.driver.findElement(By.cssSelector("main input[name=q]")).getAttribute("value"));
        // had the script run, the title would be just "pwned"; shown as text, it is the query itself
        assertTrue(browser.driver.getTitle().startsWith(hostile), browser.driver.getTitle());
        Object injected = browser.js("return [...document.scripts].filter(s => !s.src).length"
                + " + document.querySelectorAll('img[src=\"x\"]').length;");
        assertEquals(0L, ((Number) injected).longValue(), "the query became markup");
    }

    @Test
    void theAccountPagesFitAPhone() {
        try (Browser phone = new Browser(375, 812)) {
            phone.open("/signin");
            assertEquals(0, phone.horizontalOverflow(), "sign-in page wider than a phone");
            SignIn.as(phone.driver, Browser.baseUrl(), "admin");
            assertEquals(0, phone.horizontalOverflow(), "header with the account wider than a phone");
            phone.open("/admin/accounts.xhtml?user=drafter");
            assertEquals(0, phone.horizontalOverflow(), "admin page wider than a phone");
            // the role check boxes keep each label on one line
            for (WebElement label : phone.driver.findElements(By.cssSelector("#edit-form label"))) {
                double line = ((Number) phone.js("return parseFloat(getComputedStyle(arguments[0]).lineHeight);", label))
                        .doubleValue();
                assertTrue(label.getSize().getHeight() < 1.5 * line, "label wrapped: " + label.getText());
            }
        }
    }

    /** A console message that reports a Content-Security-Policy violation or a failed script. */
    private static boolean breaksPolicy(String message) {
        return message.contains("Content Security Policy") || message.contains("Content-Security-Policy")
                || message.contains("Refused to");
    }

    /** A clause page whose text links places (so its map and chips run). */
    private String linkedClause() {
        browser.open("/search?q=" + URLEncoder.encode("永安镇", StandardCharsets.UTF_8));
        List<WebElement> hits = browser.driver.findElements(By.cssSelector("main a[href*='/clause/']"));
        return hits.isEmpty() ? "/" : hits.get(0).getAttribute("href").substring(Browser.baseUrl().length());
    }

    private void checkRole(String group, String role) {
        for (WebElement box : browser.driver.findElements(By.cssSelector("input[name='" + group + "']"))) {
            if (box.getAttribute("value").equals(role) && !box.isSelected()) {
                box.click();
            }
        }
    }

    private String cookie() {
        var c = browser.driver.manage().getCookieNamed("JSESSIONID");
        return c == null ? null : c.getValue();
    }
}
