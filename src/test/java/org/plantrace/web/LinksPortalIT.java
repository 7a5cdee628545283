package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The link store in a real browser: the township facet and the related names on the search portal,
 * the findings page's guard, and a drafter's accept button on a clause page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinksPortalIT {
    static final String TOWNSHIP = "王庄堡镇";
    private Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(1280, 900);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            SignIn.signOut(browser.driver, Browser.baseUrl());
            browser.close();
        }
    }

    private void search(String query) {
        browser.open("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private long total() {
        return Long.parseLong(browser.driver.findElement(By.id("result-total")).getText());
    }

    @Test
    void clickingATownshipFacetShowsOnlyTheClausesLinkedToIt() {
        search("城镇");
        long before = total();
        WebElement option = browser.driver.findElements(By.cssSelector("#facets [data-facet='township'] a.facet-option"))
                .stream().filter(a -> a.findElement(By.className("facet-label")).getText().equals(TOWNSHIP))
                .findFirst().orElseThrow(() -> new AssertionError("no " + TOWNSHIP + " in the township facet"));
        long count = Long.parseLong(option.getAttribute("data-count"));
        option.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("township="));

        assertEquals(count, total());
        assertTrue(count < before, count + " of " + before);
        assertTrue(browser.driver.findElement(By.id("active-filters")).getText().contains("乡镇：" + TOWNSHIP));
        // every result on the page names the township in its heading or text (short form 王庄堡 included)
        List<String> hrefs = browser.driver.findElements(By.cssSelector("#results .result-title")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertFalse(hrefs.isEmpty());
        for (String href : hrefs) {
            browser.driver.get(href);
            String clause = browser.driver.findElement(By.id("clause")).getText();
            assertTrue(clause.contains("王庄堡"), href);
        }
    }

    @Test
    void aPlaceNamedInTheQueryLeadsToItsClauses() {
        search(TOWNSHIP);
        WebElement related = browser.driver.findElement(By.id("search-related"));
        WebElement place = related.findElements(By.cssSelector("a.related-name")).stream()
                .filter(a -> a.getText().equals(TOWNSHIP)).findFirst().orElseThrow();
        place.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("township="));

        assertTrue(total() > 0);
        assertTrue(browser.driver.findElement(By.id("active-filters")).getText().contains(TOWNSHIP));
    }

    @Test
    void findingsAreForbiddenToThePublicAndShownToADrafter() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Browser.baseUrl() + "/findings")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, anonymous.statusCode());

        SignIn.as(browser.driver, Browser.baseUrl(), "drafter");
        browser.open("/findings");
        String page = browser.driver.findElement(By.id("findings")).getText();
        assertTrue(page.contains("ENT001"), page);
        assertTrue(browser.driver.findElements(By.id("group-no-data")).size() == 1, "no data has its own group");
        browser.driver.findElement(By.cssSelector("#group-problems a.finding-clause")).click();
        assertTrue(browser.driver.getCurrentUrl().contains("/clause/"), browser.driver.getCurrentUrl());
        SignIn.signOut(browser.driver, Browser.baseUrl());
    }

    @Test
    void aDrafterAcceptsASuggestedLinkOnTheClausePage() {
        search("划定生态保护红线");
        String href = browser.driver.findElement(By.cssSelector("#results .result-title")).getAttribute("href");
        browser.driver.get(href);
        assertTrue(browser.driver.findElements(By.id("link-curation")).isEmpty(), "the public sees no curation");

        SignIn.as(browser.driver, Browser.baseUrl(), "drafter");
        browser.driver.get(href);
        WebElement item = browser.driver.findElements(By.cssSelector("#link-curation .curation-item.status-suggested"))
                .get(0);
        String link = item.getAttribute("data-link");
        item.findElement(By.cssSelector("input[type='submit'][value='确认']")).click();

        // the click posts, then the bean redirects to the clause: wait for the page that shows the decision
        By decided = By.cssSelector("#link-curation [data-link='" + link + "'].status-accepted");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> !d.findElements(decided).isEmpty());
        WebElement after = browser.driver.findElement(decided);
        assertTrue(browser.driver.getCurrentUrl().contains("/clause/"), browser.driver.getCurrentUrl());
        assertTrue(after.getText().contains("已确认"), after.getText());
        SignIn.signOut(browser.driver, Browser.baseUrl());
    }

    @Test
    void curationAndFindingsFitAPhone() {
        Browser phone = new Browser(375, 800);
        try {
            SignIn.as(phone.driver, Browser.baseUrl(), "drafter");
            phone.open("/findings");
            assertEquals(0, phone.horizontalOverflow(), "findings page overflows at 375 px");
            phone.open("/search?q=" + URLEncoder.encode("王庄堡镇", StandardCharsets.UTF_8));
            assertEquals(0, phone.horizontalOverflow(), "search with related names overflows at 375 px");
            String href = phone.driver.findElement(By.cssSelector("#results .result-title")).getAttribute("href");
            phone.driver.get(href);
            assertFalse(phone.driver.findElements(By.id("link-curation")).isEmpty());
            assertEquals(0, phone.horizontalOverflow(), "clause page with curation overflows at 375 px");
            SignIn.signOut(phone.driver, Browser.baseUrl());
        } finally {
            phone.close();
        }
    }
}
