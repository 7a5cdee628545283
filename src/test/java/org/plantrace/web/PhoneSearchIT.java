package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue #14.5 at 390 px, the width of a current phone: the search results come first and the
 * facets fold behind a 筛选 button; the clause page's indicator table keeps each name on its line;
 * the legend speaks of tapping, not of pointing. Against the app jetty:start brought up.
 */
class PhoneSearchIT {
    static final int WIDTH = 390;
    static final String FARMLAND = "划定耕地和永久基本农田保护红线";

    private static String searchFor(String words) {
        return "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static double top(Browser b, WebElement e) {
        return ((Number) b.js("return arguments[0].getBoundingClientRect().top + window.scrollY;", e)).doubleValue();
    }

    @Test
    void onAPhoneTheResultsComeFirstAndTheFacetsOpenWithTheFilterButton() {
        try (Browser phone = new Browser(WIDTH, 844)) {
            phone.open(searchFor("永久基本农田"));
            assertEquals(WIDTH, ((Number) phone.js("return window.innerWidth;")).longValue());
            WebElement toggle = phone.driver.findElement(By.id("facets-toggle"));
            WebElement facets = phone.driver.findElement(By.id("facets"));
            WebElement first = phone.driver.findElement(By.cssSelector("#results .result"));
            assertTrue(toggle.isDisplayed(), "the 筛选 button shows on a phone");
            assertTrue(toggle.getText().startsWith("筛选"), toggle.getText());
            assertEquals("false", toggle.getAttribute("aria-expanded"));
            assertFalse(facets.isDisplayed(), "the facets are folded until 筛选 is pressed");
            assertTrue(first.isDisplayed());
            assertTrue(top(phone, first) < 844, "the first result is on the first screen: " + top(phone, first));
            assertEquals(0, phone.horizontalOverflow());
            phone.screenshot("search-phone-390");

            toggle.click();
            assertTrue(facets.isDisplayed(), "筛选 opens the facets");
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            assertTrue(top(phone, facets) > top(phone, toggle), "the facets open below the button");
            phone.screenshot("search-phone-390-filters");
            // and they work: a chapter narrows the results to its count
            WebElement option = facets.findElement(By.cssSelector("[data-facet='chapter'] a.facet-option"));
            long count = Long.parseLong(option.getAttribute("data-count"));
            option.click();
            assertEquals(count, Long.parseLong(phone.driver.findElement(By.id("result-total")).getText()));
            assertTrue(phone.driver.findElement(By.id("facets-toggle")).getText().contains("(1)"),
                    "the button says one filter is chosen");
            toggle = phone.driver.findElement(By.id("facets-toggle"));
            toggle.click();
            toggle.click();
            assertFalse(phone.driver.findElement(By.id("facets")).isDisplayed(), "pressed again, 筛选 folds them");

            // without the script's fold the facets still follow the results rather than precede them
            phone.js("document.querySelector('.search-layout').classList.remove('facets-folded');");
            assertTrue(top(phone, phone.driver.findElement(By.id("facets")))
                    > top(phone, phone.driver.findElement(By.cssSelector("#results .result"))),
                    "unfolded, the facets come after the results");
            assertNoCspViolation(phone);
        }
    }

    @Test
    void onADesktopTheFacetsStayBesideTheResultsWithoutAButton() {
        try (Browser desktop = new Browser(1280, 900)) {
            desktop.open(searchFor("永久基本农田"));
            assertFalse(desktop.driver.findElement(By.id("facets-toggle")).isDisplayed());
            WebElement facets = desktop.driver.findElement(By.id("facets"));
            WebElement results = desktop.driver.findElement(By.id("results"));
            assertTrue(facets.isDisplayed());
            assertTrue(facets.getLocation().getX() < results.getLocation().getX(), "the facets are the left column");
        }
    }

    @Test
    void onAPhoneTheIndicatorNamesAreNotWrappedTwoCharactersALine() {
        try (Browser phone = new Browser(WIDTH, 844)) {
            phone.open("/");
            WebElement link = phone.driver.findElements(By.cssSelector("#outline a")).stream()
                    .filter(a -> a.getAttribute("textContent").endsWith(FARMLAND)).findFirst().orElseThrow();
            phone.driver.get(link.getAttribute("href"));
            List<WebElement> names = phone.driver.findElements(By.cssSelector("#indicators td.name"));
            assertFalse(names.isEmpty(), "the farmland clause lists indicators");
            for (WebElement name : names) {
                double height = ((Number) phone.js("return arguments[0].getBoundingClientRect().height;", name)).doubleValue();
                double line = ((Number) phone.js("return parseFloat(getComputedStyle(arguments[0]).lineHeight);", name))
                        .doubleValue();
                String text = name.getText();
                assertTrue(height <= 2 * line + 1, text + " takes " + height / line + " lines");
                if (text.length() <= 12) {
                    assertTrue(height <= line + 1, text + " fits one line at 390 px but takes " + height / line);
                }
            }
            String row = phone.driver.findElement(By.cssSelector("#indicators tbody tr")).getText();
            assertTrue(row.contains("万亩"), "the value stays in the row: " + row);
            assertEquals(0, phone.horizontalOverflow(), "indicator table wider than a phone");
            String legend = phone.driver.findElement(By.id("link-legend")).getText();
            assertFalse(legend.contains("指向"), "a finger taps, it does not point: " + legend);
            assertTrue(legend.contains("点按"), legend);
            phone.screenshot("clause-links-phone-390");
            assertNoCspViolation(phone);
        }
    }

    @Test
    void anEnglishQueryIsToldThePlanIsSearchedInChineseAndOfferedTerms() {
        try (Browser phone = new Browser(WIDTH, 844)) {
            phone.open(searchFor("farmland"));
            WebElement note = phone.driver.findElement(By.id("foreign-query"));
            assertTrue(note.isDisplayed() && note.getText().contains("中文"), note.getText());
            WebElement term = note.findElements(By.cssSelector("a.chip")).stream()
                    .filter(a -> a.getText().equals("耕地")).findFirst().orElseThrow();
            term.click();
            assertEquals("耕地", phone.driver.findElement(By.id("search-q")).getAttribute("value"));
            assertTrue(Long.parseLong(phone.driver.findElement(By.id("result-total")).getText()) > 0);
            assertTrue(phone.driver.findElements(By.id("foreign-query")).isEmpty(), "a Chinese query gets no note");
        }
    }

    @Test
    void theIndicatorCardShowsTheFiguresAndACountItsLinkKeeps() {
        try (Browser phone = new Browser(WIDTH, 844)) {
            phone.open(searchFor("耕地保有量"));
            WebElement card = phone.driver.findElements(By.cssSelector("#search-related li[data-related='indicator']"))
                    .stream().filter(li -> li.getText().contains("耕地保有量")).findFirst().orElseThrow();
            List<String> figures = card.findElements(By.className("related-figure")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(figures.stream().anyMatch(f -> f.startsWith("≥") && f.contains("73.39 万亩")), figures.toString());
            long count = Long.parseLong(card.findElement(By.className("count")).getText().replaceAll("\\D", ""));
            card.findElement(By.className("related-name")).click();
            assertEquals(count, Long.parseLong(phone.driver.findElement(By.id("result-total")).getText()),
                    "the card's count is what its link finds");
            assertEquals(0, phone.horizontalOverflow());
        }
    }

    private static void assertNoCspViolation(Browser b) {
        List<String> console = b.console();
        assertTrue(console.stream().noneMatch(m -> m.contains("Content Security Policy")), console.toString());
    }
}
