package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The header's language link in a real browser: after switching to English, the search page and
 * the checklist pages (issue 6's bundles Search and Checklist) speak English; switching back gives
 * the Chinese texts again. Only reads; the language lives in this browser's cookie.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishPagesIT {
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

    private void switchLanguage() {
        browser.driver.findElement(By.id("lang-link")).click();
    }

    @Test
    void searchAndChecklistPagesSwitchToEnglishAndBack() {
        browser.open("/search?q=" + URLEncoder.encode("生态保护红线", StandardCharsets.UTF_8));
        assertEquals("检索规划条款", text("search-heading"));
        assertTrue(text("result-count").startsWith("共找到"), text("result-count"));

        switchLanguage();
        assertEquals("Search the plan's clauses", text("search-heading"));
        assertTrue(text("result-count").startsWith("Found") && text("result-count").endsWith("matching clauses"),
                text("result-count"));
        assertEquals("relevance", text("sort-relevance"));
        assertEquals("Search", browser.driver.findElement(By.cssSelector("#search button[type='submit']")).getText());

        browser.open("/checklist");
        assertEquals("Transmission checklists", text("checklist-index-title"));
        assertTrue(browser.driver.findElement(By.cssSelector("#townships h2")).getText().startsWith("Townships ("));
        browser.driver.findElement(By.cssSelector("#townships a.chip")).click();
        String checklist = browser.driver.getCurrentUrl();
        List<String> facts = browser.driver.findElements(By.cssSelector("#checklist-head dt")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Target", "Plan", "Plan version", "Items"), facts);
        assertTrue(text("shown-count").startsWith("Showing"), text("shown-count"));

        // the authoring pages the public may read: plans, then a plan's versions
        browser.open("/plans");
        assertEquals("Plans and versions", browser.driver.findElement(By.cssSelector("#plans h1")).getText());
        browser.driver.findElement(By.cssSelector("#plans a.plan-link")).click();
        assertTrue(text("lifecycle-note").startsWith("Life cycle:"), text("lifecycle-note"));
        browser.driver.get(checklist);

        switchLanguage();
        assertEquals(List.of("传导对象", "依据规划", "规划版本", "条目"), browser.driver.findElements(By.cssSelector("#checklist-head dt"))
                .stream().map(WebElement::getText).toList());
        browser.open("/search");
        assertEquals("检索规划条款", text("search-heading"));
    }
}
