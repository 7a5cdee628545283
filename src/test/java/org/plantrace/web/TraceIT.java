package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plantrace.application.chain.TownshipSamples;

/**
 * Issue #12 in a real browser, at desktop and at 390 px phone width: a reviewer brings 王庄堡镇's plan
 * in, then reads the traceability matrix (its column judged, the others 无下级规划), filters it by
 * verdict, opens the township view; the home page's heat map gives 王庄堡镇's numbers; on 此处适用 a
 * click on the map and typed coordinates list the township and the provisions there. The public
 * reads the matrix without getting a session, sees the township as 无下级规划 (its plan is a draft),
 * downloads CSV and XLSX, and a point outside the county is an answer, not an error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceIT {
    static final String WANG = "王庄堡镇";
    /** Inside 王庄堡镇's polygon of the illustrative township layer. */
    static final String LON = "113.8638";
    static final String LAT = "39.4012";

    private Browser desktop;
    private Browser phone;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void upload() throws Exception {
        desktop = new Browser(1280, 900);
        phone = new Browser(390, 844);
        Path sample = TownshipSamples.wangzhuangbaoText(Files.createTempDirectory("plantrace-trace-it"));
        SignIn.as(desktop.driver, Browser.baseUrl(), "reviewer");
        desktop.open("/lower-upload.xhtml");
        new Select(desktop.driver.findElement(By.id("lower-form:township"))).selectByVisibleText(WANG);
        desktop.driver.findElement(By.id("lower-form:file")).sendKeys(sample.toAbsolutePath().toString());
        desktop.driver.findElement(By.id("lower-form:submit")).click();
        wait(desktop).until(ExpectedConditions.urlContains("done=lower-uploaded"));
        SignIn.as(phone.driver, Browser.baseUrl(), "reviewer");
    }

    @AfterAll
    void close() {
        if (desktop != null) {
            desktop.close();
        }
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void theMatrixShowsTheJudgedTownshipAndFiltersByVerdict() {
        desktop.open("/trace");
        WebElement matrix = desktop.driver.findElement(By.id("trace-matrix"));
        List<WebElement> wang = matrix.findElements(By.cssSelector("tbody tr.clause-row td.cell"));
        int column = columnOf(matrix, WANG);
        List<String> statuses = matrix.findElements(By.cssSelector("tbody tr.clause-row")).stream()
                .map(r -> r.findElements(By.cssSelector("td.cell")).get(column).getAttribute("data-status"))
                .filter(s -> !"none".equals(s)).toList();
        assertFalse(wang.isEmpty());
        assertFalse(statuses.isEmpty(), "王庄堡镇 draws from no county clause");
        assertTrue(statuses.stream().noneMatch("no-plan"::equals), "王庄堡镇's plan was not judged: " + statuses);
        assertTrue(desktop.driver.findElement(By.id("trace-basis")).getText().contains("自动判定（未经审查确认）"));
        String verdict = statuses.get(0);
        desktop.screenshot("trace-matrix-desktop");

        WebElement chip = desktop.driver.findElement(By.cssSelector("#verdict-filter a[data-verdict='" + verdict + "']"));
        chip.click();
        Browser.awaitReplaced(desktop.driver, chip);
        assertTrue(desktop.driver.getCurrentUrl().contains("verdict=" + verdict), desktop.driver.getCurrentUrl());
        List<WebElement> rows = desktop.driver.findElements(By.cssSelector("#trace-matrix tbody tr.clause-row"));
        assertFalse(rows.isEmpty());
        for (WebElement r : rows) {
            assertFalse(r.findElements(By.cssSelector("td.cell[data-status='" + verdict + "']")).isEmpty(), r.getText());
        }

        // the township view: the column transposed, with the township clauses carrying the items
        desktop.open("/trace?township=" + enc(WANG));
        assertTrue(desktop.driver.findElement(By.id("trace-title")).getText().startsWith(WANG));
        assertFalse(desktop.driver.findElements(By.cssSelector("section.trace-clause li.item")).isEmpty());
        assertFalse(desktop.driver.findElements(By.cssSelector("a.township-clause")).isEmpty(),
                "no item links to the township clause carrying it");
        desktop.screenshot("trace-township-desktop");
    }

    @Test
    void theHomePageHeatMapGivesTheTownshipsNumbers() {
        desktop.open("/");
        WebElement total = desktop.driver.findElement(By.cssSelector("#heatmap tr[data-township='" + WANG + "'] td.total"));
        int items = Integer.parseInt(total.getAttribute("data-items"));
        int sum = 0;
        for (String k : List.of("covered", "uncovered", "violated", "suspect", "unreviewed")) {
            sum += Integer.parseInt(total.getAttribute("data-" + k));
        }
        assertTrue(items > 0);
        assertEquals(items, sum);
        assertTrue(Integer.parseInt(total.getAttribute("data-unreviewed")) < items, "王庄堡镇 reads as not reviewed at all");
        // the matrix's coverage row says the same for the township
        String covered = total.getAttribute("data-covered");
        desktop.screenshot("coverage-heatmap");
        desktop.open("/trace");
        assertEquals(covered, desktop.driver.findElement(By.cssSelector("td.coverage[data-township='" + WANG + "'] .cov-met")).getText());
    }

    @Test
    void aClickOnTheMapListsTheProvisionsThere() {
        desktop.open("/here");
        WebElement map = wait(desktop).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#here-map.map-loaded")));
        new Actions(desktop.driver).moveToElement(map).click().perform();
        wait(desktop).until(ExpectedConditions.presenceOfElementLocated(By.id("here-answer")));
        assertTrue(desktop.driver.getCurrentUrl().contains("lon="), desktop.driver.getCurrentUrl());
        if (desktop.driver.findElements(By.id("here-outside")).isEmpty()) {
            assertFalse(desktop.driver.findElement(By.id("here-township")).getText().isBlank());
        }
        // typed coordinates inside 王庄堡镇
        WebElement lon = desktop.driver.findElement(By.id("here-lon"));
        lon.clear();
        lon.sendKeys(LON);
        WebElement lat = desktop.driver.findElement(By.id("here-lat"));
        lat.clear();
        lat.sendKeys(LAT);
        WebElement submit = desktop.driver.findElement(By.id("here-submit"));
        submit.click();
        Browser.awaitReplaced(desktop.driver, submit);
        assertEquals(WANG, desktop.driver.findElement(By.id("here-township")).getText());
        List<WebElement> clauses = desktop.driver.findElements(By.cssSelector("#here-clauses li.county a"));
        assertFalse(clauses.isEmpty(), "no county clause names 王庄堡镇 or the lines there");
        assertTrue(clauses.get(0).getAttribute("href").contains("/clause/"));
        wait(desktop).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#here-map.map-loaded")));
        desktop.screenshot("here-desktop");
    }

    @Test
    void onAPhoneTheMatrixScrollsInsideItsFrameAndTheMapAnswers() {
        phone.open("/trace");
        assertTrue(phone.horizontalOverflow() <= 0, "the page scrolls sideways: " + phone.horizontalOverflow());
        Number inner = (Number) phone.js("var e=document.getElementById('matrix-scroll');return e.scrollWidth-e.clientWidth;");
        assertTrue(inner.longValue() > 0, "the matrix should scroll inside its frame");
        assertEquals("sticky", phone.js("return getComputedStyle(document.querySelector('#trace-matrix tbody th.clause-col')).position;"));
        phone.screenshot("trace-matrix-phone");
        phone.open("/here?lon=" + LON + "&lat=" + LAT);
        assertEquals(WANG, phone.driver.findElement(By.id("here-township")).getText());
        assertTrue(phone.horizontalOverflow() <= 0, "the page scrolls sideways: " + phone.horizontalOverflow());
        wait(phone).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#here-map.map-loaded")));
        phone.screenshot("here-phone");
        phone.open("/");
        assertTrue(phone.horizontalOverflow() <= 0, "the home page scrolls sideways with the heat map");
    }

    @Test
    void thePublicReadsPublishedPlansOnlyWithoutASession() throws Exception {
        HttpResponse<String> page = get("/trace");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().allValues("set-cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "reading the matrix created a session");
        // 王庄堡镇's plan is a draft: the public's column says 无下级规划
        assertTrue(page.body().contains("data-township=\"" + WANG + "\""));
        HttpResponse<String> township = get("/trace?township=" + enc(WANG));
        assertTrue(township.body().contains("id=\"township-plan\"") && township.body().contains("无下级规划"));
        HttpResponse<String> csv = get("/trace/file?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains(WANG + " 结论") && csv.body().contains("无下级规划"), "the public's CSV");
        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "/trace/file?format=xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', xlsx.body()[0]);
        assertEquals(400, get("/trace/file?format=exe").statusCode());
        assertEquals(404, get("/trace?township=" + enc("北京镇")).statusCode());
        HttpResponse<String> outside = get("/trace/at.json?lon=116.4&lat=39.9");
        assertEquals(200, outside.statusCode());
        assertTrue(outside.body().contains("\"outside\":true"), outside.body());
        HttpResponse<String> inside = get("/trace/at.json?lon=" + LON + "&lat=" + LAT);
        assertTrue(inside.body().contains("\"township\":\"" + WANG + "\""), inside.body());
        assertEquals(400, get("/trace/at.json?lon=abc&lat=1").statusCode());
        HttpResponse<String> here = get("/here?lon=116.4&lat=39.9");
        assertEquals(200, here.statusCode());
        assertTrue(here.body().contains("id=\"here-outside\""));
    }

    @Test
    void clausePagesLinkBothWaysAndADraftChangeShowsItsImpact() {
        // a county clause 王庄堡镇 carries, and the township clause carrying it, from the township view
        desktop.open("/trace?township=" + enc(WANG));
        WebElement section = desktop.driver.findElements(By.cssSelector("section.trace-clause")).stream()
                .filter(s -> !s.findElements(By.cssSelector("a.township-clause")).isEmpty()).findFirst().orElseThrow();
        String uid = section.getAttribute("id").substring("c-".length());
        String townshipClause = section.findElement(By.cssSelector("a.township-clause")).getAttribute("href");

        desktop.open("/clause/" + uid);
        WebElement impl = desktop.driver.findElement(By.cssSelector("#township-implementations li[data-township='" + WANG + "']"));
        assertFalse(impl.getAttribute("data-status").isEmpty());
        assertTrue(desktop.driver.findElement(By.id("clause-impact")).getText().contains(WANG), "影响分析 names the township");

        desktop.driver.get(townshipClause);
        List<String> sources = desktop.driver.findElements(By.cssSelector("#county-sources a.county-clause")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertTrue(sources.stream().anyMatch(h -> h.endsWith("/clause/" + uid)), "the township clause does not name " + uid + ": " + sources);
        desktop.screenshot("trace-township-clause");

        // a drafter changes the county clause in a draft: the clause page and the compare page show the impact
        try (Browser drafter = new Browser(1280, 900)) {
            SignIn.as(drafter.driver, Browser.baseUrl(), "drafter");
            int draft = AuthoringIT.openDraft(drafter);
            drafter.open(AuthoringIT.editPath(draft, uid));
            WebElement area = drafter.driver.findElement(By.id("edit:text"));
            area.click();
            area.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END));
            area.sendKeys("（追溯测试修改）");
            drafter.driver.findElement(By.id("edit:save")).click();
            wait(drafter).until(ExpectedConditions.urlContains("done=saved"));
            drafter.open(AuthoringIT.VERSIONS + "/" + draft + "/clauses/" + uid);
            assertEquals("changed", drafter.driver.findElement(By.id("impact-draft")).getAttribute("data-change"));
            assertFalse(drafter.driver.findElements(By.cssSelector("#clause-impact h3[data-township='" + WANG + "']")).isEmpty());
            drafter.screenshot("trace-clause-impact");
            drafter.open("/compare.xhtml?plan=" + PlanChainIT.COUNTY + "&a=1&b=" + draft);
            WebElement changed = drafter.driver.findElement(By.cssSelector("#compare-impact li[data-uid='" + uid + "']"));
            assertTrue(changed.getText().contains(WANG), changed.getText());
        }
    }

    private static int columnOf(WebElement matrix, String township) {
        List<WebElement> heads = matrix.findElements(By.cssSelector("thead th.township"));
        for (int i = 0; i < heads.size(); i++) {
            if (township.equals(heads.get(i).getAttribute("data-township"))) {
                return i;
            }
        }
        throw new AssertionError("no column " + township);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static WebDriverWait wait(Browser b) {
        return new WebDriverWait(b.driver, Duration.ofSeconds(60));
    }
}
