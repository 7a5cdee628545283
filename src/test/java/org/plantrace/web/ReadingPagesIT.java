package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The reading pages in a real browser, against the app that jetty:start brought up with an
 * empty data folder: so what is checked here is the Hunyuan plan as the first start ingested it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingPagesIT {
    static final String TITLE = "浑源县国土空间总体规划（2021—2035年）";
    static final List<String> CHAPTERS = List.of("总则", "目标与战略", "优化国土空间开发保护格局",
            "保障特色优质的农业空间", "保护山清水秀的生态空间", "构建品质宜居的城镇空间",
            "自然与文化遗产保护与城乡风貌塑造", "构建国土空间支撑体系", "统筹规划实施与管理");

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
    void homeShowsThePlanAndItsNineChapters() {
        desktop.open("/");

        assertEquals(TITLE, desktop.driver.findElement(By.cssSelector("h1.plan-title")).getText());
        String facts = desktop.driver.findElement(By.cssSelector("#plan .facts")).getText();
        assertTrue(facts.contains("县级国土空间总体规划"), facts);
        assertTrue(facts.contains("浑源县"), facts);
        assertTrue(facts.contains("2021—2035年"), facts);
        // other browser tests publish new versions in the same run; the home page shows the newest
        assertTrue(facts.matches("(?s).*第 \\d+ 版.*"), facts);
        assertEquals("已发布", desktop.driver.findElement(By.id("status")).getText());

        List<String> chapters = desktop.driver
                .findElements(By.cssSelector("#outline li.depth-1 > details > summary > a, #outline li.depth-1 > a"))
                .stream()
                .filter(a -> "章".equals(a.findElement(By.className("kind")).getText()))
                .map(a -> a.findElement(By.className("title")).getText())
                .toList();
        assertEquals(9, chapters.size(), chapters.toString());
        for (int i = 0; i < CHAPTERS.size(); i++) {
            assertTrue(chapters.get(i).endsWith(CHAPTERS.get(i)), chapters.get(i) + " should be " + CHAPTERS.get(i));
        }
        // the export wrote "1." on every level; the pages show the conventional numbers, marked as derived
        assertEquals("第一章 总则", chapters.get(0));
        assertEquals("第九章 统筹规划实施与管理", chapters.get(8));
        WebElement firstNumber = desktop.driver.findElement(By.cssSelector("#outline li.depth-1 .num"));
        assertTrue(firstNumber.getAttribute("class").contains("derived"));
        assertEquals("编号按结构推定（原文编号已在导出时丢失）", firstNumber.getAttribute("title"));
        String numberingNote = desktop.driver.findElement(By.id("numbering-note")).getText();
        assertTrue(numberingNote.contains("推定") && numberingNote.contains("1."), numberingNote);
        // the source's own 第1节 is shown as written, not as a derived number
        WebElement controlLines = outlineEntry(desktop, "严守三条控制线");
        assertEquals("第1节", controlLines.findElement(By.className("num")).getAttribute("textContent"));
        assertFalse(controlLines.findElement(By.className("num")).getAttribute("class").contains("derived"));

        // the section whose title was lost says so; its introduction is an excerpt, not a heading
        List<String> untitled = desktop.driver.findElements(By.cssSelector("#outline .title")).stream()
                .filter(t -> !t.findElements(By.className("untitled")).isEmpty())
                .map(t -> t.getAttribute("textContent")).toList();
        assertTrue(untitled.stream().anyMatch(t -> t.startsWith("第5节 （无标题）") && t.contains("提升城市功能")),
                untitled.toString());
        assertTrue(desktop.driver.findElements(By.cssSelector("#outline .heading")).stream()
                .noneMatch(h -> h.getAttribute("textContent").startsWith("提升城市功能")), "introduction posing as a title");

        String note = desktop.driver.findElement(By.id("mandatory-note")).getText();
        assertTrue(note.contains("强制性内容：文本中加下划线的条款"), note);
        // the Hunyuan text is a plain-text export: the reader must be told the underlines are lost
        assertTrue(desktop.driver.findElement(By.id("underline-lost")).getText().contains("下划线"), note);
        assertTrue(desktop.driver.findElements(By.id("problem")).isEmpty(), "no start-up problem expected");
        desktop.screenshot("home-desktop");
    }

    @Test
    void clickingAnArticleOpensItsClausePage() {
        desktop.open("/");
        WebElement article = articleNamed("划定生态保护红线");
        String uid = article.getAttribute("data-uid");
        article.click();

        assertEquals(Browser.baseUrl() + "/clause/" + uid, desktop.driver.getCurrentUrl());
        String crumbs = desktop.driver.findElement(By.id("breadcrumb")).getText();
        assertTrue(crumbs.contains("目录"), crumbs);
        assertTrue(crumbs.contains("优化国土空间开发保护格局"), crumbs);
        assertTrue(crumbs.contains("严守三条控制线"), crumbs);
        assertTrue(desktop.driver.findElement(By.cssSelector("#clause h1")).getText().contains("划定生态保护红线"));
        WebElement number = desktop.driver.findElement(By.cssSelector("#clause h1 .num"));
        assertTrue(number.getText().matches("第[一二三四五六七八九十百]+条"), number.getText());
        assertTrue(number.getAttribute("class").contains("derived"));
        assertEquals(number.getText() + " 划定生态保护红线",
                desktop.driver.findElement(By.cssSelector("#breadcrumb [aria-current] .title")).getText());
        String numberNote = desktop.driver.findElement(By.id("number-note")).getText();
        assertTrue(numberNote.contains("编号按结构推定") && numberNote.contains("原文写作“1.”"), numberNote);
        String text = desktop.driver.findElement(By.id("clause-text")).getText();
        assertTrue(text.contains("生态保护红线"), text);
        assertFalse(desktop.driver.findElements(By.cssSelector("#pager a.prev")).isEmpty());
        assertFalse(desktop.driver.findElements(By.cssSelector("#pager a.next")).isEmpty());
        desktop.screenshot("clause-desktop");

        // the query-string form of the address shows the same clause
        desktop.open("/clause.xhtml?uid=" + uid);
        assertTrue(desktop.driver.findElement(By.cssSelector("#clause h1")).getText().contains("划定生态保护红线"));

        // and the way back leads to the outline
        desktop.driver.findElement(By.cssSelector("#pager a.up")).click();
        assertEquals(TITLE, desktop.driver.findElement(By.cssSelector("h1.plan-title")).getText());
    }

    @Test
    void nextLinkWalksInReadingOrder() {
        desktop.open("/");
        WebElement article = articleNamed("划定生态保护红线");
        article.click();
        String here = desktop.driver.getCurrentUrl();
        desktop.driver.findElement(By.cssSelector("#pager a.next")).click();
        desktop.driver.findElement(By.cssSelector("#pager a.prev")).click();
        assertEquals(here, desktop.driver.getCurrentUrl());
    }

    @Test
    void phoneWidthHasNoSidewaysScrolling() {
        try (Browser phone = new Browser(375, 812)) {
            phone.open("/");
            assertEquals(375L, ((Number) phone.js("return window.innerWidth;")).longValue());
            assertEquals(0, phone.horizontalOverflow(), "home page wider than a phone");
            phone.screenshot("home-phone");

            String href = phone.driver.findElement(By.cssSelector("#outline li.depth-2 a")).getAttribute("href");
            phone.driver.get(href);
            assertTrue(phone.driver.findElement(By.id("clause")).isDisplayed());
            assertEquals(0, phone.horizontalOverflow(), "clause page wider than a phone");

            phone.open("/");
            phone.driver.get(articleHref(phone, "划定生态保护红线"));
            assertEquals(0, phone.horizontalOverflow(), "clause page wider than a phone");
            phone.screenshot("clause-phone");
        }
    }

    @Test
    void unknownClauseGivesTheChineseNotFoundPage() throws Exception {
        desktop.open("/clause/no-such-clause");
        String page = desktop.driver.findElement(By.id("not-found")).getText();
        assertTrue(page.contains("找不到"), page);

        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/clause/no-such-clause", "/clause.xhtml?uid=no-such-clause", "/clause/a/b")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("找不到"), path);
        }
    }

    /** The outline link whose heading is this. */
    private static WebElement outlineEntry(Browser b, String heading) {
        return b.driver.findElements(By.cssSelector("#outline a")).stream()
                .filter(a -> a.findElements(By.className("heading")).stream()
                        .anyMatch(h -> h.getAttribute("textContent").equals(heading)))
                .findFirst().orElseThrow(() -> new AssertionError("no outline entry " + heading));
    }

    /** The outline link of the article with this heading, its chapter and section unfolded. */
    private WebElement articleNamed(String heading) {
        WebElement link = desktop.driver.findElements(By.cssSelector("#outline a")).stream()
                .filter(a -> a.getAttribute("textContent").endsWith(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no outline entry " + heading));
        assertEquals("条", link.findElement(By.className("kind")).getAttribute("textContent"), heading);
        // open every closed <details> around it, outermost first, by clicking its summary
        @SuppressWarnings("unchecked")
        List<WebElement> closed = (List<WebElement>) desktop.js(
                "const out=[]; for (let d=arguments[0].closest('details'); d; d=d.parentElement.closest('details'))"
                + " if (!d.open) out.unshift(d.querySelector(':scope > summary')); return out;", link);
        for (WebElement summary : closed) {
            // a click on the summary element itself unfolds; a click on its link would navigate
            desktop.js("arguments[0].click();", summary);
        }
        assertTrue(link.isDisplayed(), heading + " still folded");
        return link;
    }

    private static String articleHref(Browser b, String heading) {
        return b.driver.findElements(By.cssSelector("#outline a")).stream()
                .filter(a -> a.getAttribute("textContent").endsWith(heading))
                .findFirst().orElseThrow().getAttribute("href");
    }
}
