package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plantrace.application.chain.TownshipSamples;

/**
 * Issue #10 in a real browser: a reviewer brings a township plan in at 上传下级规划 (the test's own
 * illustrative sample for 王庄堡镇), finds it in the home page's tree under the Hunyuan plan as a
 * draft, opens one of its clause pages, which names the parent plan and the township; the public
 * gets 404 for all of its pages and does not see it in the tree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanChainIT {
    static final String COUNTY = "hunyuan-2021-2035";
    static final String TOWNSHIP_PLAN = COUNTY + "--tw-wangzhuangbao";

    private Browser desktop;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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
    void aReviewerUploadsATownshipPlanThatThePublicCannotSee() throws Exception {
        Path dir = Files.createTempDirectory("plantrace-chain-it");
        Path sample = TownshipSamples.wangzhuangbaoText(dir);
        SignIn.as(desktop.driver, Browser.baseUrl(), "reviewer");

        desktop.open("/lower-upload.xhtml");
        assertEquals(COUNTY, desktop.driver.findElement(By.id("lower-form:parent")).getAttribute("value"));
        new Select(desktop.driver.findElement(By.id("lower-form:township"))).selectByVisibleText("王庄堡镇");
        desktop.driver.findElement(By.id("lower-form:file")).sendKeys(sample.toAbsolutePath().toString());
        desktop.driver.findElement(By.id("lower-form:submit")).click();
        wait(desktop).until(ExpectedConditions.urlContains("done=lower-uploaded"));
        assertTrue(desktop.driver.getCurrentUrl().contains("/plans/" + TOWNSHIP_PLAN + "/"), desktop.driver.getCurrentUrl());
        assertEquals("王庄堡镇", desktop.driver.findElement(By.id("lineage-township")).getText());
        assertEquals("draft", desktop.driver.findElement(By.id("version")).getAttribute("data-status"));

        // the home page's tree: the township plan under the county plan, as a draft
        desktop.open("/");
        WebElement county = desktop.driver.findElement(By.cssSelector("#plan-tree li[data-plan='" + COUNTY + "']"));
        WebElement township = desktop.driver.findElement(By.cssSelector("#plan-tree li[data-plan='" + TOWNSHIP_PLAN + "']"));
        assertTrue(county.getAttribute("class").contains("depth-0"));
        assertTrue(township.getAttribute("class").contains("depth-1"));
        assertTrue(township.getText().contains("王庄堡镇") && township.getText().contains("草案"), township.getText());
        desktop.screenshot("plan-tree");

        // its outline, then one of its clause pages
        WebElement open = township.findElement(By.tagName("a"));
        open.click();
        Browser.awaitReplaced(desktop.driver, open);
        WebElement clause = desktop.driver.findElements(By.cssSelector("#version-outline a.clause-link")).stream()
                .filter(a -> a.getText().contains("生态保护红线")).findFirst().orElseThrow();
        String clausePath = URI.create(clause.getAttribute("href")).getPath();
        clause.click();
        wait(desktop).until(ExpectedConditions.presenceOfElementLocated(By.id("cited-clause")));
        assertEquals("生态保护红线", desktop.driver.findElement(By.id("clause-heading")).getText());
        assertTrue(desktop.driver.findElement(By.id("lineage-parent")).getText().contains("浑源县国土空间总体规划"));
        assertEquals("王庄堡镇", desktop.driver.findElement(By.id("lineage-township")).getText());

        // a county clause that names 王庄堡镇: its chip leads to the township's own plan
        desktop.open("/search?q=" + java.net.URLEncoder.encode("王庄堡镇", java.nio.charset.StandardCharsets.UTF_8)
                + "&township=" + java.net.URLEncoder.encode("王庄堡镇", java.nio.charset.StandardCharsets.UTF_8));
        WebElement hit = desktop.driver.findElement(By.cssSelector("#results a[href*='/clause/']"));
        hit.click();
        Browser.awaitReplaced(desktop.driver, hit);
        WebElement chipLink = desktop.driver.findElement(
                By.cssSelector("li.chip[data-entity='tw-wangzhuangbao'] a.township-plan"));
        assertTrue(chipLink.getAttribute("href").contains("/plans/" + TOWNSHIP_PLAN + "/1"), chipLink.getAttribute("href"));

        // the public: 404 for the plan, its version and its clause; not in the tree
        assertEquals(404, anonymousGet(clausePath).statusCode());
        assertEquals(404, anonymousGet("/plans/" + TOWNSHIP_PLAN + "/1").statusCode());
        assertEquals(404, anonymousGet("/plans/" + TOWNSHIP_PLAN).statusCode());
        HttpResponse<String> home = anonymousGet("/");
        assertEquals(200, home.statusCode());
        assertFalse(home.body().contains(TOWNSHIP_PLAN), "the public home page shows an unpublished plan");
        HttpResponse<String> list = anonymousGet("/plans");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("/plans/" + COUNTY) && !list.body().contains(TOWNSHIP_PLAN),
                "the public plan list shows an unpublished plan");
        assertEquals(200, anonymousGet("/plans/" + COUNTY).statusCode(), "the published county plan stays public");
    }

    @Test
    void aTextNamingAnotherTownshipIsRefusedAndNothingIsStored() throws Exception {
        Path sample = TownshipSamples.wangzhuangbaoText(Files.createTempDirectory("plantrace-chain-it"));
        SignIn.as(desktop.driver, Browser.baseUrl(), "drafter");
        desktop.open("/lower-upload.xhtml");
        new Select(desktop.driver.findElement(By.id("lower-form:township"))).selectByVisibleText("东坊城乡");
        desktop.driver.findElement(By.id("lower-form:file")).sendKeys(sample.toAbsolutePath().toString());
        WebElement submit = desktop.driver.findElement(By.id("lower-form:submit"));
        submit.click();
        Browser.awaitReplaced(desktop.driver, submit);
        String message = desktop.driver.findElement(By.id("messages")).getText();
        assertTrue(message.contains("wangzhuangbao-sample.txt") && message.contains("写的是王庄堡镇")
                && message.contains("未保存"), message);
        desktop.open("/plans/" + COUNTY + "--ts-dongfangcheng");
        assertTrue(desktop.driver.findElements(By.id("versions")).isEmpty(), "a refused upload stored a plan");
    }

    @Test
    void theUploadPageIsForReviewersAndDraftersOnly() throws Exception {
        assertEquals(403, anonymousGet("/lower-upload.xhtml").statusCode());
    }

    private HttpResponse<String> anonymousGet(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static WebDriverWait wait(Browser b) {
        return new WebDriverWait(b.driver, Duration.ofSeconds(30));
    }
}
