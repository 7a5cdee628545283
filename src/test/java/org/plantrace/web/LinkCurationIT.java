package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A drafter's link decisions reach the public clause page: rejecting every suggested link of a place
 * on a clause of 第七章 removes its chip for an anonymous reader in a fresh browser, and adding it
 * back (words selected in the clause text, 添加) shows it again. 第七章 and a place that is not a
 * township keep the other browser tests' clauses and township facet as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkCurationIT {
    private static final String PLACE_TYPE = "地名与要素";
    private Browser drafter;

    @BeforeAll
    void openBrowser() {
        drafter = new Browser(1280, 900);
    }

    @AfterAll
    void closeBrowser() {
        if (drafter != null) {
            SignIn.signOut(drafter.driver, Browser.baseUrl());
            drafter.close();
        }
    }

    /** A clause of 第七章 naming a place that is not a township, and that place's name. */
    private static String[] clauseOfChapterSeven(Browser b) {
        b.open("/");
        WebElement chapter = b.driver.findElements(By.cssSelector("#outline a")).stream()
                .filter(a -> a.getAttribute("textContent").contains("第七章"))
                .filter(a -> "章".equals(a.findElement(By.className("kind")).getAttribute("textContent")))
                .findFirst().orElseThrow(() -> new AssertionError("no 第七章 in the outline"));
        List<String> hrefs = chapter.findElements(By.xpath("./ancestor::li[1]//a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        for (String href : hrefs) {
            b.driver.get(href);
            for (WebElement group : b.driver.findElements(By.cssSelector("#entities .entity-group"))) {
                if (group.findElement(By.className("group-name")).getText().equals("乡镇")) {
                    continue;
                }
                List<WebElement> chips = group.findElements(By.cssSelector(".chip:not(.variant)"));
                if (!chips.isEmpty()) {
                    return new String[] {href, chips.get(0).getAttribute("textContent").strip()};
                }
            }
        }
        throw new AssertionError("no clause of 第七章 names a place that is not a township: " + hrefs);
    }

    private static List<String> publicChips(String href) {
        Browser anonymous = new Browser(1280, 900);
        try {
            anonymous.driver.get(href);
            assertTrue(anonymous.driver.findElements(By.id("link-curation")).isEmpty(), "the public sees no curation");
            return anonymous.driver.findElements(By.cssSelector("#entities .chip")).stream()
                    .map(c -> c.getAttribute("textContent").replaceFirst("原文作.*$", "").strip()).toList();
        } finally {
            anonymous.close();
        }
    }

    /** The curation items of the place that extraction suggested and nobody has rejected yet. */
    private List<WebElement> liveItemsOf(String place) {
        return drafter.driver.findElements(By.cssSelector("#link-curation .curation-item")).stream()
                .filter(li -> li.findElement(By.className("curation-type")).getText().equals(PLACE_TYPE))
                .filter(li -> li.findElement(By.className("curation-label")).getText().equals(place))
                .filter(li -> !li.getAttribute("class").contains("status-rejected")).toList();
    }

    @Test
    void aRejectedPlaceLeavesThePublicPageAndAnAddedOneComesBack() {
        String[] found = clauseOfChapterSeven(drafter);
        String href = found[0];
        String place = found[1];
        assertTrue(publicChips(href).contains(place), "before: " + place + " is shown");

        SignIn.as(drafter.driver, Browser.baseUrl(), "drafter");
        drafter.driver.get(href);
        List<WebElement> live = liveItemsOf(place);
        assertFalse(live.isEmpty(), "the drafter sees the link of " + place);
        // a place named twice has a link per mention: the chip goes when every one is rejected
        for (int left = live.size(); left > 0; left--) {
            WebElement item = liveItemsOf(place).get(0);
            String id = item.getAttribute("data-link");
            item.findElement(By.cssSelector("input[type='submit'][value='否决']")).click();
            By rejected = By.cssSelector("#link-curation [data-link='" + id + "'].status-rejected");
            new WebDriverWait(drafter.driver, Duration.ofSeconds(20)).until(d -> !d.findElements(rejected).isEmpty());
        }
        assertTrue(liveItemsOf(place).isEmpty());

        List<String> after = publicChips(href);
        assertFalse(after.contains(place), "a fresh anonymous browser still shows the rejected " + place + ": " + after);

        // 添加: select the place's words in the clause text; link-curation.js fills the form
        WebElement mention = drafter.driver.findElements(By.cssSelector("#clause-text p")).stream()
                .filter(p -> p.getText().contains(place)).findFirst()
                .orElseThrow(() -> new AssertionError(place + " is not written as such in the text"));
        drafter.js("const p = arguments[0], w = arguments[1];"
                + "const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT); let n;"
                + "while ((n = walker.nextNode())) { const i = n.textContent.indexOf(w); if (i >= 0) {"
                + "const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + w.length);"
                + "const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                + "p.dispatchEvent(new MouseEvent('mouseup', {bubbles: true})); return; } }", mention, place);
        assertEquals(place, drafter.driver.findElement(By.id("add-text")).getAttribute("value"));
        assertFalse(drafter.driver.findElement(By.id("add-start")).getAttribute("value").isEmpty());
        drafter.driver.findElement(By.cssSelector("#add-link input[type='submit'][value='添加']")).click();
        new WebDriverWait(drafter.driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id("curation-done")).isEmpty() || !d.findElements(By.id("curation-problem")).isEmpty());
        assertTrue(drafter.driver.findElements(By.id("curation-problem")).isEmpty(),
                () -> drafter.driver.findElement(By.id("curation-problem")).getText());
        assertTrue(drafter.driver.findElement(By.cssSelector("#link-curation .curation-item.status-added")).getText()
                .contains(place));

        assertTrue(publicChips(href).contains(place), "the added link is shown to the public");
        SignIn.signOut(drafter.driver, Browser.baseUrl());
    }

    @Test
    void aNameTheGazetteerDoesNotKnowIsRefusedWithWhatToDo() {
        String href = clauseOfChapterSeven(drafter)[0];
        SignIn.as(drafter.driver, Browser.baseUrl(), "drafter");
        drafter.driver.get(href);
        String words = drafter.driver.findElement(By.cssSelector("#clause-text p")).getText().substring(0, 2);
        drafter.driver.findElement(By.id("add-text")).sendKeys(words);
        drafter.driver.findElement(By.id("add-name")).sendKeys("不存在的地名");
        drafter.driver.findElement(By.cssSelector("#add-link input[type='submit'][value='添加']")).click();
        new WebDriverWait(drafter.driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id("curation-problem")).isEmpty());
        String problem = drafter.driver.findElement(By.id("curation-problem")).getText();
        assertTrue(problem.contains("地名库中没有“不存在的地名”"), problem);
        assertTrue(drafter.driver.findElements(By.cssSelector("#link-curation .curation-item.status-added"))
                .stream().noneMatch(li -> li.getText().contains("不存在的地名")));
        assertEquals(0, drafter.horizontalOverflow(), "curation with its forms overflows");
        SignIn.signOut(drafter.driver, Browser.baseUrl());
    }

    /** A clause of 第七章 with an indicator table. */
    private static String clauseWithIndicator(Browser b) {
        b.open("/");
        WebElement chapter = b.driver.findElements(By.cssSelector("#outline a")).stream()
                .filter(a -> a.getAttribute("textContent").contains("第七章"))
                .filter(a -> "章".equals(a.findElement(By.className("kind")).getAttribute("textContent")))
                .findFirst().orElseThrow(() -> new AssertionError("no 第七章 in the outline"));
        List<String> hrefs = chapter.findElements(By.xpath("./ancestor::li[1]//a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        for (String href : hrefs) {
            b.driver.get(href);
            if (!b.driver.findElements(By.cssSelector("#indicators tbody tr")).isEmpty()) {
                return href;
            }
        }
        throw new AssertionError("no clause of 第七章 states an indicator: " + hrefs);
    }

    private static List<String> publicIndicatorNames(String href) {
        Browser anonymous = new Browser(1280, 900);
        try {
            anonymous.driver.get(href);
            return anonymous.driver.findElements(By.cssSelector("#indicators tbody td.name")).stream()
                    .map(WebElement::getText).toList();
        } finally {
            anonymous.close();
        }
    }

    private void renameIndicator(String from, String to) {
        WebElement item = drafter.driver.findElements(By.cssSelector("#link-curation .curation-item")).stream()
                .filter(li -> li.findElement(By.className("curation-type")).getText().equals("指标"))
                .filter(li -> !li.findElements(By.cssSelector("input.edit-name")).isEmpty())
                .filter(li -> from.equals(li.findElement(By.cssSelector("input.edit-name")).getAttribute("value")))
                .findFirst().orElseThrow(() -> new AssertionError("no indicator " + from + " to edit"));
        item.findElement(By.cssSelector("details.curation-edit summary")).click();
        WebElement name = item.findElement(By.cssSelector("input.edit-name"));
        name.clear();
        name.sendKeys(to);
        item.findElement(By.cssSelector("input[type='submit'][value='保存修改']")).click();
        new WebDriverWait(drafter.driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id("curation-done")).isEmpty() || !d.findElements(By.id("curation-problem")).isEmpty());
        assertTrue(drafter.driver.findElements(By.id("curation-problem")).isEmpty(),
                () -> drafter.driver.findElement(By.id("curation-problem")).getText());
    }

    @Test
    void anEditedIndicatorNameIsWhatThePublicReads() {
        String href = clauseWithIndicator(drafter);
        List<String> before = publicIndicatorNames(href);
        String original = before.get(0);
        String corrected = original + "（核定）";

        SignIn.as(drafter.driver, Browser.baseUrl(), "drafter");
        drafter.driver.get(href);
        renameIndicator(original, corrected);
        assertTrue(drafter.driver.findElement(By.cssSelector("#link-curation .curation-item.status-edited")).getText()
                .contains(corrected));
        List<String> after = publicIndicatorNames(href);
        assertEquals(before.size(), after.size(), after.toString());
        assertEquals(corrected, after.get(0), after.toString());

        renameIndicator(corrected, original); // leave the name as the later tests know it
        assertEquals(before, publicIndicatorNames(href));
        SignIn.signOut(drafter.driver, Browser.baseUrl());
    }
}
