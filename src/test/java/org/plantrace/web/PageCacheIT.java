package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #15's load target over HTTP: an anonymous reader's repeated GET of a reading page is
 * answered from the kept page (org.plantrace.web.cache) with the same body, the security headers,
 * an ETag that a conditional request turns into 304; a signed-in reader is never served from it;
 * and a publication makes the public see the new text at once. Edits only 第九章's
 * "积极推进公众参与和社会监督", by adding text, like {@link AuthoringIT}.
 */
class PageCacheIT {
    private static final String HEADING = "积极推进公众参与和社会监督";
    private static final String ADDITION = "（缓存测试：发布后公众立即可见。）";
    private static final String CACHE = "X-PlanTrace-Cache";

    private static HttpResponse<String> anonymous(String path, String... header) {
        java.net.http.HttpRequest.Builder request = RawHttp.request(path).GET();
        if (header.length == 2) {
            request.header(header[0], header[1]);
        }
        return RawHttp.send(request);
    }

    private static Optional<String> cache(HttpResponse<String> r) {
        return r.headers().firstValue(CACHE);
    }

    private static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @Test
    void anAnonymousRepeatedGetIsServedFromTheKeptPageUntilAPublication() {
        try (Browser drafter = new Browser(1280, 900)) {
            SignIn.as(drafter.driver, Browser.baseUrl(), "drafter");
            int v = AuthoringIT.openDraft(drafter);
            String uid = AuthoringIT.uidOf(drafter, v, HEADING);
            String path = "/clause/" + uid;

            anonymous(path); // kept now (opening the draft above was a POST: whatever was kept is gone)
            HttpResponse<String> first = anonymous(path);
            HttpResponse<String> second = anonymous(path);
            assertEquals(200, second.statusCode());
            assertEquals(Optional.of("hit"), cache(second), "a repeated anonymous GET is served from the kept page");
            assertEquals(first.body(), second.body());
            RawHttp.assertHeaders(second, "kept " + path);
            String etag = second.headers().firstValue("ETag").orElseThrow();
            assertEquals(first.headers().firstValue("ETag"), Optional.of(etag));
            assertTrue(second.headers().firstValue("Last-Modified").isPresent());
            assertEquals(Optional.of("no-cache"), second.headers().firstValue("Cache-Control"));
            assertFalse(second.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")));
            assertFalse(second.body().contains(ADDITION));

            HttpResponse<String> notModified = anonymous(path, "If-None-Match", etag);
            assertEquals(304, notModified.statusCode(), "the browser's copy is still current");
            assertEquals("", notModified.body());
            RawHttp.assertHeaders(notModified, "304 " + path);

            // the home page, a search and a checklist page the same way
            for (String page : new String[] {"/", "/search?q=%E8%80%95%E5%9C%B0", "/checklist?township=%E7%8E%8B%E5%BA%84%E5%A0%A1%E9%95%87"}) {
                anonymous(page);
                HttpResponse<String> again = anonymous(page);
                assertEquals(200, again.statusCode(), page);
                assertEquals(Optional.of("hit"), cache(again), page);
                RawHttp.assertHeaders(again, page);
            }
            // errors are never kept
            assertEquals(404, anonymous("/clause/no-such-clause").statusCode());
            HttpResponse<String> missing = anonymous("/clause/no-such-clause");
            assertEquals(404, missing.statusCode());
            assertEquals(Optional.empty(), cache(missing));

            // a signed-in reader gets their own page, never the public's kept one
            WebSession reviewer = WebSession.signedIn(Browser.baseUrl(), "reviewer");
            HttpResponse<String> theirs = reviewer.get(path);
            assertEquals(200, theirs.statusCode());
            assertEquals(Optional.empty(), cache(theirs));
            assertTrue(theirs.body().contains(SignIn.displayName("reviewer")), "the header names who is signed in");

            // the drafter edits the clause and the version is published (four eyes: a reviewer approves)
            drafter.open(AuthoringIT.editPath(v, uid));
            WebElement area = drafter.driver.findElement(By.id("edit:text"));
            area.click();
            area.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
            area.sendKeys(ADDITION);
            drafter.driver.findElement(By.id("edit:save")).click();
            waitFor(drafter.driver).until(ExpectedConditions.urlContains("done=saved"));
            anonymous(path);
            HttpResponse<String> whileDraft = anonymous(path);
            assertEquals(Optional.of("hit"), cache(whileDraft));
            assertFalse(whileDraft.body().contains(ADDITION), "a draft's text is not public");

            drafter.open(AuthoringIT.VERSIONS);
            drafter.driver.findElement(By.cssSelector("#version-" + v + " input[value='提交审查']")).click();
            waitFor(drafter.driver).until(ExpectedConditions.urlContains("done=submitted"));
            try (Browser approver = new Browser(1280, 900)) {
                SignIn.as(approver.driver, Browser.baseUrl(), "reviewer");
                approver.open(AuthoringIT.VERSIONS + "/" + v);
                approver.driver.findElement(By.id("lifecycle:approve")).click();
                waitFor(approver.driver).until(ExpectedConditions.urlContains("done=approved"));
            }
            // kept again after the approval, then the publication
            anonymous(path);
            assertEquals(Optional.of("hit"), cache(anonymous(path)));
            drafter.open(AuthoringIT.VERSIONS);
            drafter.driver.findElement(By.cssSelector("#version-" + v + " input[value='发布']")).click();
            waitFor(drafter.driver).until(ExpectedConditions.alertIsPresent()).accept();
            waitFor(drafter.driver).until(ExpectedConditions.urlContains("done=published"));

            HttpResponse<String> published = anonymous(path, "If-None-Match", etag);
            assertEquals(200, published.statusCode(), "the old ETag no longer matches");
            assertEquals(Optional.of("miss"), cache(published), "the publication emptied the kept pages");
            assertTrue(published.body().contains(ADDITION), "the public reads the published text at once");
            assertNotEquals(etag, published.headers().firstValue("ETag").orElseThrow());
            RawHttp.assertHeaders(published, "after publication " + path);
            HttpResponse<String> keptAgain = anonymous(path);
            assertEquals(Optional.of("hit"), cache(keptAgain));
            assertTrue(keptAgain.body().contains(ADDITION));
        }
    }
}
