package org.plantrace.ingest.institute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.docx.DocxReader;
import org.plantrace.ingest.pdf.PdfReader;

/**
 * Issue 13, item 1: a Word plan whose only styled headings are its chapters, with sections,
 * articles and items as plain numbered paragraphs, reads to the full tree — from the Word file,
 * from the test's own PDF and from LibreOffice's PDF of the Word file — and an underlined item is
 * mandatory while its unmarked sibling is not.
 */
class BodyNumberingTest {
    @TempDir
    Path dir;

    private InstitutePlan plan() {
        return CountyPlan.body(new InstitutePlan(CountyPlan.TITLE));
    }

    @Test
    void wordPlanWithOnlyChapterStylesReadsToTheFullTree() throws Exception {
        Outline outline = new DocxReader().read(InstituteDocx.write(plan(), dir.resolve("plan.docx")));

        assertEquals(CountyPlan.EXPECTED, CountyPlan.listing(outline.clauses()));
        assertOwnTexts(outline.clauses());
    }

    @Test
    void pdfPrintedFromThePlanReadsToTheSameTree() throws Exception {
        Outline outline = new PdfReader().read(InstitutePdf.write(plan(), dir.resolve("plan.pdf")));

        assertEquals(CountyPlan.EXPECTED, CountyPlan.listing(outline.clauses()));
        assertOwnTexts(outline.clauses());
    }

    @Test
    void libreOfficeExportOfTheWordPlanReadsToTheSameTree() throws Exception {
        Path docx = InstituteDocx.write(plan(), dir.resolve("plan.docx"));
        Outline outline = new PdfReader().read(LibreOfficePdf.convert(docx, dir.resolve("lo")));

        assertEquals(CountyPlan.EXPECTED, CountyPlan.listing(outline.clauses()));
        assertOwnTexts(outline.clauses());
    }

    /** Each item keeps its own text: nothing of a sibling's or a child's. */
    private static void assertOwnTexts(List<Clause> forest) {
        List<Clause> all = ClauseTree.flatten(forest);
        assertEquals("县域范围为全县行政辖区，总面积1965.67平方千米。", find(all, "县域").text());
        assertEquals("全县耕地保有量不低于73.39万亩。到2035年，耕地质量等级稳中有升。", find(all, "严格耕地保有量").text());
        assertEquals("补充耕地应坚持数量、质量、生态并重，严格落实占一补一、占优补优。", find(all, "耕地占补平衡").text());
        assertEquals(List.of("规划范围分为县域和中心城区两个层次，县域层次统筹全域全要素的保护与开发，中心城区层次细化城镇空间布局、"
                + "用地结构和设施配置，两个层次的规划内容相互衔接、共同构成本规划的成果。"), List.of(find(all, "规划范围").text()));
        assertEquals("本规划期限为2021年至2035年，基期年为2020年，近期至2025年，远景展望至2050年。", all.stream().filter(c -> c.num().equals("第3条")).findFirst().orElseThrow().text(),
                "a sentence wrapped across lines is one paragraph");
    }

    private static Clause find(List<Clause> all, String heading) {
        return all.stream().filter(c -> c.heading().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no clause " + heading));
    }
}
