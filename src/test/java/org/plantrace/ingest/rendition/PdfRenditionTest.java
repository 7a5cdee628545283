package org.plantrace.ingest.rendition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.Span;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.OutlineAssert;
import org.plantrace.ingest.pdf.PdfReader;
import org.plantrace.ingest.text.TextReader;

/** Renders known clause trees as PDFs and reads them back: the PDF reader must recover the tree. */
class PdfRenditionTest {
    private static final Path SEED = Path.of("corpus/hunyuan/hunyuan-2021-2035.txt");
    private static final String TITLE = "浑源县国土空间总体规划（2021—2035年）";

    @TempDir
    Path dir;

    @Test
    void smallPlanWithEveryLevelRoundTrips() throws Exception {
        List<Clause> expected = PdfSmallPlan.forest();
        Path pdf = dir.resolve("small.pdf");
        PdfRendition.write(TITLE, expected, pdf);

        Outline outline = new PdfReader().read(pdf);

        assertEquals(TITLE, outline.title());
        OutlineAssert.assertSameTree(expected, outline.clauses());
        assertEquals(List.of("第一章", "第一条", "第二条", "第二章", "第一节", "第三条", "一、", "（一）", "1．", "二、", "第二节", "第四条"),
                ClauseTree.flatten(outline.clauses()).stream().map(Clause::num).filter(n -> !n.isEmpty())
                        .collect(Collectors.toList()));
        assertTrue(outline.warnings().stream().anyMatch(w -> w.message().contains("“第二节”没有标题")),
                () -> "the untitled section is reported: " + outline.warnings());
    }

    /**
     * The key acceptance: the seed plan, as the plain-text reader outlines it, with the sentences
     * on the three control lines underlined, rendered and read back into the same tree.
     */
    @Test
    void seedPlanRoundTripsWithUnderlinedControlLines() throws Exception {
        List<Clause> expected = new TextReader().read(SEED).clauses();
        List<String> mandatory = PdfMandatorySentences.mark(expected, "耕地保有量", "生态保护红线", "城镇开发边界");
        assertTrue(mandatory.size() >= 3, "the seed mentions the control lines: " + mandatory);
        Path pdf = dir.resolve("hunyuan.pdf");
        PdfRendition.write(TITLE, expected, pdf);

        Outline outline = new PdfReader().read(pdf);

        OutlineAssert.assertSameTree(expected, outline.clauses());
        assertEquals(mandatory, ClauseTree.flatten(outline.clauses()).stream().filter(Clause::mandatory)
                .map(PdfMandatorySentences::describe).collect(Collectors.toList()));
        assertEquals(TITLE, outline.title());
    }

    /** The long article must really cross pages, or the page-break join is not tested. */
    @Test
    void smallPlanBreaksPagesInsideAParagraph() throws Exception {
        List<Clause> expected = PdfSmallPlan.forest();
        Path pdf = dir.resolve("small.pdf");
        PdfRendition.write(TITLE, expected, pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 3, "pages: " + doc.getNumberOfPages());
        }
        Clause longArticle = ClauseTree.flatten(new PdfReader().read(pdf).clauses()).stream()
                .filter(c -> c.kind() == ClauseKind.ARTICLE && c.heading().equals("耕地保护")).findFirst().orElseThrow();
        assertEquals(List.of(new Span(PdfSmallPlan.LONG_SPAN_START, PdfSmallPlan.LONG_SPAN_END)), longArticle.mandatorySpans());
    }
}
