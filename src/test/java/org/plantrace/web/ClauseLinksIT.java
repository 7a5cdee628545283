package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The clause page's links (issue 3) in a real browser against the app jetty:start brought up: the
 * indicator table, the entity chips, and the Leaflet map drawn from the app's own webjar and
 * {@code /geo/clause/{uid}.json}, marked illustrative. The build machine is offline, so a map that
 * needed anything from outside would not load here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClauseLinksIT {
    static final String FARMLAND = "划定耕地和永久基本农田保护红线";
    static final String OVERLAY = "明确叠加功能区";
    static final String ILLUSTRATIVE = "示意数据，非官方成果";

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

    @Test
    void theFarmlandClauseShowsItsIndicatorsAndHighlightsTheirValues() {
        openClause(desktop, FARMLAND, "条");

        WebElement table = desktop.driver.findElement(By.cssSelector("#indicators table"));
        List<String> rows = table.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
        assertTrue(rows.stream().anyMatch(r -> r.contains("耕地保有量") && r.contains("≥") && r.contains("73.39 万亩")
                && r.contains("2035年") && r.contains("约束性")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("63.25 万亩")), rows.toString());
        List<String> values = desktop.driver.findElements(By.cssSelector("#clause-text .indicator-value")).stream()
                .map(WebElement::getText).toList();
        assertTrue(values.contains("73.39万亩"), "the value is highlighted as written: " + values);
        // the highlight is not the mandatory underline
        WebElement value = desktop.driver.findElement(By.cssSelector("#clause-text .indicator-value"));
        assertFalse(value.getCssValue("text-decoration-line").contains("underline"));
        assertTrue(chips(desktop).contains("永久基本农田"), chips(desktop).toString());
    }

    @Test
    void aClauseNamingTownshipsShowsThemAsChipsAndOnTheMap() {
        openClause(desktop, OVERLAY, "条");

        List<String> chips = chips(desktop);
        assertTrue(chips.containsAll(List.of("王庄堡镇", "官儿乡", "千佛岭乡", "永安镇", "青磁窑镇")), chips.toString());
        WebElement group = desktop.driver.findElement(By.cssSelector("#entities .entity-group .group-name"));
        assertEquals("乡镇", group.getText());

        WebElement map = awaitMap(desktop);
        assertTrue(map.getAttribute("class").contains("leaflet-container"), "Leaflet took the map element");
        assertEquals("5", map.getAttribute("data-linked"), "five townships linked");
        List<WebElement> drawn = map.findElements(By.cssSelector("svg path.feature-townships"));
        assertEquals(5, drawn.size(), "one SVG path per named township");
        assertTrue(map.getText().contains("王庄堡镇"), "township names on the map: " + map.getText());
        WebElement label = desktop.driver.findElement(By.id("map-illustrative"));
        assertTrue(label.isDisplayed());
        assertEquals(ILLUSTRATIVE, label.getText());
        String legend = desktop.driver.findElement(By.id("map-legend")).getText();
        assertTrue(legend.contains("乡镇") && legend.contains("县界") && legend.contains(ILLUSTRATIVE), legend);
        // nothing loaded from outside: the scripts and styles are the app's own
        Boolean local = (Boolean) desktop.js("return [...document.scripts].filter(s => s.src).concat("
                + "[...document.querySelectorAll('link[rel=stylesheet]')].map(l => ({src: l.href})))"
                + ".every(s => s.src.startsWith(location.origin));");
        assertTrue(local, "a script or style from another origin");

        // pointing at a chip lights its mentions in the text
        WebElement chip = desktop.driver.findElements(By.cssSelector("#entities .chip")).stream()
                .filter(c -> c.getText().startsWith("王庄堡镇")).findFirst().orElseThrow();
        new Actions(desktop.driver).moveToElement(chip).perform();
        List<WebElement> lit = desktop.driver.findElements(By.cssSelector("#clause-text .entity-mention.lit"));
        assertEquals(List.of("王庄堡镇"), lit.stream().map(WebElement::getText).toList());
    }

    @Test
    void theDevelopmentBoundaryClauseMapsItsLinesAndTowns() {
        openClause(desktop, "划定城镇开发边界", "条");

        WebElement map = awaitMap(desktop);
        for (String layer : List.of("urban-development-boundary", "townships", "permanent-basic-farmland",
                "ecological-red-line")) {
            assertFalse(map.findElements(By.cssSelector("svg path.feature-" + layer)).isEmpty(), layer + " not drawn");
        }
        assertEquals(6, map.findElements(By.cssSelector("svg path.feature-urban-development-boundary")).size(),
                "the six towns' development boundaries");
        String legend = desktop.driver.findElement(By.id("map-legend")).getText();
        assertTrue(legend.contains("城镇开发边界") && legend.contains("生态保护红线"), legend);
        String table = desktop.driver.findElement(By.id("indicators")).getText();
        assertTrue(table.contains("16.46 平方千米") && table.contains("1.25"), table);
        desktop.screenshot("clause-links-desktop");
    }

    @Test
    void aClauseWithoutLinksShowsTheCountyOutlineAndSaysSo() {
        openClause(desktop, "总则", "章");

        WebElement map = awaitMap(desktop);
        assertEquals("0", map.getAttribute("data-linked"));
        assertTrue(map.findElements(By.cssSelector("svg path")).size() >= 1, "the county outline is drawn");
        assertTrue(desktop.driver.findElement(By.id("map-empty")).getText().contains("本条未关联空间要素"));
        assertTrue(desktop.driver.findElement(By.id("map-illustrative")).isDisplayed());
    }

    @Test
    void atPhoneWidthNothingOverflowsAndTheMapKeepsItsHeight() {
        try (Browser phone = new Browser(375, 812)) {
            openClause(phone, FARMLAND, "条");
            assertEquals(0, phone.horizontalOverflow(), "indicator table wider than a phone");

            openClause(phone, OVERLAY, "条");
            WebElement map = awaitMap(phone);
            assertEquals(0, phone.horizontalOverflow(), "clause page with map wider than a phone");
            assertEquals(320, map.getSize().getHeight(), "the map has a fixed height");
            assertTrue(map.getSize().getWidth() <= 375);
            phone.screenshot("clause-links-phone");
        }
    }

    @Test
    void theGeoJsonEndpointAnswersForClausesOnly() throws Exception {
        String uid = openClause(desktop, OVERLAY, "条");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(
                URI.create(Browser.baseUrl() + "/geo/clause/" + uid + ".json")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode());
        assertTrue(ok.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        assertTrue(ok.body().contains("\"illustrative\":true") && ok.body().contains("\"name\":\"王庄堡镇\""), ok.body());
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(
                URI.create(Browser.baseUrl() + "/geo/clause/no-such-clause.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
    }

    /** Opens the clause with this heading from the home page's outline; returns its uid. */
    private static String openClause(Browser b, String heading, String kind) {
        b.open("/");
        WebElement link = b.driver.findElements(By.cssSelector("#outline a")).stream()
                .filter(a -> a.getAttribute("textContent").endsWith(heading))
                .filter(a -> kind.equals(a.findElement(By.className("kind")).getAttribute("textContent")))
                .findFirst().orElseThrow(() -> new AssertionError("no outline entry " + heading));
        String uid = link.getAttribute("data-uid");
        b.driver.get(link.getAttribute("href"));
        assertEquals(Browser.baseUrl() + "/clause/" + uid, b.driver.getCurrentUrl());
        return uid;
    }

    private static List<String> chips(Browser b) {
        return b.driver.findElements(By.cssSelector("#entities .chip")).stream()
                .map(c -> c.getAttribute("textContent").replaceFirst("原文作.*$", "")).toList();
    }

    /** The map element once clause-map.js has drawn it (it marks it map-loaded). */
    private static WebElement awaitMap(Browser b) {
        new WebDriverWait(b.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#clause-map.map-loaded")));
        return b.driver.findElement(By.id("clause-map"));
    }
}
