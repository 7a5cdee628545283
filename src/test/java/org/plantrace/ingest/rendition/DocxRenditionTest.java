package org.plantrace.ingest.rendition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.Span;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.OutlineAssert;
import org.plantrace.ingest.ParseWarning;
import org.plantrace.ingest.docx.DocxReader;
import org.plantrace.ingest.text.TextReader;

/**
 * The Word reader against the expected tree: a forest is rendered to .docx with real heading
 * numbering and underlined provisions, read back, and must come out the same — kinds, headings,
 * own texts, mandatory spans and flags.
 */
class DocxRenditionTest {
    @TempDir
    Path dir;

    /** A small plan with every shape: preamble, chapter → article, section, items, sub-item, table. */
    static List<Clause> smallPlan() {
        List<Clause> forest = new ArrayList<>();
        Clause preface = clause(ClauseKind.PARAGRAPH, "前言",
                "国土空间规划是国家空间发展的指南。\n《规划》是对上位规划的落实和深化。");
        forest.add(preface);

        Clause general = clause(ClauseKind.CHAPTER, "总则", "");
        forest.add(general);
        general.addChild(clause(ClauseKind.ARTICLE, "规划范围", "规划范围包括县域和中心城区两个层次。"));
        Clause mandatoryArticle = clause(ClauseKind.ARTICLE, "强制性内容",
                "文本中的条款加下划线为规划强制性内容，原则上不允许修改。因国家重大战略调整确需修改的，按法定程序进行。");
        underline(mandatoryArticle, "文本中的条款加下划线为规划强制性内容，原则上不允许修改。");
        general.addChild(mandatoryArticle);

        Clause pattern = clause(ClauseKind.CHAPTER, "优化国土空间开发保护格局",
                "落实主体功能区战略，统筹划定落实三条控制线。");
        forest.add(pattern);
        Clause lines = clause(ClauseKind.SECTION, "严守三条控制线", "");
        pattern.addChild(lines);
        Clause farmland = clause(ClauseKind.ARTICLE, "划定耕地和永久基本农田保护红线",
                "现状耕地应保尽保、应划尽划。\n至2035年，全县耕地保有量不低于73.39万亩，永久基本农田保护任务不低于63.25万亩。主要分布于县域中部平川区。");
        underline(farmland, "至2035年，全县耕地保有量不低于73.39万亩，");
        underline(farmland, "永久基本农田保护任务不低于63.25万亩。");
        lines.addChild(farmland);
        Clause table = clause(ClauseKind.TABLE, "", "指标\t2020年\t2035年\n耕地保有量（万亩）\t75.10\t73.39\n生态保护红线（平方千米）\t—\t538.87");
        underline(table, "73.39");
        underline(table, "538.87");
        farmland.addChild(table);
        Clause zone = clause(ClauseKind.ITEM, "农田保护区", "农田保护区内严格落实耕地用途管制，面积不低于60万亩。");
        underline(zone, "面积不低于60万亩");
        farmland.addChild(zone);
        zone.addChild(clause(ClauseKind.SUB_ITEM, "细化要求", "乡镇规划应逐级落实。"));
        farmland.addChild(clause(ClauseKind.ITEM, "乡村发展区", "引导村庄集聚建设。"));
        Clause redLine = clause(ClauseKind.ARTICLE, "划定生态保护红线",
                "全县划定生态保护红线面积538.87平方千米。生态保护红线一经划定，未经批准，严禁擅自调整。");
        underline(redLine, "全县划定生态保护红线面积538.87平方千米。");
        underline(redLine, "严禁擅自调整。");
        lines.addChild(redLine);
        Clause boundary = clause(ClauseKind.ARTICLE, "划定城镇开发边界", "城镇开发边界16.46平方千米。");
        boundary.addMandatorySpan(new Span(0, boundary.textLength())); // the whole text underlined
        lines.addChild(boundary);
        return forest;
    }

    @Test
    void smallPlanComesBackAsTheSameTree() throws Exception {
        List<Clause> expected = smallPlan();
        Path docx = dir.resolve("small.docx");
        DocxRendition.write("浑源县国土空间总体规划（2021—2035年）", expected, docx);

        Outline outline = new DocxReader().read(docx);

        OutlineAssert.assertSameTree(expected, outline.clauses());
        assertEquals(mandatoryPaths(expected), mandatoryPaths(outline.clauses()));
        assertEquals("浑源县国土空间总体规划（2021—2035年）", outline.title());
    }

    @Test
    void smallPlanNumbersAreWordsRenderedNumbersWithArticlesRunningThrough() throws Exception {
        Path docx = dir.resolve("numbers.docx");
        DocxRendition.write("测试规划", smallPlan(), docx);

        List<Clause> read = new DocxReader().read(docx).clauses();

        List<String> numbered = ClauseTree.flatten(read).stream()
                .filter(c -> c.kind() != ClauseKind.TABLE && c.kind() != ClauseKind.PARAGRAPH)
                .map(Clause::displayTitle).toList();
        assertEquals(List.of("第一章 总则", "第一条 规划范围", "第二条 强制性内容", "第二章 优化国土空间开发保护格局",
                "第一节 严守三条控制线", "第三条 划定耕地和永久基本农田保护红线", "一、 农田保护区", "（一） 细化要求",
                "二、 乡村发展区", "第四条 划定生态保护红线", "第五条 划定城镇开发边界"), numbered);
    }

    @Test
    void smallPlanParseReportNotesOnlyTheSkippedTableOfContents() throws Exception {
        Path docx = dir.resolve("report.docx");
        DocxRendition.write("测试规划", smallPlan(), docx);

        List<ParseWarning> warnings = new DocxReader().read(docx).warnings();

        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).message().contains("目录"), warnings::toString);
    }

    /**
     * The key acceptance: the plain-text reader's tree of the Hunyuan plan, with the provisions on
     * farmland, the red line, the development boundary and every 不低于 target underlined, written
     * to Word and read back.
     */
    @Test
    void hunyuanSeedComesBackAsTheTextReadersTree() throws Exception {
        Outline text = new TextReader().read(Path.of("corpus/hunyuan/hunyuan-2021-2035.txt"));
        List<Clause> expected = text.clauses();
        int underlined = underlineSentences(expected, "耕地保有量", "生态保护红线", "城镇开发边界", "不低于");
        assertTrue(underlined > 10, "the seed has many such provisions, found " + underlined);
        Path docx = dir.resolve("hunyuan-2021-2035.docx");
        DocxRendition.write("浑源县国土空间总体规划（2021—2035年）", expected, docx);

        Outline outline = new DocxReader().read(docx);

        OutlineAssert.assertSameTree(expected, outline.clauses());
        Set<String> mandatory = mandatoryPaths(outline.clauses());
        assertEquals(mandatoryPaths(expected), mandatory);
        assertFalse(mandatory.isEmpty());
    }

    /**
     * Underlines, in every clause's own text, each sentence (up to 。；！？ or a line break) that
     * contains one of the words; returns how many sentences were underlined.
     */
    static int underlineSentences(List<Clause> forest, String... words) {
        int count = 0;
        for (Clause c : ClauseTree.flatten(forest)) {
            String t = c.text();
            int start = 0;
            for (int i = 0; i <= t.length(); i++) {
                boolean end = i == t.length() || "。；！？\n".indexOf(t.charAt(i)) >= 0;
                if (!end) {
                    continue;
                }
                int stop = i < t.length() && t.charAt(i) != '\n' ? i + 1 : i;
                String sentence = t.substring(start, stop);
                for (String w : words) {
                    if (sentence.contains(w) && !sentence.isBlank()) {
                        c.addMandatorySpan(new Span(start, stop));
                        count++;
                        break;
                    }
                }
                start = i + 1;
            }
        }
        return count;
    }

    static Set<String> mandatoryPaths(List<Clause> forest) {
        ClauseTree.assignPathIds(forest);
        return ClauseTree.flatten(forest).stream().filter(Clause::mandatory).map(Clause::eId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Clause clause(ClauseKind kind, String heading, String text) {
        Clause c = new Clause(kind, "", heading);
        if (!text.isEmpty()) {
            for (String paragraph : text.split("\n", -1)) {
                c.appendParagraph(paragraph);
            }
        }
        return c;
    }

    static void underline(Clause c, String phrase) {
        int at = c.text().indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException(phrase + " not in " + c.text());
        }
        c.addMandatorySpan(new Span(at, at + phrase.length()));
    }
}
