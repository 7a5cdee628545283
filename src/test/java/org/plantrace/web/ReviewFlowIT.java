package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 6's upload, compare and review flows in a real browser against the app jetty:start
 * brought up (the seed published): a drafter uploads a changed text, watches it being read, sees
 * the diff preview and confirms it; the two versions are compared; a reviewer comments on words
 * selected in a clause and the drafter resolves the thread; a reviewer's suggested change is
 * accepted. Only clauses of 第八章 change, and no version number is assumed, because other
 * browser tests read the seed's text in the same app.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewFlowIT {
    static final Path SEED = Path.of("corpus/hunyuan/hunyuan-2021-2035.txt");
    static final String BUS_SENTENCE = "规划形成“常规公交+旅游公交”的公共交通运输体系。";
    static final String BUS_CHANGED = "规划形成“常规公交+旅游公交+定制公交”的公共交通运输体系。";

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
    @Order(1)
    void aDrafterUploadsAChangedTextSeesThePreviewAndConfirms() throws Exception {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        assertTrue(seed.contains(BUS_SENTENCE));
        Path dir = Files.createTempDirectory("plantrace-upload-it");
        Path changed = Files.writeString(dir.resolve("浑源县规划-修改稿.txt"), seed.replace(BUS_SENTENCE, BUS_CHANGED),
                StandardCharsets.UTF_8);
        SignIn.as(desktop.driver, Browser.baseUrl(), "drafter");

        desktop.open("/upload.xhtml");
        desktop.driver.findElement(By.id("upload-form:file")).sendKeys(changed.toAbsolutePath().toString());
        desktop.driver.findElement(By.id("upload-form:submit")).click();
        // upload-progress.js polls the status and reloads the page when the preview is ready
        WebElement preview = new WebDriverWait(desktop.driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("upload-preview")));
        assertEquals("浑源县规划-修改稿.txt", desktop.driver.findElement(By.id("upload-file")).getText());
        WebElement bus = change(preview, "公共交通");
        assertInserted("+定制公交", inserted(bus));
        assertTrue(bus.findElements(By.cssSelector(".side.older del")).isEmpty(), "nothing deleted");
        assertTrue(count("text-changed") >= 1);
        desktop.screenshot("upload-preview");

        submit(desktop.driver.findElement(By.id("confirm:submit")));
        WebElement stored = new WebDriverWait(desktop.driver, Duration.ofSeconds(90)).withMessage(
                () -> desktop.driver.getCurrentUrl() + "\n" + desktop.driver.getPageSource())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("upload-stored")));
        assertTrue(stored.getText().contains("草案"), stored.getText());
        submit(desktop.driver.findElement(By.id("stored-compare")));
        assertInserted("+定制公交", inserted(change(desktop.driver.findElement(By.id("changes")), "公共交通")));
    }

    @Test
    @Order(2)
    void aBrokenFileThroughTheUploadPageIsRefusedNamingIt() throws Exception {
        Path dir = Files.createTempDirectory("plantrace-upload-it");
        Path fake = Files.write(dir.resolve("伪装的文档.docx"), "这不是 Word 文档".getBytes(StandardCharsets.UTF_8));
        SignIn.as(desktop.driver, Browser.baseUrl(), "drafter");
        desktop.open("/upload.xhtml");
        desktop.driver.findElement(By.id("upload-form:file")).sendKeys(fake.toAbsolutePath().toString());
        desktop.driver.findElement(By.id("upload-form:submit")).click();
        WebElement problem = new WebDriverWait(desktop.driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("upload-problem")));
        assertTrue(problem.getText().startsWith("伪装的文档.docx: "), problem.getText());
        assertTrue(problem.getText().contains("Word"), problem.getText());
    }

    @Test
    @Order(3)
    void anyTwoVersionsCompareSideBySideAndFilterToMandatoryChanges() {
        SignIn.as(desktop.driver, Browser.baseUrl(), "reviewer");
        desktop.open("/compare.xhtml");
        List<WebElement> options = desktop.driver.findElements(By.cssSelector("#compare-a option"));
        assertTrue(options.size() >= 2, "at least the published seed and the uploaded draft");
        // the oldest version (the seed as published) against the newest
        options.get(0).click();
        List<WebElement> newer = desktop.driver.findElements(By.cssSelector("#compare-b option"));
        newer.get(newer.size() - 1).click();
        submit(desktop.driver.findElement(By.id("compare-submit")));

        WebElement bus = change(desktop.driver.findElement(By.id("changes")), "公共交通");
        assertInserted("+定制公交", inserted(bus));
        assertFalse(bus.findElement(By.cssSelector(".side.older")).getText().contains("定制公交"));
        assertTrue(bus.findElement(By.cssSelector(".side.newer")).getText().contains("定制公交"));
        desktop.screenshot("compare-desktop");

        desktop.driver.findElement(By.id("compare-only")).click();
        submit(desktop.driver.findElement(By.id("compare-submit")));
        assertTrue(desktop.driver.getCurrentUrl().contains("only=mandatory"));
        List<WebElement> shown = desktop.driver.findElements(By.cssSelector("#changes > li"));
        assertTrue(shown.stream().allMatch(li -> li.getAttribute("class").contains("touches-mandatory")),
                "only changes of mandatory provisions are listed");
        assertFalse(desktop.driver.findElement(By.id("compare")).getText().contains("定制公交"));

        try (Browser phone = new Browser(375, 812)) {
            SignIn.as(phone.driver, Browser.baseUrl(), "reviewer");
            phone.open("/compare.xhtml");
            assertEquals(0, phone.horizontalOverflow(), "compare page wider than a phone");
            phone.screenshot("compare-phone");
            // English through the header's language link (a cookie of this browser only)
            phone.driver.findElement(By.id("lang-link")).click();
            new WebDriverWait(phone.driver, Duration.ofSeconds(20)).until(
                    d -> d.findElement(By.tagName("h1")).getText().equals("Compare versions"));
            assertTrue(phone.driver.findElement(By.id("diff-summary")).getText().contains("Reworded"));
        }
    }

    @Test
    @Order(4)
    void aReviewerCommentsOnSelectedWordsAndTheDrafterResolvesIt() {
        SignIn.as(desktop.driver, Browser.baseUrl(), "reviewer");
        openClause("货运交通");
        desktop.driver.findElement(By.id("review-link")).click();
        assertTrue(desktop.driver.findElement(By.id("review-title")).getText().contains("货运交通"));

        select("批发市场");
        assertTrue(desktop.driver.findElement(By.id("selection-note")).getText().contains("“批发市场”"),
                desktop.driver.findElement(By.id("selection-note")).getText());
        desktop.driver.findElement(By.id("comment:body")).sendKeys("批发市场的用地规模请注明。<script>alert(1)</script>");
        submit(desktop.driver.findElement(By.id("comment:submit")));

        WebElement thread = thread("批发市场");
        assertTrue(thread.getText().contains("未解决"), thread.getText());
        assertTrue(thread.findElement(By.cssSelector(".comment .body")).getText().contains("<script>alert(1)</script>"),
                "the comment is shown as text");
        assertTrue(thread.findElements(By.tagName("script")).isEmpty());
        assertTrue(thread.findElement(By.cssSelector(".comment .meta")).getText().contains("reviewer"));
        String reviewUrl = desktop.driver.getCurrentUrl();
        desktop.screenshot("review-comment");

        SignIn.as(desktop.driver, Browser.baseUrl(), "drafter");
        desktop.driver.get(reviewUrl);
        submit(thread("批发市场").findElement(By.cssSelector(".status-form input[type=submit]")));
        WebElement resolved = thread("批发市场");
        assertTrue(resolved.getAttribute("class").contains("resolved"), resolved.getAttribute("class"));
        assertTrue(resolved.getText().contains("已解决") && resolved.getText().contains("drafter"), resolved.getText());
        assertTrue(desktop.driver.findElement(By.id("messages")).getText().contains("已标记为已解决"));
    }

    @Test
    @Order(5)
    void aSuggestedChangeIsAcceptedIntoTheDraft() {
        SignIn.as(desktop.driver, Browser.baseUrl(), "reviewer");
        openClause("慢行交通");
        desktop.driver.findElement(By.id("review-link")).click();
        desktop.driver.findElement(By.cssSelector("#suggest-box summary")).click();
        WebElement text = desktop.driver.findElement(By.id("suggest:text"));
        String before = text.getAttribute("value");
        text.sendKeys("建设连续的自行车道。");
        desktop.driver.findElement(By.id("suggest:note")).sendKeys("补充自行车道。");
        submit(desktop.driver.findElement(By.id("suggest:submit")));
        WebElement thread = desktop.driver.findElement(By.cssSelector("#threads > li"));
        assertTrue(thread.getText().contains("待处理"), thread.getText());
        assertEquals("建设连续的自行车道。", thread.findElement(By.cssSelector(".suggested-text ins")).getText());
        assertTrue(thread.findElements(By.cssSelector(".accept-form")).isEmpty(), "a reviewer cannot accept");
        String reviewUrl = desktop.driver.getCurrentUrl();

        SignIn.as(desktop.driver, Browser.baseUrl(), "drafter");
        desktop.driver.get(reviewUrl);
        submit(desktop.driver.findElement(By.cssSelector("#threads > li .accept-form input[type=submit]")));
        assertTrue(desktop.driver.findElement(By.id("messages")).getText().contains("已采纳"),
                desktop.driver.findElement(By.id("messages")).getText());
        assertTrue(desktop.driver.findElement(By.cssSelector("#threads > li")).getText().contains("已采纳"));
        // the page now shows the draft, which carries the accepted text
        assertEquals(before.strip() + "建设连续的自行车道。", desktop.driver.findElement(By.id("review-text")).getText().strip());
    }

    @Test
    @Order(6)
    void theReviewPagesAreClosedToThePublicAndUploadToReviewers() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String page : List.of("/compare.xhtml", "/upload.xhtml", "/review.xhtml?uid=x")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 403 || r.statusCode() == 302 || r.statusCode() == 303,
                    page + " answered " + r.statusCode() + " to an anonymous reader");
        }
        // a reviewer may compare and comment, not upload
        SignIn.as(desktop.driver, Browser.baseUrl(), "reviewer");
        desktop.open("/upload.xhtml");
        assertTrue(desktop.driver.findElements(By.id("upload-form")).isEmpty(), "a reviewer got the upload form");
        HttpResponse<String> status = http.send(HttpRequest.newBuilder(
                URI.create(Browser.baseUrl() + "/upload/status?job=0123456789abcdef")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, status.statusCode());
    }

    // ------------------------------------------------------------------ helpers

    /** Clicks a button or link that loads a new page, and waits until the old page is gone. */
    private void submit(WebElement button) {
        button.click();
        Browser.awaitReplaced(desktop.driver, button);
    }

    private void openClause(String heading) {
        desktop.open("/");
        WebElement link = desktop.driver.findElements(By.cssSelector("#outline a")).stream()
                .filter(a -> a.getAttribute("textContent").endsWith(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no outline entry " + heading));
        desktop.driver.get(link.getAttribute("href"));
    }

    /** Selects the words in the clause text as a person would, and lets review-select.js see it. */
    private void select(String words) {
        desktop.js("var el = document.getElementById('review-text'); var node = el.firstChild;"
                + " var i = node.textContent.indexOf(arguments[0]); var r = document.createRange();"
                + " r.setStart(node, i); r.setEnd(node, i + arguments[0].length);"
                + " var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                + " el.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));", words);
    }

    private WebElement thread(String quote) {
        return desktop.driver.findElements(By.cssSelector("#threads > li")).stream()
                .filter(li -> !li.findElements(By.cssSelector(".quote")).isEmpty()
                        && li.findElement(By.cssSelector(".quote")).getText().contains(quote))
                .findFirst().orElseThrow(() -> new AssertionError("no thread on " + quote + " in: "
                        + desktop.driver.findElement(By.tagName("main")).getText()));
    }

    private static WebElement change(WebElement list, String heading) {
        return list.findElements(By.cssSelector("#changes > li")).stream()
                .filter(li -> li.findElement(By.tagName("h3")).getText().endsWith(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no change of " + heading + " in " + list.getText()));
    }

    private static String inserted(WebElement change) {
        return change.findElements(By.cssSelector(".side.newer ins")).stream().map(WebElement::getText)
                .reduce("", String::concat);
    }

    /** The inserted characters are these (a character diff may place an insertion among equal neighbours either way). */
    private static void assertInserted(String expected, String actual) {
        assertEquals(expected.chars().sorted().boxed().toList(), actual.chars().sorted().boxed().toList(),
                "inserted: " + actual);
    }

    private int count(String kind) {
        return Integer.parseInt(desktop.driver.findElement(
                By.cssSelector(".kind-count[data-kind='" + kind + "'] .count")).getText());
    }
}
