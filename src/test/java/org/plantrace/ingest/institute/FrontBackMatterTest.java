package org.plantrace.ingest.institute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.docx.DocxReader;
import org.plantrace.ingest.pdf.PdfReader;

/**
 * Issue 13, item 2: the cover gives the plan's title and nothing else, the contents page is not
 * read as clauses, 前言 heads the preamble and 附表 / 附录 are appendices after the chapters — in
 * the Word file and in both PDFs of it.
 */
class FrontBackMatterTest {
    @TempDir
    Path dir;

    @Test
    void wordPlanWithCoverContentsAndAppendices() throws Exception {
        Outline outline = new DocxReader().read(InstituteDocx.write(CountyPlan.document(), dir.resolve("plan.docx")));

        assertDocument(outline);
        Clause table = appendix(outline, "规划指标表").children().get(0);
        assertEquals(ClauseKind.TABLE, table.kind(), "the indicator table stays in its appendix");
    }

    @Test
    void pdfOfThePlanWithCoverContentsAndAppendices() throws Exception {
        assertDocument(new PdfReader().read(InstitutePdf.write(CountyPlan.document(), dir.resolve("plan.pdf"))));
    }

    @Test
    void libreOfficePdfOfThePlanWithCoverContentsAndAppendices() throws Exception {
        Path docx = InstituteDocx.write(CountyPlan.document(), dir.resolve("plan.docx"));
        assertDocument(new PdfReader().read(LibreOfficePdf.convert(docx, dir.resolve("lo"))));
    }

    /** A title set in the chapters' own Heading 1 style is the title, never a chapter. */
    @Test
    void titleInAHeadingStyleIsTheTitleInWordAndInBothPdfs() throws Exception {
        InstitutePlan plan = CountyPlan.body(new InstitutePlan(CountyPlan.TITLE)
                .add(InstitutePlan.Look.HEADING_1, CountyPlan.TITLE));
        Path docx = InstituteDocx.write(plan, dir.resolve("titled.docx"));
        for (Outline outline : List.of(new DocxReader().read(docx),
                new PdfReader().read(InstitutePdf.write(plan, dir.resolve("titled.pdf"))),
                new PdfReader().read(LibreOfficePdf.convert(docx, dir.resolve("lo-titled"))))) {
            assertEquals(CountyPlan.TITLE, outline.title());
            assertEquals(CountyPlan.EXPECTED, CountyPlan.listing(outline.clauses()));
        }
    }

    private static void assertDocument(Outline outline) {
        assertEquals(CountyPlan.TITLE, outline.title());
        assertEquals(CountyPlan.expectedDocument(), CountyPlan.listing(outline.clauses()));
        String all = String.join("\n", ClauseTree.flatten(outline.clauses()).stream()
                .map(c -> c.heading() + "\n" + c.text()).toList());
        for (String cover : List.of("规划文本", "征求意见稿", "示例规划设计研究院", "二〇二三年六月", "目录", "目　录")) {
            assertTrue(!all.contains(cover), () -> "cover and contents are not clause text: " + cover);
        }
        assertTrue(outline.warnings().stream().anyMatch(w -> w.message().contains("征求意见稿")),
                () -> "the report names what the cover said: " + outline.warnings());
        assertTrue(outline.warnings().stream().anyMatch(w -> w.message().startsWith("已跳过")
                && w.message().contains("目录")), () -> "the report says the contents were skipped: " + outline.warnings());
        assertEquals("生态保护红线：指在生态空间范围内具有特殊重要生态功能、必须强制性严格保护的区域。",
                appendix(outline, "名词解释").text());
    }

    private static Clause appendix(Outline outline, String title) {
        return outline.clauses().stream().filter(c -> c.kind() == ClauseKind.APPENDIX && c.heading().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no appendix " + title));
    }
}
