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
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.plantrace.transmission.output.ClauseLinksOutputTest;

/**
 * Issue #14.1 where people read citations — search results, findings, review threads, and the Word
 * and PDF checklists downloaded from the site, whose links are followed — and #14.9: the words Java
 * builds (statuses, facet headings, categories, severities, audit actions) in English mode.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitationsEverywhereIT {
    /** 第十六条 标题（第三章第一节）: an article number, a title, where it sits. */
    private static final Pattern CITATION = Pattern.compile("第[一二三四五六七八九十百零〇0-9]+条.*（第.+章.*）");
    /** A clause above the articles: 第四章第1节 实施耕地保护. */
    private static final Pattern PLACE = Pattern.compile("第[一二三四五六七八九十百零〇0-9]+章(第[一二三四五六七八九十百零〇0-9]+节)? .+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(1280, 900);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private List<String> texts(String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static void assertNoChinese(List<String> texts, String what) {
        assertFalse(texts.isEmpty(), "nothing found for " + what);
        for (String t : texts) {
            assertFalse(HAN.matcher(t).find(), what + " in English: " + t + " (all: " + texts + ")");
        }
    }

    private void english(boolean on) {
        browser.open("/");
        boolean now = browser.driver.findElement(By.tagName("html")).getAttribute("lang").startsWith("en");
        if (now != on) {
            browser.driver.findElement(By.id("lang-link")).click();
        }
    }

    @Test
    @Order(1)
    void searchResultsFindingsAndReviewThreadsCiteAsPlannersDo() {
        english(false);
        browser.open("/search?q=" + URLEncoder.encode("耕地保有量", StandardCharsets.UTF_8));
        List<String> titles = texts("#results .result-title .cite");
        assertFalse(titles.isEmpty());
        assertTrue(titles.stream().allMatch(t -> CITATION.matcher(t).matches() || PLACE.matcher(t).matches()), titles.toString());
        assertTrue(CITATION.matcher(titles.get(0)).matches() && titles.get(0).contains("划定耕地和永久基本农田保护红线"),
                "the article stating 73.39万亩 first, cited with its number: " + titles.get(0));
        String href = browser.driver.findElement(By.cssSelector("#results .result-title")).getAttribute("href");
        String uid = href.substring(href.lastIndexOf('/') + 1);

        SignIn.as(browser.driver, Browser.baseUrl(), "drafter");
        browser.open("/findings");
        List<String> cited = texts("#group-problems a.finding-clause");
        assertFalse(cited.isEmpty());
        assertTrue(cited.stream().anyMatch(t -> CITATION.matcher(t).matches()), cited.toString());
        assertTrue(texts(".finding-rule code").stream().allMatch(t -> t.matches("[A-Z]+\\d+")), "rule ids in small print");
        browser.screenshot("findings-citations");

        SignIn.as(browser.driver, Browser.baseUrl(), "reviewer");
        browser.open("/review.xhtml?plan=hunyuan-2021-2035&uid=" + uid);
        String title = browser.driver.findElement(By.id("review-title")).getText();
        assertTrue(CITATION.matcher(title).matches(), title);
        browser.driver.findElement(By.id("comment:body")).sendKeys("请核对该条的指标。");
        WebElement submit = browser.driver.findElement(By.id("comment:submit"));
        submit.click();
        Browser.awaitReplaced(browser.driver, submit);
        WebElement cite = browser.driver.findElement(By.cssSelector("#threads .thread-clause a.cited"));
        assertEquals(title, cite.getText());
        // the clause's citable address in the version the thread was raised on (a draft, if other tests made one)
        assertTrue(cite.getAttribute("href").matches(".*/plans/hunyuan-2021-2035/\\d+/clauses/" + uid), cite.getAttribute("href"));
        browser.screenshot("review-thread-citation");
        SignIn.signOut(browser.driver, Browser.baseUrl());
    }

    @Test
    @Order(2)
    void theDownloadedWordAndPdfChecklistsLinkEachClauseToItsPage() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String query = "/checklist/file?township=" + URLEncoder.encode("王庄堡镇", StandardCharsets.UTF_8) + "&format=";
        // the published version's clauses: version 1, or a later one if other browser tests published again
        java.util.function.Predicate<String> clauseAddress = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(Browser.baseUrl()) + "/plans/hunyuan-2021-2035/\\d+/clauses/.+").asMatchPredicate();

        byte[] docx = http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + query + "docx")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        List<String[]> links = ClauseLinksOutputTest.hyperlinks(WordprocessingMLPackage.load(new ByteArrayInputStream(docx)));
        assertTrue(links.stream().anyMatch(l -> CITATION.matcher(l[0]).matches() && clauseAddress.test(l[1])),
                links.stream().limit(5).map(l -> l[0] + " → " + l[1]).toList().toString());

        byte[] pdf = http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + query + "pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        List<String[]> uris;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            uris = ClauseLinksOutputTest.links(doc);
        }
        assertFalse(uris.isEmpty());
        assertTrue(uris.stream().allMatch(l -> clauseAddress.test(l[1])), uris.get(0)[1]);
        assertTrue(uris.stream().anyMatch(l -> l[0].startsWith("第")), "a link lies over an article number");

        // a link works: it opens the clause's page in that version
        String[] first = links.stream().filter(l -> CITATION.matcher(l[0]).matches()).findFirst().orElseThrow();
        browser.driver.get(first[1]);
        String page = browser.driver.findElement(By.tagName("main")).getText();
        String heading = first[0].replaceFirst("^第[^条]+条\\s*", "").replaceFirst("（第.*$", "").strip();
        assertTrue(page.contains(heading), heading + " on " + first[1]);
    }

    @Test
    @Order(3)
    void englishModeNamesStatusesFacetsCategoriesSeveritiesAndActionsInEnglish() {
        english(true);
        assertNoChinese(texts("#status"), "the home page's status");
        browser.open("/search?q=" + URLEncoder.encode("生态保护红线", StandardCharsets.UTF_8));
        assertNoChinese(texts("#facets h3"), "facet headings");
        assertNoChinese(texts("#results .kind"), "clause kinds");
        assertNoChinese(texts("#facets [data-facet='mandatory'] .facet-label"), "mandatory facet values");
        browser.open("/checklist?township=" + URLEncoder.encode("王庄堡镇", StandardCharsets.UTF_8));
        browser.screenshot("checklist-english");
        assertFalse(browser.driver.findElements(By.cssSelector("h2.category")).isEmpty(),
                browser.driver.findElement(By.tagName("main")).getText());
        assertNoChinese(browser.driver.findElements(By.cssSelector("h2.category")).stream()
                .map(h -> h.getText().replace(h.findElement(By.cssSelector(".count")).getText(), "")).toList(), "categories");
        assertNoChinese(texts(".item .binding"), "binding words");
        browser.open("/plans/hunyuan-2021-2035");
        assertNoChinese(texts(".badge.status"), "version statuses");
        browser.screenshot("versions-english");

        SignIn.as(browser.driver, Browser.baseUrl(), "drafter");
        browser.open("/findings");
        assertNoChinese(texts(".finding-group h2"), "finding groups");
        assertNoChinese(texts(".finding .badge"), "severities");
        browser.open("/plans/hunyuan-2021-2035/audit");
        // the review comment of the first test is in the trail when it is recorded; whatever is there names its action in English
        List<String> actions = texts(".audit-entry .action");
        if (!actions.isEmpty()) {
            assertNoChinese(actions, "audit actions");
        }
        SignIn.signOut(browser.driver, Browser.baseUrl());
        english(false);
    }
}
