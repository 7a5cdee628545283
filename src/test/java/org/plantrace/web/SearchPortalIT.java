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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public search portal in a real browser, against the app jetty:start brought up with the
 * Hunyuan plan ingested and published on first start (and so indexed at start-up).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPortalIT {
    private Browser desktop;

    @BeforeAll
    void openBrowser() {
        desktop = new Browser(1280, 900);
    }

    @AfterAll
    void closeBrowser() {
        if (desktop != null) {
            desktop.close();
        }
    }

    private void search(String query) {
        desktop.open("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    /** Waits for the search page a box submitted to: typing Enter does not wait for the next page. */
    private void awaitSearchPage() {
        new WebDriverWait(desktop.driver, Duration.ofSeconds(20)).until(ExpectedConditions.and(
                ExpectedConditions.urlContains("/search?q="),
                ExpectedConditions.presenceOfElementLocated(By.id("search-panel"))));
    }

    private long total() {
        return Long.parseLong(desktop.driver.findElement(By.id("result-total")).getText());
    }

    private List<String> titles() {
        return desktop.driver.findElements(By.cssSelector("#results .result-title")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void theHomePageBoxSearchesAndHighlights() {
        desktop.open("/");
        assertTrue(desktop.driver.findElements(By.id("outline")).size() == 1, "the outline stays on the home page");
        WebElement box = desktop.driver.findElement(By.id("home-search-q"));
        box.sendKeys("生态保护红线", Keys.ENTER);
        awaitSearchPage();

        assertTrue(desktop.driver.getCurrentUrl().startsWith(Browser.baseUrl() + "/search?q="),
                desktop.driver.getCurrentUrl());
        assertEquals("生态保护红线", desktop.driver.findElement(By.id("search-q")).getAttribute("value"));
        // only the clauses that speak of it (issue #14.4); the 170-odd sharing 保护 or 红线 wait behind 更多相关结果
        assertTrue(total() >= 5 && total() <= 30, "close matches only: " + total());
        assertEquals(Math.min(10, total()), titles().size());
        assertTrue(desktop.driver.findElement(By.id("more-link")).isDisplayed());
        assertTrue(titles().stream().limit(3).anyMatch(t -> t.contains("划定生态保护红线")), titles().toString());
        List<WebElement> marks = desktop.driver.findElements(By.cssSelector("#results .snippet em"));
        assertFalse(marks.isEmpty(), "no highlighted match");
        assertTrue(marks.stream().anyMatch(m -> m.getText().contains("生态保护红线")),
                marks.stream().map(WebElement::getText).toList().toString());
        // each hit names its chapter path
        String path = desktop.driver.findElement(By.cssSelector("#results .result-path")).getText();
        assertTrue(path.contains("章"), path);
        desktop.screenshot("search-desktop");
    }

    @Test
    void aFacetNarrowsToItsCountAndCanBeRemoved() {
        search("生态保护红线");
        long all = total();
        WebElement option = desktop.driver.findElement(By.cssSelector("#facets [data-facet='chapter'] a.facet-option"));
        long count = Long.parseLong(option.getAttribute("data-count"));
        String chapter = option.findElement(By.className("facet-label")).getText();
        assertTrue(count < all, "the first chapter holds only some of the hits");
        option.click();

        assertEquals(count, total());
        String chips = desktop.driver.findElement(By.id("active-filters")).getText();
        assertTrue(chips.contains(chapter), chips);
        for (WebElement p : desktop.driver.findElements(By.cssSelector("#results .result-path"))) {
            assertTrue(p.getText().startsWith(chapter), p.getText() + " is not in " + chapter);
        }

        desktop.driver.findElement(By.cssSelector("#active-filters a.chip")).click();
        assertEquals(all, total());
        assertTrue(desktop.driver.findElements(By.id("active-filters")).isEmpty());
    }

    @Test
    void mandatoryAndKindFacetsAreOffered() {
        search("耕地");
        List<String> facets = desktop.driver.findElements(By.cssSelector("#facets .facet h3")).stream()
                .map(WebElement::getText).toList();
        assertTrue(facets.containsAll(List.of("章", "条款层级", "强制性")), facets.toString());
    }

    @Test
    void aResultOpensItsClausePage() {
        search("悬空寺");
        WebElement first = desktop.driver.findElement(By.cssSelector("#results .result-title"));
        String href = first.getAttribute("href");
        assertTrue(href.startsWith(Browser.baseUrl() + "/clause/"), href);
        first.click();

        assertEquals(href, desktop.driver.getCurrentUrl());
        assertTrue(desktop.driver.findElement(By.id("clause-text")).getText().contains("悬空寺"));
        // the header box on the clause page searches too
        desktop.driver.findElement(By.id("header-search-q")).sendKeys("城镇开发边界", Keys.ENTER);
        awaitSearchPage();
        assertEquals("城镇开发边界", desktop.driver.findElement(By.id("search-q")).getAttribute("value"));
        assertTrue(total() > 0);
    }

    @Test
    void everydayWordsFindWhatThePlanWritesOtherwise() {
        search("高铁站");
        assertTrue(titles().stream().limit(3).anyMatch(t -> t.contains("铁路")), titles().toString());
        search("学校");
        assertTrue(titles().stream().limit(3).anyMatch(t -> t.contains("教育设施布局")
                || t.contains("完善公共服务设施配置")), titles().toString());
    }

    @Test
    void pagesAndOrderAreAddresses() {
        // with the loose matches (more=1) the list runs over several pages
        desktop.open("/search?q=" + URLEncoder.encode("生态保护红线", StandardCharsets.UTF_8) + "&more=1");
        List<String> first = titles();
        desktop.driver.findElement(By.linkText("下一页")).click();
        assertTrue(desktop.driver.getCurrentUrl().contains("page=2"));
        assertEquals("2", desktop.driver.findElement(By.cssSelector("#search-pager [aria-current]")).getText());
        assertFalse(titles().isEmpty());
        assertTrue(titles().stream().noneMatch(first::contains), "page 2 repeats page 1");

        desktop.driver.findElement(By.id("sort-order")).click();
        assertTrue(desktop.driver.getCurrentUrl().contains("sort=order"));
        assertFalse(desktop.driver.getCurrentUrl().contains("page="), "a new order starts at page 1");
        assertTrue(desktop.driver.findElement(By.id("sort-order")).getAttribute("class").contains("current"));
    }

    @Test
    void aQueryTheParserRefusesGetsAFriendlyMessage() throws Exception {
        for (String bad : List.of("\"未闭合", "AND OR")) {
            search(bad);
            String message = desktop.driver.findElement(By.id("search-rejected")).getText();
            assertTrue(message.contains("无法"), message);
            assertTrue(desktop.driver.findElements(By.id("results")).isEmpty());
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                Browser.baseUrl() + "/search?q=" + URLEncoder.encode("AND OR", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
    }

    @Test
    void noResultsSaysWhatToTry() {
        search("zzqxwv");
        assertEquals(0, total());
        assertTrue(desktop.driver.findElement(By.id("no-results")).getText().contains("换一种说法"));
    }

    @Test
    void askingForDraftsInTheAddressStillShowsPublishedTextOnly() {
        search("生态保护红线");
        long published = total();
        List<String> titles = titles();
        desktop.open("/search?q=" + URLEncoder.encode("生态保护红线", StandardCharsets.UTF_8)
                + "&status=draft&version=2&plan=hunyuan-2021-2035");
        assertEquals(published, total());
        assertEquals(titles, titles());
        // and the filter is not carried into the page's links
        for (WebElement a : desktop.driver.findElements(By.cssSelector("#facets a, #sort a, #search-pager a"))) {
            assertFalse(a.getAttribute("href").contains("status="), a.getAttribute("href"));
        }
    }

    @Test
    void phoneWidthHasNoSidewaysScrolling() {
        try (Browser phone = new Browser(375, 812)) {
            phone.open("/search?q=" + URLEncoder.encode("永久基本农田", StandardCharsets.UTF_8));
            assertEquals(375L, ((Number) phone.js("return window.innerWidth;")).longValue());
            assertFalse(phone.driver.findElements(By.cssSelector("#results .result")).isEmpty());
            assertEquals(0, phone.horizontalOverflow(), "search page wider than a phone");
            phone.screenshot("search-phone");
            phone.open("/");
            assertEquals(0, phone.horizontalOverflow(), "home page with its search box wider than a phone");
            phone.open("/search");
            assertEquals(0, phone.horizontalOverflow(), "empty search page wider than a phone");
            assertTrue(phone.driver.findElement(By.id("search-examples")).isDisplayed());
        }
    }
}
