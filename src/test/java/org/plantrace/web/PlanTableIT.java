package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plantrace.ingest.institute.InstituteDocx;
import org.plantrace.ingest.institute.InstitutePlan;

/**
 * Issue 13, item 3 in a browser: a Word plan with a 规划指标表 (a township plan for 沙圪坨镇, brought in
 * at 上传下级规划) shows its table as a table on the clause page — rows and cells, the merged 规划目标
 * header in both columns it covers — not as a run of text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanTableIT {
    private static final String TITLE = "沙圪坨镇国土空间总体规划（2021—2035年）";
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
    void theIndicatorTableIsShownAsATableOnItsClausePage() throws Exception {
        InstitutePlan plan = new InstitutePlan(TITLE)
                .add(InstitutePlan.Look.HEADING_1, TITLE)
                .add(InstitutePlan.Look.HEADING_1, "第一章　规划目标")
                .body("第1条　规划指标")
                .body("全镇耕地保有量不低于3.12万亩，规划指标见下表。")
                .table(new InstitutePlan.Table(List.of(
                        Arrays.asList("序号", "指标名称", "单位", "规划目标", null),
                        Arrays.asList(InstitutePlan.Table.MERGED_UP, InstitutePlan.Table.MERGED_UP,
                                InstitutePlan.Table.MERGED_UP, "近期（2025年）", "目标年（2035年）"),
                        List.of("1", "耕地保有量", "万亩", "3.15", "3.12"))));
        Path docx = InstituteDocx.write(plan, Files.createTempDirectory("plantrace-table-it").resolve("shagetuo.docx"));
        SignIn.as(desktop.driver, Browser.baseUrl(), "reviewer");
        desktop.open("/lower-upload.xhtml");
        new Select(desktop.driver.findElement(By.id("lower-form:township"))).selectByVisibleText("沙圪坨镇");
        desktop.driver.findElement(By.id("lower-form:file")).sendKeys(docx.toAbsolutePath().toString());
        desktop.driver.findElement(By.id("lower-form:submit")).click();
        wait(desktop).until(ExpectedConditions.urlContains("done=lower-uploaded"));

        List<WebElement> links = desktop.driver.findElements(By.cssSelector("#version-outline a.clause-link"));
        WebElement last = links.get(links.size() - 1); // chapter, article, then the table under the article
        last.click();
        wait(desktop).until(ExpectedConditions.presenceOfElementLocated(By.id("clause-table")));

        List<WebElement> rows = desktop.driver.findElements(By.cssSelector("#clause-table tr"));
        assertEquals(3, rows.size());
        assertEquals(List.of("序号", "指标名称", "单位", "规划目标"), cells(rows.get(0)),
                "the merged header cell once, over its two columns");
        assertEquals("2", rows.get(0).findElements(By.tagName("td")).get(3).getAttribute("colspan"));
        assertEquals(List.of("1", "耕地保有量", "万亩", "3.15", "3.12"), cells(rows.get(2)));
        assertTrue(desktop.driver.findElement(By.id("clause-text")).findElements(By.tagName("p")).isEmpty(),
                "the table is not also shown as paragraphs");
        desktop.screenshot("clause-table");
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private static WebDriverWait wait(Browser b) {
        return new WebDriverWait(b.driver, Duration.ofSeconds(30));
    }
}
