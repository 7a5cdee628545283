package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * English mode where Java built the words (issue #14.9): the home page's numbering note, a clause
 * page's indicator table, a checklist's missing-layer note, the findings page's lint messages, a
 * refused password change and a refused upload read in English. The plan's own words (names,
 * figures as written, quoted layer names) stay Chinese; the checks strip what the plan wrote before
 * looking for Chinese. Reads only, except the refused password change and upload, which store nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishSystemTextsIT {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** The plan's words inside quotes, brackets and the book-title marks, and figures with their units. */
    private static final Pattern PLAN_WORDS = Pattern.compile("\"[^\"]*\"|“[^”]*”|《[^》]*》|（[^）]*）|\\([^)]*\\)"
            + "|[0-9.—–-]+\\s*[\\p{IsHan}%％²]+");
    private Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(1280, 900);
        browser.open("/");
        browser.driver.findElement(By.id("lang-link")).click();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            SignIn.signOut(browser.driver, Browser.baseUrl());
            browser.close();
        }
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    private List<String> texts(String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static boolean english(String s) {
        return !HAN.matcher(s).find();
    }

    /** No Chinese left once the plan's own words are taken out. */
    private static void noChineseAroundPlanWords(String s) {
        String system = PLAN_WORDS.matcher(s).replaceAll("");
        assertFalse(HAN.matcher(system).find(), "Chinese outside the plan's words: " + s);
    }

    @Test
    void homeAndClausePagesSayTheirOwnWordsInEnglish() {
        browser.open("/");
        String note = text("numbering-note");
        assertTrue(note.startsWith("About the numbers:") && english(note), note);

        browser.open("/search?q=" + URLEncoder.encode("耕地保有量", StandardCharsets.UTF_8));
        browser.driver.findElement(By.cssSelector("#results .result-title")).click();
        List<String> classes = texts(".indicator-table .badge");
        assertFalse(classes.isEmpty());
        assertTrue(classes.stream().allMatch(c -> List.of("binding", "expected", "—").contains(c)), classes.toString());
        assertTrue(texts(".indicator-table td.op").stream().allMatch(EnglishSystemTextsIT::english),
                texts(".indicator-table td.op").toString());
        assertTrue(texts(".indicator-table td.year").stream().allMatch(y -> y.matches("\\d{4}|—")),
                texts(".indicator-table td.year").toString());
        texts(".entity-group .group-name").forEach(g -> assertTrue(english(g), g));
        browser.screenshot("english-clause");
    }

    @Test
    void aMissingLayerIsExplainedInEnglish() {
        browser.open("/checklist?township=" + URLEncoder.encode("王庄堡镇", StandardCharsets.UTF_8));
        String notes = text("checklist-notes");
        assertTrue(notes.contains("is missing") && notes.contains("generate the checklist again"), notes);
        assertFalse(notes.contains("缺少") || notes.contains("导入该图层"), notes);
        for (String line : notes.split("\n")) {
            noChineseAroundPlanWords(line.replaceAll("the [^,]* within this", "the within this"));
        }
    }

    @Test
    void lintFindingsAndARefusedChangeSpeakEnglish() throws Exception {
        SignIn.as(browser.driver, Browser.baseUrl(), "drafter");
        browser.open("/findings");
        List<String> locations = texts(".finding .location");
        assertFalse(locations.isEmpty());
        assertTrue(locations.stream().allMatch(l -> english(l) && (l.startsWith("line ") || l.startsWith("text ")
                || l.startsWith("heading ") || l.startsWith("paragraph ") || l.equals("whole plan"))), locations.toString());
        List<String> messages = texts(".finding-message");
        assertFalse(messages.isEmpty());
        for (String m : messages) {
            assertFalse(m.contains("请核对") || m.contains("无法核对") || m.contains("一致的") || m.contains("共核对"), m);
        }
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Checked ")), "rule summaries: " + messages);
        browser.screenshot("english-findings");

        browser.open("/password.xhtml");
        browser.driver.findElement(By.id("password:current")).sendKeys(SignIn.password("drafter"));
        browser.driver.findElement(By.id("password:replacement")).sendKeys("short");
        browser.driver.findElement(By.id("password:confirmation")).sendKeys("short");
        WebElement submit = browser.driver.findElement(By.id("password:submit"));
        submit.click();
        // the refusal comes with the next page: read it once that page has replaced this one
        Browser.awaitReplaced(browser.driver, submit);
        String refused = text("messages");
        assertTrue(refused.contains("at least 10 characters") && english(refused), refused);

        // a file the reader refuses, read in the background: the upload page names it, in English
        Path dir = Files.createTempDirectory("plantrace-english-it");
        Path fake = Files.write(dir.resolve("disguised.docx"), "not a Word document".getBytes(StandardCharsets.UTF_8));
        browser.open("/upload.xhtml");
        browser.driver.findElement(By.id("upload-form:file")).sendKeys(fake.toAbsolutePath().toString());
        browser.driver.findElement(By.id("upload-form:submit")).click();
        WebElement problem = new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("upload-problem")));
        assertTrue(problem.getText().startsWith("disguised.docx: Not a valid Word document") && english(problem.getText()),
                problem.getText());
    }
}
