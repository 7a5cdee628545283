package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Authoring in a real browser against the app jetty:start brought up (the seed published as
 * version 1, the browser-test accounts). Only clauses of 第九章 are edited, only by adding text,
 * and no version number is assumed: other browser tests read the seed and may have published or
 * left a draft. Every test starts from {@link #openDraft}, which finds or makes the draft.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthoringIT {
    static final String PLAN = "hunyuan-2021-2035";
    static final String VERSIONS = "/plans/" + PLAN;

    private Browser drafter;
    private HttpClient http;

    @BeforeAll
    void open() {
        drafter = new Browser(1280, 900);
        SignIn.as(drafter.driver, Browser.baseUrl(), "drafter");
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(20)).build();
    }

    @AfterAll
    void close() {
        if (drafter != null) {
            drafter.close();
        }
    }

    private static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static void screenshot(Browser b, String name) {
        if (System.getProperty("plantrace.screenshots") != null) {
            b.screenshot(name);
        }
    }

    /** The plan's draft number: a version in review is withdrawn, an existing draft reused, else one is opened. */
    static int openDraft(Browser b) {
        b.open(VERSIONS);
        List<WebElement> inReview = b.driver.findElements(By.cssSelector("li[data-status='in-review'] input[value='撤回为草案']"));
        if (!inReview.isEmpty()) {
            inReview.get(0).click();
            waitFor(b.driver).until(ExpectedConditions.urlContains("done=withdrawn"));
        }
        List<WebElement> draft = b.driver.findElements(By.cssSelector("li[data-status='draft']"));
        if (!draft.isEmpty()) {
            return Integer.parseInt(draft.get(0).getAttribute("id").substring("version-".length()));
        }
        b.driver.findElement(By.id("lifecycle:open-draft")).click();
        waitFor(b.driver).until(ExpectedConditions.urlContains("done=opened"));
        String url = b.driver.getCurrentUrl();
        String rest = url.substring(url.indexOf(VERSIONS + "/") + VERSIONS.length() + 1);
        return Integer.parseInt(rest.replaceAll("[^0-9].*$", ""));
    }

    /** The durable id of the clause with this heading, from the version's outline. */
    static String uidOf(Browser b, int version, String heading) {
        b.open(VERSIONS + "/" + version);
        for (WebElement li : b.driver.findElements(By.cssSelector("#version-outline li"))) {
            if (li.findElement(By.className("heading")).getText().strip().equals(heading)) {
                return li.getAttribute("data-uid");
            }
        }
        throw new AssertionError("no clause " + heading + " in version " + version);
    }

    static String editPath(int version, String uid) {
        return VERSIONS + "/" + version + "/clauses/" + uid + "/edit";
    }

    private HttpResponse<String> anonymousGet(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void appendToText(WebDriver driver, String addition) {
        WebElement area = driver.findElement(By.id("edit:text"));
        area.click();
        area.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        area.sendKeys(addition);
    }

    @Test
    void aDrafterEditsAClauseAndMarksPartOfItMandatory() {
        int v = openDraft(drafter);
        String uid = uidOf(drafter, v, "加强规划实施监测评估预警");
        drafter.open(editPath(v, uid));
        WebDriver d = drafter.driver;
        String before = d.findElement(By.id("edit:text")).getAttribute("value");
        assertTrue(before.startsWith("应用多源大数据和新技术"), before);

        appendToText(d, "（浏览器测试补充：按年度发布监测报告。）");
        d.findElement(By.id("edit:save")).click();
        waitFor(d).until(ExpectedConditions.urlContains("done=saved"));
        assertTrue(d.findElement(By.id("done")).getText().contains("已保存"));
        String saved = d.findElement(By.id("edit:text")).getAttribute("value");
        assertEquals(before + "（浏览器测试补充：按年度发布监测报告。）", saved);

        // select the first eight characters with the keyboard, then mark them mandatory
        WebElement area = d.findElement(By.id("edit:text"));
        area.click();
        area.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
        Actions select = new Actions(d).keyDown(Keys.SHIFT);
        for (int i = 0; i < 8; i++) {
            select.sendKeys(Keys.ARROW_RIGHT);
        }
        select.keyUp(Keys.SHIFT).perform();
        assertTrue(d.findElement(By.id("selection-status")).getText().contains("已选中第 1–8 字"),
                d.findElement(By.id("selection-status")).getText());
        d.findElement(By.id("edit:mark")).click();
        waitFor(d).until(ExpectedConditions.urlContains("done=marked"));
        screenshot(drafter, "authoring-edit");

        List<WebElement> marked = d.findElements(By.cssSelector("#preview-text .mandatory-text"));
        assertEquals(1, marked.size());
        assertEquals(saved.substring(0, 8), marked.get(0).getText());
        assertFalse(d.findElements(By.id("mandatory-badge")).isEmpty());

        // the version's citable address shows the same underline to a signed-in reader
        drafter.open(VERSIONS + "/" + v + "/clauses/" + uid);
        assertEquals(saved.substring(0, 8), d.findElement(By.cssSelector("#clause-text .mandatory-text")).getText());
        assertTrue(d.findElement(By.id("clause-text")).getText().contains("按年度发布监测报告"));

        // the audit trail has both changes, with the text before and after
        drafter.open(VERSIONS + "/audit");
        String audit = d.findElement(By.id("audit-list")).getText();
        assertTrue(audit.contains("编辑条款") && audit.contains("标为强制性"), audit);
        assertTrue(audit.contains("按年度发布监测报告"), audit);
        assertTrue(d.findElements(By.cssSelector("#audit form, #audit input, #audit button")).isEmpty(),
                "the audit page offers nothing to change");
        screenshot(drafter, "authoring-audit");
    }

    @Test
    void twoDraftersSavingOneClauseGetAConflictAndNothingIsLost() {
        int v = openDraft(drafter);
        String uid = uidOf(drafter, v, "开展国土空间规划评估");
        try (Browser second = new Browser(375, 800)) {
            SignIn.as(second.driver, Browser.baseUrl(), "drafter2");
            drafter.open(editPath(v, uid));
            second.open(editPath(v, uid));

            appendToText(drafter.driver, "（编制员甲的补充）");
            drafter.driver.findElement(By.id("edit:save")).click();
            waitFor(drafter.driver).until(ExpectedConditions.urlContains("done=saved"));

            appendToText(second.driver, "（编制员乙的补充）");
            second.driver.findElement(By.id("edit:save")).click();
            WebElement conflict = waitFor(second.driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict")));
            assertTrue(conflict.getText().contains("编制员甲") || conflict.getText().contains("drafter"), conflict.getText());
            String theirs = second.driver.findElement(By.id("their-text")).getText();
            String yours = second.driver.findElement(By.id("your-text")).getText();
            assertTrue(theirs.endsWith("（编制员甲的补充）"), theirs);
            assertFalse(theirs.contains("编制员乙"), theirs);
            assertTrue(yours.endsWith("（编制员乙的补充）"), yours);
            // the second drafter's text is still in the form, and the first drafter's is what is stored
            assertTrue(second.driver.findElement(By.id("edit:text")).getAttribute("value").endsWith("（编制员乙的补充）"));
            assertEquals(0L, second.horizontalOverflow(), "the conflict view fits a phone");
            screenshot(second, "authoring-conflict");
            drafter.open(editPath(v, uid));
            assertTrue(drafter.driver.findElement(By.id("edit:text")).getAttribute("value").endsWith("（编制员甲的补充）"));

            // having seen both, the second drafter merges by hand and saves deliberately
            WebElement area = second.driver.findElement(By.id("edit:text"));
            String merged = theirs + "（编制员乙的补充）";
            area.clear();
            area.sendKeys(merged);
            second.driver.findElement(By.id("edit:save")).click();
            waitFor(second.driver).until(ExpectedConditions.urlContains("done=saved"));
            assertEquals(merged, second.driver.findElement(By.id("edit:text")).getAttribute("value"));
        }
    }

    /** Issue #14.7: the draft outline folds by chapter and filters by words; the editor steps to the next clause. */
    @Test
    void theDraftOutlineFoldsAndFiltersAndTheEditorStepsBetweenClauses() {
        int v = openDraft(drafter);
        drafter.open(VERSIONS + "/" + v);
        WebDriver d = drafter.driver;
        List<WebElement> rows = d.findElements(By.cssSelector("#version-outline > li"));
        assertTrue(rows.size() > 200, "the seed's outline: " + rows.size());
        assertTrue(d.findElement(By.id("outline-tools")).isDisplayed());

        d.findElement(By.id("fold-all")).click();
        long visible = rows.stream().filter(WebElement::isDisplayed).count();
        long chapters = rows.stream().filter(r -> "1".equals(r.getAttribute("data-depth"))).count();
        assertEquals(chapters, visible, "folded to chapters");
        d.findElement(By.id("unfold-all")).click();
        assertEquals(rows.size(), rows.stream().filter(WebElement::isDisplayed).count());

        // a phrase from an article's text, not its heading
        d.findElement(By.id("outline-filter")).sendKeys("73.39");
        List<WebElement> shown = rows.stream().filter(WebElement::isDisplayed).toList();
        assertTrue(!shown.isEmpty() && shown.size() < 10, "filtered to the clauses stating 73.39: " + shown.size());
        assertTrue(shown.stream().allMatch(r -> r.getAttribute("data-text").contains("73.39") || r.getText().contains("73.39")));
        assertTrue(d.findElement(By.id("outline-count")).getText().contains(String.valueOf(shown.size())));

        String uid = shown.get(0).getAttribute("data-uid");
        drafter.open(editPath(v, uid));
        WebElement next = d.findElement(By.id("next-clause"));
        next.click();
        waitFor(d).until(ExpectedConditions.not(ExpectedConditions.urlContains("/clauses/" + uid + "/")));
        assertTrue(d.getCurrentUrl().endsWith("/edit"), d.getCurrentUrl());
        d.findElement(By.id("previous-clause")).click();
        waitFor(d).until(ExpectedConditions.urlContains("/clauses/" + uid + "/edit"));

        // issue #13 item 5: change a clause's level in the editor and back; its address stays.
        // A clause right after a sibling of the same depth can be indented under it.
        drafter.open(VERSIONS + "/" + v);
        List<WebElement> all = d.findElements(By.cssSelector("#version-outline > li"));
        String second = null;
        for (int i = 1; i < all.size() && second == null; i++) {
            String depth = all.get(i).getAttribute("data-depth");
            if (depth.equals("3") && depth.equals(all.get(i - 1).getAttribute("data-depth"))) {
                second = all.get(i).getAttribute("data-uid");
            }
        }
        assertTrue(second != null, "two sibling articles in the outline");
        uid = second;
        drafter.open(editPath(v, uid));
        String kind = d.findElement(By.cssSelector("#editor h1 .kind")).getText();
        d.findElement(By.id("edit:indent")).click();
        waitFor(d).until(ExpectedConditions.urlContains("done=indented"));
        assertTrue(d.getCurrentUrl().contains("/clauses/" + uid + "/edit"), "the durable id is kept");
        assertFalse(kind.equals(d.findElement(By.cssSelector("#editor h1 .kind")).getText()), "one level deeper");
        d.findElement(By.id("edit:outdent")).click();
        waitFor(d).until(ExpectedConditions.urlContains("done=outdented"));
        assertEquals(kind, d.findElement(By.cssSelector("#editor h1 .kind")).getText(), "back at its level");
    }

    @Test
    void publishingShowsTheNewTextToThePublicAndKeepsTheOldVersionCitable() throws Exception {
        int v = openDraft(drafter);
        String uid = uidOf(drafter, v, "完善规划实施执法监察制度");
        drafter.open(editPath(v, uid));
        appendToText(drafter.driver, "（本条已于浏览器测试中修订并发布。）");
        drafter.driver.findElement(By.id("edit:save")).click();
        waitFor(drafter.driver).until(ExpectedConditions.urlContains("done=saved"));
        // saved in the draft only: the public portal must not find the draft's words, not even as a phrase
        HttpResponse<String> draftSearch = anonymousGet("/search?q=" + java.net.URLEncoder.encode(
                "\"浏览器测试中修订并发布\"", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, draftSearch.statusCode());
        assertFalse(draftSearch.body().contains("/clause/" + uid), "the public search found a draft's text");

        drafter.open(VERSIONS);
        String previouslyPublished = drafter.driver.findElement(By.cssSelector("li[data-status='published']")).getAttribute("id");
        drafter.driver.findElement(By.cssSelector("#version-" + v + " input[value='提交审查']")).click();
        waitFor(drafter.driver).until(ExpectedConditions.urlContains("done=submitted"));
        assertEquals("in-review", drafter.driver.findElement(By.id("version-" + v)).getAttribute("data-status"));
        screenshot(drafter, "authoring-versions");
        // four eyes (issue #14.6): the drafter who edited it cannot publish it before someone else approves
        assertTrue(drafter.driver.findElement(By.cssSelector("#version-" + v + " .approval.awaiting")).getText()
                .contains("drafter"), "the row names the last editor and waits for approval");
        drafter.driver.findElement(By.cssSelector("#version-" + v + " input[value='发布']")).click();
        waitFor(drafter.driver).until(ExpectedConditions.alertIsPresent()).accept();
        waitFor(drafter.driver).until(d -> d.findElement(By.id("messages")).getText().contains("尚未审查通过"));
        assertEquals("in-review", drafter.driver.findElement(By.id("version-" + v)).getAttribute("data-status"));
        // a reviewer approves from the version's own page
        try (Browser reviewer = new Browser(1280, 900)) {
            SignIn.as(reviewer.driver, Browser.baseUrl(), "reviewer");
            reviewer.open(VERSIONS + "/" + v);
            reviewer.driver.findElement(By.id("lifecycle:approve")).click();
            waitFor(reviewer.driver).until(ExpectedConditions.urlContains("done=approved"));
            assertTrue(reviewer.driver.findElement(By.cssSelector("#version-" + v + " .approval.approved")).getText()
                    .contains("reviewer"));
            assertTrue(reviewer.driver.findElements(By.cssSelector("#version-" + v + " input[value='发布']")).isEmpty(),
                    "a reviewer approves but does not publish");
        }
        drafter.open(VERSIONS);
        drafter.driver.findElement(By.cssSelector("#version-" + v + " input[value='发布']")).click();
        waitFor(drafter.driver).until(ExpectedConditions.alertIsPresent()).accept();
        waitFor(drafter.driver).until(ExpectedConditions.urlContains("done=published"));
        assertEquals("published", drafter.driver.findElement(By.id("version-" + v)).getAttribute("data-status"));
        assertEquals("superseded", drafter.driver.findElement(By.id(previouslyPublished)).getAttribute("data-status"));

        // the public, not signed in: the clause's stable address and the version's citable address
        HttpResponse<String> current = anonymousGet("/clause/" + uid);
        assertEquals(200, current.statusCode());
        assertTrue(current.body().contains("本条已于浏览器测试中修订并发布"), "the public reads the published text");
        HttpResponse<String> cited = anonymousGet(VERSIONS + "/" + v + "/clauses/" + uid);
        assertEquals(200, cited.statusCode());
        assertTrue(cited.body().contains("本条已于浏览器测试中修订并发布"));
        // the search index followed the publication (authoring tells the version listeners)
        // the same phrase query that found nothing while the text was a draft
        HttpResponse<String> found = anonymousGet("/search?q="
                + java.net.URLEncoder.encode("\"浏览器测试中修订并发布\"", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, found.statusCode());
        assertTrue(found.body().contains("/clause/" + uid), "the public search finds the published text");
        int old = Integer.parseInt(previouslyPublished.substring("version-".length()));
        HttpResponse<String> superseded = anonymousGet(VERSIONS + "/" + old + "/clauses/" + uid);
        assertEquals(200, superseded.statusCode(), "a superseded version stays citable");
        assertTrue(superseded.body().contains("已被替代"));
        assertFalse(superseded.body().contains("本条已于浏览器测试中修订并发布"));
        try (Browser phone = new Browser(375, 800)) {
            phone.open("/clause/" + uid);
            assertTrue(phone.driver.findElement(By.id("clause-text")).getText().contains("本条已于浏览器测试中修订并发布"));
            phone.open(VERSIONS + "/" + v + "/clauses/" + uid);
            assertEquals(0L, phone.horizontalOverflow());
            screenshot(phone, "authoring-cited-clause");
        }
    }

    @Test
    void anAnonymousUserGuessingDraftAddressesIsRefused() throws Exception {
        int v = openDraft(drafter);
        String uid = uidOf(drafter, v, "形成国土空间数字化底图");
        drafter.open(editPath(v, uid));
        appendToText(drafter.driver, "（草案中的未公开文字）");
        drafter.driver.findElement(By.id("edit:save")).click();
        waitFor(drafter.driver).until(ExpectedConditions.urlContains("done=saved"));

        String secret = "草案中的未公开文字";
        for (String path : List.of(VERSIONS + "/" + v, VERSIONS + "/" + v + "/", VERSIONS + "/" + v + "/clauses/" + uid,
                VERSIONS + "/" + v + "/clauses/" + uid + "/edit",
                "/authoring/version.xhtml?plan=" + PLAN + "&v=" + v,
                "/authoring/clause.xhtml?plan=" + PLAN + "&v=" + v + "&uid=" + uid,
                "/authoring/edit.xhtml?plan=" + PLAN + "&v=" + v + "&uid=" + uid)) {
            HttpResponse<String> r = anonymousGet(path);
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.body().contains(secret), path);
        }
        // guessing other numbers reveals nothing either: each is absent or public
        for (int guess = 1; guess <= v + 3; guess++) {
            HttpResponse<String> r = anonymousGet(VERSIONS + "/" + guess + "/clauses/" + uid);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 200, "version " + guess + ": " + r.statusCode());
            assertFalse(r.body().contains(secret), "version " + guess);
        }
        // the versions list shows the public nothing of the draft; the audit trail needs a role
        HttpResponse<String> list = anonymousGet(VERSIONS);
        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains("id=\"version-" + v + "\""));
        assertEquals(403, anonymousGet(VERSIONS + "/audit").statusCode());
        // in the browser, signed out: the Chinese not-found page
        try (Browser anonymous = new Browser(375, 800)) {
            anonymous.open(VERSIONS + "/" + v + "/clauses/" + uid);
            assertFalse(anonymous.driver.getPageSource().contains(secret));
            assertTrue(anonymous.driver.findElements(By.id("cited-clause")).isEmpty());
            // a reviewer reads the draft but may not edit it
            SignIn.as(anonymous.driver, Browser.baseUrl(), "reviewer");
            anonymous.open(VERSIONS + "/" + v + "/clauses/" + uid);
            assertTrue(anonymous.driver.findElement(By.id("clause-text")).getText().contains(secret));
            assertTrue(anonymous.driver.findElements(By.id("edit-link")).isEmpty());
            anonymous.open(editPath(v, uid));
            assertTrue(anonymous.driver.findElements(By.id("edit:text")).isEmpty(), "a reviewer gets no editor");
        }
    }
}
