package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #11, the reviewer's work in a real browser: a reviewer uploads a township plan (the test's
 * own 永安镇 sample with planted errors, src/test/resources/review), runs the conformance review,
 * overrides one finding with a note (refused without one), sets the conclusion and downloads the
 * Word 审查意见书, opened here with docx4j. The page reads on a 390 px phone; the public and drafters
 * get 403 for the page and the file. 永安镇, so that the 王庄堡镇 plan of PlanChainIT stays as it expects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConformanceReviewIT {
    static final Path SAMPLE = Path.of("src/test/resources/review/yongan.txt");
    static final String NOTE = "经核实为县级规划分解口径差异，同意保留";

    private Browser desktop;
    /** The code LowerPlanService derives: the county's code and 永安镇's gazetteer id. */
    private String plan = "hunyuan-2021-2035--tw-yongan";
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
    @Order(1)
    void aReviewerRunsOverridesConcludesAndDownloadsTheOpinion() throws Exception {
        SignIn.as(desktop.driver, Browser.baseUrl(), "reviewer");
        desktop.open("/lower-upload.xhtml");
        new Select(desktop.driver.findElement(By.id("lower-form:township"))).selectByVisibleText("永安镇");
        desktop.driver.findElement(By.id("lower-form:file")).sendKeys(SAMPLE.toAbsolutePath().toString());
        desktop.driver.findElement(By.id("lower-form:submit")).click();
        wait(desktop).until(ExpectedConditions.urlContains("done=lower-uploaded"));
        Matcher m = Pattern.compile("/plans/([^/]+)/\\d+").matcher(desktop.driver.getCurrentUrl());
        assertTrue(m.find(), desktop.driver.getCurrentUrl());
        assertEquals(plan, m.group(1));

        // from the township plan's version page to its review page
        WebElement link = desktop.driver.findElement(By.id("conformance-link"));
        link.click();
        Browser.awaitReplaced(desktop.driver, link);
        WebElement run = desktop.driver.findElement(By.id("run-form:run"));
        run.click();
        wait(desktop).until(ExpectedConditions.urlContains("done=ran"));
        String record = desktop.driver.findElement(By.id("record-id")).getText();
        List<WebElement> findings = desktop.driver.findElements(By.cssSelector("#findings li.finding"));
        assertTrue(findings.size() > 10, "findings: " + findings.size());
        assertTrue(desktop.driver.findElements(By.cssSelector("#findings mark.evidence")).size() > 3, "evidence is marked");
        assertTrue(desktop.driver.findElements(By.cssSelector("#findings .county-side a[href*='/clauses/']")).size() > 3,
                "county clauses link to their pages");

        // an override without a note is refused and changes nothing
        WebElement violated = desktop.driver.findElement(By.cssSelector("#findings li.finding[data-verdict='violated']"));
        String number = violated.getAttribute("data-number");
        override(violated, "");
        wait(desktop).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages li")));
        assertTrue(desktop.driver.findElement(By.id("messages")).getText().contains("须填写审查人意见"));
        assertEquals("violated", finding(number).getAttribute("data-verdict"));

        override(finding(number), NOTE);
        wait(desktop).until(ExpectedConditions.urlContains("done=overridden"));
        WebElement overridden = finding(number);
        assertEquals("met", overridden.getAttribute("data-verdict"));
        assertEquals("violated", overridden.getAttribute("data-engine"));
        assertTrue(overridden.findElement(By.cssSelector(".decision-words")).getText().contains(NOTE));

        // the conclusion
        desktop.driver.findElement(By.cssSelector("#conclude-form input[name='conclusion'][value='修改完善后通过']")).click();
        desktop.driver.findElement(By.id("conclusion-note")).sendKeys("补充缺项后报批");
        desktop.driver.findElement(By.id("conclude-form:conclude")).click();
        wait(desktop).until(ExpectedConditions.urlContains("done=concluded"));
        assertTrue(desktop.driver.findElement(By.id("conclusion")).getText().contains("修改完善后通过"));
        desktop.screenshot("conformance-review");

        // a finding the engine did not make, from a township clause
        int before = desktop.driver.findElements(By.cssSelector("#findings li.finding")).size();
        new Select(desktop.driver.findElement(By.id("add-clause"))).selectByIndex(1);
        desktop.driver.findElement(By.id("add-requirement")).sendKeys("规划期限与县级规划一致");
        new Select(desktop.driver.findElement(By.id("add-verdict"))).selectByValue("unclear");
        desktop.driver.findElement(By.id("add-note")).sendKeys("需核对规划基期年");
        desktop.driver.findElement(By.id("add-form:add")).click();
        wait(desktop).until(ExpectedConditions.urlContains("done=added"));
        List<WebElement> after = desktop.driver.findElements(By.cssSelector("#findings li.finding"));
        assertEquals(before + 1, after.size());
        WebElement added = after.get(after.size() - 1);
        assertEquals("unclear", added.getAttribute("data-verdict"));
        assertTrue(added.getText().contains("规划期限与县级规划一致") && added.getText().contains("需核对规划基期年"), added.getText());

        // filters: only what is still violated
        desktop.open("/conformance-review.xhtml?plan=" + enc(plan) + "&verdict=violated");
        List<WebElement> shown = desktop.driver.findElements(By.cssSelector("#findings li.finding"));
        assertFalse(shown.isEmpty());
        assertTrue(shown.stream().allMatch(f -> f.getAttribute("data-verdict").equals("violated")));
        assertTrue(shown.stream().noneMatch(f -> f.getAttribute("data-number").equals(number)), "the overridden one is met now");

        // the Word 审查意见书 from the stored record, with the reviewer's note and conclusion
        String href = desktop.driver.findElement(By.id("download-docx")).getAttribute("href");
        String session = desktop.driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("conformance-review-" + record + ".docx"));
        String text = TextUtils.getText(WordprocessingMLPackage.load(new ByteArrayInputStream(file.body()))
                .getMainDocumentPart().getJaxbElement());
        assertTrue(text.contains(NOTE), "the override note is in the 审查意见书");
        assertTrue(text.contains("修改完善后通过。补充缺项后报批"), "the reviewer's conclusion is in the 审查意见书");
        assertTrue(text.contains("审查人意见"));
    }

    @Test
    @Order(2)
    void thePageReadsOnAPhone() {
        Browser phone = new Browser(390, 844);
        try {
            SignIn.as(phone.driver, Browser.baseUrl(), "reviewer");
            phone.open("/conformance-review.xhtml?plan=" + enc(plan));
            assertFalse(phone.driver.findElements(By.cssSelector("#findings li.finding")).isEmpty());
            assertEquals(0, phone.horizontalOverflow(), "the page scrolls sideways at 390 px");
            phone.screenshot("conformance-review-phone");
        } finally {
            phone.close();
        }
    }

    @Test
    @Order(3)
    void thePublicAndDraftersGet403() throws Exception {
        String page = "/conformance-review.xhtml?plan=" + enc(plan);
        String file = "/conformance-review/file?review=1&format=docx";
        assertEquals(403, anonymous(page).statusCode());
        assertEquals(403, anonymous(file).statusCode());
        WebSession drafter = WebSession.signedIn(Browser.baseUrl(), "drafter");
        assertEquals(403, drafter.get(page).statusCode());
        assertEquals(403, drafter.get(file).statusCode());
        assertFalse(drafter.get("/plans/" + plan).body().contains("conformance-link"), "no link for drafters");
    }

    @Test
    @Order(4)
    void aNewTownshipVersionMarksTheReviewOutdatedAndARerunKeepsTheDecisions() {
        SignIn.as(desktop.driver, Browser.baseUrl(), "reviewer");
        desktop.open("/conformance-review.xhtml?plan=" + enc(plan));
        String overridden = desktop.driver.findElements(By.cssSelector("#findings li.finding[data-engine='violated']")).stream()
                .filter(f -> f.getAttribute("data-verdict").equals("met")).findFirst().orElseThrow().findElement(By.cssSelector(".requirement"))
                .getText();
        assertTrue(desktop.driver.findElements(By.id("outdated")).isEmpty(), "not outdated before a new version");
        desktop.open("/lower-upload.xhtml");
        new Select(desktop.driver.findElement(By.id("lower-form:township"))).selectByVisibleText("永安镇");
        desktop.driver.findElement(By.id("lower-form:file")).sendKeys(SAMPLE.toAbsolutePath().toString());
        desktop.driver.findElement(By.id("lower-form:submit")).click();
        wait(desktop).until(ExpectedConditions.urlContains("done=lower-uploaded"));

        desktop.open("/conformance-review.xhtml?plan=" + enc(plan));
        assertTrue(desktop.driver.findElement(By.id("outdated")).getText().contains("乡镇规划已有第 2 版"));
        desktop.driver.findElement(By.id("run-form:run")).click();
        wait(desktop).until(ExpectedConditions.urlContains("done=ran"));
        assertTrue(desktop.driver.findElements(By.id("outdated")).isEmpty());
        assertTrue(desktop.driver.findElement(By.id("changes")).getText().contains("乡镇规划由第 1 版变为第 2 版"));
        WebElement carried = desktop.driver.findElements(By.cssSelector("#findings li.finding")).stream()
                .filter(f -> f.findElement(By.cssSelector(".requirement")).getText().equals(overridden)).findFirst().orElseThrow();
        assertEquals("met", carried.getAttribute("data-verdict"), "the override still holds: same item, same township words");
        assertTrue(carried.findElement(By.cssSelector(".decision")).getText().contains(NOTE));
        assertEquals(2, desktop.driver.findElements(By.cssSelector("#history li")).size());
    }

    private void override(WebElement finding, String note) {
        finding.findElement(By.cssSelector("input[name='kind'][value='override']")).click();
        new Select(finding.findElement(By.cssSelector("select[name='to']"))).selectByValue("met");
        WebElement area = finding.findElement(By.cssSelector("textarea[name='note']"));
        area.clear();
        area.sendKeys(note);
        WebElement save = finding.findElement(By.cssSelector("input.decide"));
        save.click();
        Browser.awaitReplaced(desktop.driver, save);
    }

    private WebElement finding(String number) {
        return desktop.driver.findElement(By.cssSelector("#findings li.finding[data-number='" + number + "']"));
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static WebDriverWait wait(Browser b) {
        return new WebDriverWait(b.driver, Duration.ofSeconds(60));
    }
}
