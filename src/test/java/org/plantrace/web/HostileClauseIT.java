package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clause whose text contains markup is shown as text: a drafter writes a {@code <script>} and an
 * {@code <img onerror>} into a draft clause through the real editor, and the clause page shows
 * them literally, runs nothing and logs no policy violation. The clause is put back afterwards, so
 * the other browser tests see the text they expect. Uses the authoring pages' helpers
 * ({@link AuthoringIT#openDraft}, {@link AuthoringIT#uidOf}).
 */
class HostileClauseIT {
    static final String HOSTILE = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">";

    @Test
    void aClauseContainingScriptRendersAsText() {
        try (Browser drafter = new Browser(1280, 900)) {
            SignIn.as(drafter.driver, Browser.baseUrl(), "drafter");
            int v = AuthoringIT.openDraft(drafter);
            String uid = lastClause(drafter, v);
            drafter.open(AuthoringIT.editPath(v, uid));
            WebDriver d = drafter.driver;
            String before = d.findElement(By.id("edit:text")).getAttribute("value");
            save(d, before + HOSTILE);
            try {
                drafter.console();
                drafter.open(AuthoringIT.VERSIONS + "/" + v + "/clauses/" + uid);
                String text = d.findElement(By.id("clause-text")).getText();
                assertTrue(text.contains(HOSTILE), text);
                assertTrue(d.findElements(By.cssSelector("#clause-text script, #clause-text img")).isEmpty(),
                        "the clause text became markup");
                assertEquals(Boolean.TRUE, drafter.js("return window.pwned === undefined;"));
                List<String> violations = drafter.console().stream()
                        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
                assertEquals(List.of(), violations);
            } finally {
                drafter.open(AuthoringIT.editPath(v, uid));
                save(d, before);
            }
        }
    }

    /** The last clause of the version's outline: away from the clauses the other tests edit. */
    private static String lastClause(Browser b, int v) {
        b.open(AuthoringIT.VERSIONS + "/" + v);
        List<WebElement> items = b.driver.findElements(By.cssSelector("#version-outline li[data-uid]"));
        assertTrue(!items.isEmpty(), "no outline on the version page");
        return items.get(items.size() - 1).getAttribute("data-uid");
    }

    private static void save(WebDriver d, String text) {
        WebElement area = d.findElement(By.id("edit:text"));
        area.click();
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        area.sendKeys(Keys.DELETE);
        area.sendKeys(text);
        d.findElement(By.id("edit:save")).click();
        new WebDriverWait(d, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("done=saved"));
    }
}
