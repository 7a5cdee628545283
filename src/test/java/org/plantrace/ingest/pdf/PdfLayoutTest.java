package org.plantrace.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.ParseWarning;

/** Layouts the rendition does not produce: plain PDFs, run-in headings, odd numbering, footers. */
class PdfLayoutTest {
    private static final float L = PdfSketch.LEFT;
    private static final float INDENT = L + 24;

    @TempDir
    Path dir;

    private Outline read(PdfSketch sketch, String name) throws Exception {
        Path file = dir.resolve(name);
        sketch.save(file);
        return new PdfReader().read(file);
    }

    @Test
    void wrappedParagraphIsJoinedAcrossPagesWithoutSpacesAndRunningMatterIsDropped() throws Exception {
        // 37 characters of 12 pt fill the 444 pt measure; the first line is indented by two
        StringBuilder expected = new StringBuilder(PdfSketch.han(35, 0));
        PdfSketch sketch = new PdfSketch();
        for (int p = 1; p <= 3; p++) {
            sketch.page().line("浑源县国土空间总体规划", 230, 50, 9, false).line("第" + p + "页", 280, 800, 9, false);
            if (p == 1) {
                sketch.line("第一章　总则", 250, 100, 16, true).line("第一条　规划作用", INDENT, 140, 13, true)
                        .line(PdfSketch.han(35, 0), INDENT, 170, 12, false);
            }
            for (int i = 0; i < 3; i++) {
                String full = PdfSketch.han(37, 10 * p + i);
                sketch.line(full, L, (p == 1 ? 190 : 100) + 20 * i, 12, false);
                expected.append(full);
            }
        }
        sketch.line("至2035年完成。", L, 160, 12, false);
        expected.append("至2035年完成。");
        Outline outline = read(sketch, "plain-plan.pdf");

        assertEquals("plain-plan", outline.title(), "no title in properties or large type: the file name");
        Clause article = outline.clauses().get(0).children().get(0);
        assertEquals(expected.toString(), article.text());
        assertTrue(outline.warnings().contains(new ParseWarning("全文", "已去除各页重复的页眉或页脚“浑源县国土空间总体规划”")),
                outline.warnings()::toString);
    }

    @Test
    void chapterHeadingWrappedOntoTheNextPageIsJoined() throws Exception {
        PdfSketch sketch = new PdfSketch().page()
                .line("浑源县国土空间总体规划", 230, 50, 9, false)
                .line("第一章　总则", 250, 100, 16, true)
                .line("第一条　规划作用", INDENT, 140, 13, true)
                .line("本规划是编制详细规划的依据。", INDENT, 165, 12, false);
        sketch.paragraph(185, 4, 3);
        sketch.line("第二章　国土空间开发保护总体格局与", 150, 760, 16, true)
                .page()
                .line("浑源县国土空间总体规划", 230, 50, 9, false)
                .line("规划分区", 260, 100, 16, true)
                .line("第二条　规划分区", INDENT, 140, 13, true)
                .line("全县划分为六类规划分区。", INDENT, 165, 12, false)
                .page()
                .line("浑源县国土空间总体规划", 230, 50, 9, false)
                .line("第三条　附则", INDENT, 100, 13, true);
        Outline outline = read(sketch, "split-heading.pdf");

        assertEquals(List.of("总则", "国土空间开发保护总体格局与规划分区"),
                outline.clauses().stream().map(Clause::heading).collect(Collectors.toList()),
                () -> org.plantrace.domain.clause.ClauseTree.flatten(outline.clauses()).stream().map(c -> c + "=" + c.text()).toList() + " " + outline.warnings());
        assertEquals("第二条", outline.clauses().get(1).children().get(0).num());
    }

    @Test
    void numberingGapsRestartsAndDoubtfulLevelsAreReported() throws Exception {
        PdfSketch sketch = new PdfSketch().page()
                .line("第一章　总则", 250, 100, 16, true)
                .line("第一条　规划作用", INDENT, 140, 13, true)
                .line("本规划是编制详细规划的依据。", INDENT, 165, 12, false)
                .line("第三条　规划期限", INDENT, 195, 13, true)
                .line("本规划期限为2021年到2035年。", INDENT, 220, 12, false)
                .page()
                .line("第二章　格局", 250, 100, 16, true)
                .line("（一）　农田保护区", INDENT, 140, 12, true)
                .line("（一）　乡村发展区", INDENT, 170, 12, true);
        Outline outline = read(sketch, "gaps.pdf");

        List<ParseWarning> w = outline.warnings();
        assertTrue(w.contains(new ParseWarning("第 1 页", "编号不连续：“第一条”之后是“第三条”，中间可能缺少条款")), w::toString);
        assertTrue(w.contains(new ParseWarning("第 2 页", "编号重新开始或重复：“（一）”之后是“（一）”")), w::toString);
        assertEquals(List.of("总则", "格局"), outline.clauses().stream().map(Clause::heading).collect(Collectors.toList()));
        assertEquals(2, outline.clauses().get(1).children().size(), "the list stays under the chapter it follows");
        // the first list below a chapter holds its articles, whatever its form (as in the text reader)
        assertEquals(List.of(ClauseKind.ARTICLE, ClauseKind.ARTICLE), outline.clauses().get(1).children().stream()
                .map(Clause::kind).collect(Collectors.toList()));
    }

    @Test
    void runInHeadingIsSplitAndNumberedBodyLinesAreItems() throws Exception {
        PdfSketch sketch = new PdfSketch().page()
                .line("第一章　总则", 250, 100, 16, true)
                .line("第一条　耕地保护", INDENT, 140, 13, true);
        String intro = sketch.paragraph(165, 3, 1);
        sketch.runIn("一、严格保护耕地。", "全县耕地保有量不低于73.39万亩。", INDENT, 260, 12)
                .line("1．永久基本农田保护面积不低于60.12万亩。", INDENT, 280, 12, false);
        Outline outline = read(sketch, "run-in.pdf");

        Clause article = outline.clauses().get(0).children().get(0);
        assertEquals(intro, article.text());
        Clause item = article.children().get(0);
        assertEquals(ClauseKind.ITEM, item.kind());
        assertEquals("一、", item.num());
        assertEquals("严格保护耕地。", item.heading());
        assertEquals("全县耕地保有量不低于73.39万亩。", item.text());
        Clause sub = item.children().get(0);
        assertEquals(ClauseKind.SUB_ITEM, sub.kind(), "a body-type \"1．\" paragraph is an item of its own");
        assertEquals("1．", sub.num());
        assertEquals("", sub.heading(), "a sentence is the item's text, not its heading");
        assertEquals("永久基本农田保护面积不低于60.12万亩。", sub.text());
    }

    @Test
    void plainPdfWithOneTypeReadsLawStyleArticles() throws Exception {
        PdfSketch sketch = new PdfSketch().page()
                .line("前言", 280, 80, 12, false)
                .line("为统筹全域空间资源，制定本规划。", INDENT, 110, 12, false)
                .line("第一章　总则", 250, 140, 12, false)
                .line("第一条　为了加强国土空间规划管理，制定本规划。", INDENT, 170, 12, false);
        String more = sketch.paragraph(190, 3, 2);
        sketch.line("第二条　本规划适用于浑源县全域。", INDENT, 290, 12, false);
        Outline outline = read(sketch, "plain.pdf");

        List<Clause> roots = outline.clauses();
        assertEquals(ClauseKind.PARAGRAPH, roots.get(0).kind());
        assertEquals("前言\n为统筹全域空间资源，制定本规划。", roots.get(0).text(),
                "without type differences 前言 cannot be told from text, and is kept as text");
        Clause chapter = roots.get(1);
        assertEquals("总则", chapter.heading());
        assertEquals(List.of("", ""), chapter.children().stream().map(Clause::heading).collect(Collectors.toList()));
        assertEquals("为了加强国土空间规划管理，制定本规划。\n" + more, chapter.children().get(0).text());
        assertEquals("本规划适用于浑源县全域。", chapter.children().get(1).text());
    }

    @Test
    void scannedPageAmongTextPagesIsReported() throws Exception {
        PdfSketch sketch = new PdfSketch().page()
                .line("第一章　总则", 250, 100, 16, true)
                .line("本规划期限为2021年到2035年。", INDENT, 130, 12, false)
                .scannedPage();
        Outline outline = read(sketch, "mixed.pdf");

        assertTrue(outline.warnings().stream().anyMatch(w -> w.location().equals("第 2 页") && w.message().contains("OCR")),
                outline.warnings()::toString);
    }
}
