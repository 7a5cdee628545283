package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 5's checklist pages in a real browser, against the app jetty:start brought up with the
 * Hunyuan plan published: the index, 王庄堡镇's checklist, its filters, a source link to the clause
 * page, the .docx and PDF downloads (saved by Chromium into a temporary folder, then opened with
 * docx4j and PDFBox), the response headers of the download servlet, the phone width and the
 * comparison page. Chromium is started here rather than through {@link Browser} because downloads
 * need a download folder in its preferences.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChecklistPagesIT {
    static final Path SEED = Path.of("corpus/hunyuan/hunyuan-2021-2035.txt");
    /** A sentence of 第三章 that 王庄堡镇's list draws on (rule c-function-zone), and its edit. */
    static final String ZONE_SENTENCE = "永安镇、王庄堡镇为农产品主产区内的重点开发乡镇。";
    static final String ZONE_CHANGED = "永安镇、王庄堡镇为农产品主产区内的重点开发乡镇，加快特色农产品加工。";
    static final String TOWNSHIP = "王庄堡镇";
    private WebDriver driver;
    private Path profile;
    private Path downloads;

    @BeforeAll
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("plantrace-checklist-chromium");
        downloads = Files.createTempDirectory("plantrace-checklist-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Browser.CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--hide-scrollbars", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "download.directory_upgrade", true,
                "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(Browser.CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterAll
    void closeBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        for (Path dir : new Path[] {profile, downloads}) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void open(String path) {
        driver.get(Browser.baseUrl() + path);
    }

    private void openTownship() {
        open("/checklist?township=" + URLEncoder.encode(TOWNSHIP, StandardCharsets.UTF_8));
    }

    private List<WebElement> items() {
        return driver.findElements(By.cssSelector(".checklist-section li.item"));
    }

    private int shown() {
        return Integer.parseInt(driver.findElement(By.cssSelector("#shown-count strong")).getText().strip());
    }

    @Test
    void theIndexLeadsToTheTownshipsChecklist() {
        open("/checklist");
        List<WebElement> towns = driver.findElements(By.cssSelector("#townships a.chip"));
        assertTrue(towns.size() > 5, "townships listed: " + towns.size());
        WebElement wzp = towns.stream().filter(a -> a.getText().equals(TOWNSHIP)).findFirst().orElseThrow();
        wzp.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("checklist-title")).isEmpty());
        assertEquals(TOWNSHIP + "传导清单", driver.findElement(By.id("checklist-title")).getText());
        assertTrue(driver.findElement(By.id("checklist-version")).getText().contains("已发布"));
        assertTrue(shown() > 0);
        assertEquals(shown(), items().size());
    }

    @Test
    void filtersNarrowTheListAndSourcesLeadToClauses() {
        openTownship();
        int total = items().size();
        assertTrue(total > 0);

        java.util.regex.Matcher count = java.util.regex.Pattern.compile("强制性 (\\d+) 项")
                .matcher(driver.findElement(By.id("checklist-count")).getText());
        assertTrue(count.find(), driver.findElement(By.id("checklist-count")).getText());
        int mandatoryCount = Integer.parseInt(count.group(1));
        // a plain-text source has no underlines: the page must say that nothing is marked, not imply nothing binds
        assertEquals(mandatoryCount == 0, !driver.findElements(By.id("none-marked")).isEmpty());

        driver.findElement(By.id("mandatory-filter")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("mandatory=true"));
        List<WebElement> mandatory = items();
        assertEquals(mandatoryCount, mandatory.size());
        assertEquals(mandatoryCount, shown());
        assertEquals(mandatoryCount == 0, !driver.findElements(By.id("checklist-empty")).isEmpty());
        for (WebElement item : mandatory) {
            assertTrue(item.getAttribute("class").contains("mandatory"), item.getText());
            assertTrue(item.findElement(By.cssSelector(".binding")).getText().equals("强制性"));
        }
        driver.findElement(By.id("mandatory-filter")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.getCurrentUrl().contains("mandatory=true"));
        assertEquals(total, items().size());

        List<WebElement> chips = driver.findElements(By.cssSelector("#category-filter a.chip"));
        assertTrue(chips.size() > 2, "全部 and at least two categories");
        String category = chips.get(1).getText();
        chips.get(1).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("category="));
        List<WebElement> inCategory = items();
        assertFalse(inCategory.isEmpty());
        assertTrue(inCategory.size() < total);
        for (WebElement item : inCategory) {
            assertEquals(category, item.getAttribute("data-category"));
        }
        assertEquals(1, driver.findElements(By.cssSelector(".checklist-section h2.category")).size());

        WebElement source = driver.findElement(By.cssSelector("li.item a.source-link"));
        // cited as planners cite (issue #14.1): 第N条 标题（第N章第N节）, never the path id
        String cited = source.getText();
        assertTrue(cited.matches("第.+[章节条项].*") && !cited.contains("chp_"), cited);
        String heading = cited.replaceFirst("^\\S+\\s*", "").replaceFirst("（第[^）]*）$", "");
        String href = source.getAttribute("href");
        source.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("clause")).isEmpty());
        assertTrue(driver.getCurrentUrl().contains("/clause/"), driver.getCurrentUrl());
        assertEquals(href.substring(href.lastIndexOf('/') + 1),
                driver.findElement(By.id("clause")).getAttribute("data-uid"));
        assertTrue(driver.findElement(By.cssSelector("#clause h1")).getText().contains(heading.replace("（无标题）", "")),
                heading);
    }

    @Test
    void theWordFileAndThePdfDownloadAndOpen() throws Exception {
        openTownship();
        driver.findElement(By.id("download-docx")).click();
        Path docx = awaitDownload(".docx");
        String text = TextUtils.getText(WordprocessingMLPackage.load(new ByteArrayInputStream(Files.readAllBytes(docx)))
                .getMainDocumentPart().getJaxbElement());
        assertTrue(text.contains(TOWNSHIP + "传导清单"), text);
        assertTrue(text.contains("强制性"));
        assertTrue(docx.getFileName().toString().startsWith(TOWNSHIP), docx.toString());

        driver.findElement(By.id("download-pdf")).click();
        Path pdf = awaitDownload(".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String pdfText = new PDFTextStripper().getText(doc);
            assertTrue(pdfText.contains(TOWNSHIP + "传导清单"), pdfText);
            String first = driver.findElement(By.cssSelector("li.item .requirement .text")).getText();
            assertTrue(pdfText.replaceAll("\\s+", "").contains(first.replaceAll("\\s+", "")), first);
        }
    }

    /** Waits until Chromium has finished a download with that extension (no .crdownload left). */
    private Path awaitDownload(String extension) {
        Optional<Path>[] found = new Optional[] {Optional.empty()};
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                found[0] = all.stream().filter(p -> p.toString().endsWith(extension)).findFirst();
                return found[0].isPresent() && all.stream().noneMatch(p -> p.toString().endsWith(".crdownload"));
            } catch (IOException e) {
                return false;
            }
        });
        return found[0].orElseThrow();
    }

    @Test
    void downloadsSayWhatTheyAreInUtf8() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = Browser.baseUrl() + "/checklist/file?township=" + URLEncoder.encode(TOWNSHIP, StandardCharsets.UTF_8);
        String encodedName = URLEncoder.encode(TOWNSHIP, StandardCharsets.UTF_8).replace("+", "%20");
        for (String[] f : new String[][] {{"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
                {"pdf", "application/pdf"}, {"json", "application/json"}}) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "&format=" + f[0]))
                    .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), f[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f[1]), r.headers().toString());
            String disposition = r.headers().firstValue("Content-Disposition").orElse("");
            assertTrue(disposition.startsWith("attachment;"), disposition);
            assertTrue(disposition.contains("filename*=UTF-8''" + encodedName), disposition);
            assertTrue(disposition.endsWith("." + f[0]), disposition);
        }
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create(base + "&format=json"))
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(json.body().startsWith("{\"target\":\"" + TOWNSHIP + "\""), json.body());

        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl()
                + "/checklist/file?format=pdf&township=" + URLEncoder.encode("火星镇", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("火星镇"), unknown.body());
        HttpResponse<String> noFormat = http.send(HttpRequest.newBuilder(URI.create(base + "&format=xlsx")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(400, noFormat.statusCode());
    }

    @Test
    void anUnknownTownshipSaysSoAndListsTheOthers() {
        open("/checklist?township=" + URLEncoder.encode("火星镇", StandardCharsets.UTF_8));
        assertTrue(driver.findElement(By.id("checklist-problem")).getText().contains("火星镇"));
        assertTrue(driver.findElements(By.cssSelector("#townships a.chip")).stream()
                .anyMatch(a -> a.getText().equals(TOWNSHIP)));
    }

    @Test
    void thePublicMayNotSeeADraftVersion() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl()
                + "/checklist/file?format=json&version=99&township=" + URLEncoder.encode(TOWNSHIP, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(404, r.statusCode(), "a version that does not exist");
    }

    @Test
    void fitsAPhoneAndPrintsWithoutChrome() {
        driver.manage().window().setSize(new Dimension(375, 812));
        try {
            openTownship();
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "nothing overflows sideways at 375 px");
            screenshot("checklist-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
        openTownship();
        screenshot("checklist-desktop");
        assertFalse(driver.findElement(By.id("print-checklist")).getText().isEmpty());
        open("/checklist/diff?township=" + URLEncoder.encode(TOWNSHIP, StandardCharsets.UTF_8));
        // one published version in a fresh app: the page says there is nothing to compare yet, or
        // (when another browser test published a second version) shows the rows
        assertTrue(driver.findElements(By.id("diff-problem")).isEmpty(), "comparing is not an error");
        assertTrue(!driver.findElements(By.id("diff-note")).isEmpty() || !driver.findElements(By.id("diff-table")).isEmpty());
    }

    /**
     * Last, because it adds a draft version: a drafter uploads the seed with one sentence of 第三章
     * changed; the public still sees version 1 and may not open the draft's checklist; the drafter's
     * comparison marks the items drawn from that clause 需复核 and shows the new wording beside the old.
     * Other browser tests in the same app assume no version number, so the extra draft is harmless.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aChangedClauseMarksItsItemsForReviewInTheComparison() throws Exception {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        assertTrue(seed.contains(ZONE_SENTENCE));
        Path dir = Files.createTempDirectory("plantrace-checklist-upload");
        Path changed = Files.writeString(dir.resolve("浑源县规划-传导修改稿.txt"), seed.replace(ZONE_SENTENCE, ZONE_CHANGED),
                StandardCharsets.UTF_8);
        SignIn.as(driver, Browser.baseUrl(), "drafter");
        open("/upload.xhtml");
        driver.findElement(By.id("upload-form:file")).sendKeys(changed.toAbsolutePath().toString());
        driver.findElement(By.id("upload-form:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.presenceOfElementLocated(By.id("upload-preview")));
        driver.findElement(By.id("confirm:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("upload-stored")));

        open("/checklist/diff?township=" + URLEncoder.encode(TOWNSHIP, StandardCharsets.UTF_8));
        WebElement table = new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("diff-table")));
        String versions = driver.findElement(By.id("diff-versions")).getText();
        java.util.regex.Matcher draftNumber = java.util.regex.Pattern.compile("第 (\\d+) 版（草案").matcher(versions);
        assertTrue(draftNumber.find(), "the drafter compares with the new draft: " + versions);
        List<WebElement> review = table.findElements(By.cssSelector(".diff-row.CHANGED"));
        assertFalse(review.isEmpty(), "the items from the edited clause ask for review");
        for (WebElement row : review) {
            assertTrue(row.findElement(By.cssSelector(".change")).getText().startsWith("需复核"), row.getText());
        }
        assertTrue(review.stream().anyMatch(r -> r.findElement(By.cssSelector(".side.after")).getText().contains("加快特色农产品加工")
                && !r.findElement(By.cssSelector(".side.before")).getText().contains("加快特色农产品加工")),
                "the new wording beside the old");
        assertFalse(table.findElements(By.cssSelector(".diff-row.UNCHANGED")).isEmpty(), "the rest stays unchanged");
        // issue #14.8: the row says what changed, and 只看变化 leaves out the unchanged rows
        assertTrue(review.stream().anyMatch(r -> r.findElement(By.cssSelector(".change .what")).getText().contains("→")),
                "a 需复核 row shows what changed");
        screenshot("checklist-diff-changed");
        int changedRows = review.size();
        driver.findElement(By.id("diff-toggle")).click();
        WebElement only = new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("diff-table")));
        assertTrue(driver.getCurrentUrl().contains("changes=only"), driver.getCurrentUrl());
        assertTrue(only.findElements(By.cssSelector(".diff-row.UNCHANGED")).isEmpty(), "只看变化 hides unchanged rows");
        assertEquals(changedRows, only.findElements(By.cssSelector(".diff-row.CHANGED")).size());
        driver.findElement(By.id("diff-toggle")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.getCurrentUrl().contains("changes=only"));
        driver.manage().window().setSize(new Dimension(375, 812));
        try {
            driver.navigate().refresh();
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.presenceOfElementLocated(By.id("diff-table")));
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "the comparison fits a phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }

        SignIn.signOut(driver, Browser.baseUrl());
        openTownship();
        assertTrue(driver.findElement(By.id("checklist-version")).getText().contains("已发布"), "the public sees the published list");
        HttpResponse<String> draft = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Browser.baseUrl()
                + "/checklist/file?format=json&version=" + draftNumber.group(1) + "&township=" + URLEncoder.encode(TOWNSHIP, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(403, draft.statusCode(), "a draft's checklist is not for the public");
    }

    private void screenshot(String name) {
        String dir = System.getProperty("plantrace.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path out = Path.of(dir);
            Files.createDirectories(out);
            File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.FILE);
            Files.write(out.resolve(name + ".png"), Files.readAllBytes(shot.toPath()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
