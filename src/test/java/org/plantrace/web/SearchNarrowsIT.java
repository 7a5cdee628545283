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
 * Issue #14.4 in a browser, at desktop and phone width: a multi-word query lists the clauses that
 * speak of it; the loose matches (a character pair in common) wait behind “更多相关结果”, and once
 * asked for follow the close ones below a divider; the counts agree with the list.
 */
class SearchNarrowsIT {
    private static long total(Browser b) {
        return Long.parseLong(b.driver.findElement(By.id("result-total")).getText());
    }

    private static List<String> titles(Browser b) {
        return b.driver.findElements(By.cssSelector("#results .result-title")).stream().map(WebElement::getText).toList();
    }

    @Test
    void looseMatchesWaitBehindMoreRelatedResults() {
        for (int width : new int[] {1280, 390}) {
            try (Browser b = new Browser(width, 900)) {
                b.open("/search?q=" + URLEncoder.encode("城镇开发边界面积", StandardCharsets.UTF_8));
                long close = total(b);
                assertTrue(close > 0 && close < 10, "a short list of close matches: " + close);
                assertEquals(close, titles(b).size(), "the count is the list");
                // each close match speaks of the urban development boundary (title or highlighted text)
                for (WebElement r : b.driver.findElements(By.cssSelector("#results > li"))) {
                    assertTrue(r.getText().contains("城镇开发边界"), r.getText());
                }
                WebElement more = b.driver.findElement(By.id("more-link"));
                String note = b.driver.findElement(By.cssSelector("#more-results .more-note")).getText();
                long hidden = Long.parseLong(note.replaceAll("\\D+", " ").strip().split(" ")[0]);
                assertTrue(hidden > 100, "the loose matches are counted, not listed: " + note);
                assertTrue(b.driver.findElements(By.id("more-divider")).isEmpty());
                b.screenshot(width > 500 ? "search-close-desktop" : "search-close-phone");

                more.click();
                assertTrue(b.driver.getCurrentUrl().contains("more=1"), b.driver.getCurrentUrl());
                assertEquals(close + hidden, total(b), "with the loose ones the total is everything");
                List<WebElement> results = b.driver.findElements(By.cssSelector("#results > li"));
                int divider = -1;
                for (int i = 0; i < results.size(); i++) {
                    if (!results.get(i).findElements(By.id("more-divider")).isEmpty()) {
                        divider = i;
                    }
                }
                assertEquals(close, divider, "the divider stands where the close matches end");
                assertFalse(b.driver.findElements(By.id("more-results")).size() > 0, "nothing more to ask for");
                if (width > 500) {
                    b.screenshot("search-more-desktop");
                }
            }
        }
    }

    @Test
    void aQueryWithNoCloseMatchListsWhatThereIs() {
        try (Browser b = new Browser(1280, 900)) {
            // everyday words the plan never writes: nothing is close, so the loose matches are the list
            b.open("/search?q=" + URLEncoder.encode("农村厕所", StandardCharsets.UTF_8));
            assertTrue(total(b) > 0);
            assertTrue(b.driver.findElements(By.id("more-results")).isEmpty());
        }
    }
}
