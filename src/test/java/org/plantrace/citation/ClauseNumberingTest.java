package org.plantrace.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.ingest.numbering.Numbering;
import org.plantrace.ingest.text.TextReader;

/** Display numbers, against the real Hunyuan seed (every level exported as "1.") and small plans. */
class ClauseNumberingTest {
    static final Path SEED = Path.of("corpus/hunyuan/hunyuan-2021-2035.txt");
    static List<Clause> hunyuan;
    static ClauseNumbering numbering;

    @BeforeAll
    static void readSeed() throws Exception {
        hunyuan = new TextReader().read(SEED).clauses();
        numbering = ClauseNumbering.of(hunyuan);
    }

    @Test
    void theSeedsNumberingIsRecognisedAsFlattened() {
        assertEquals("1.", numbering.flattened().orElseThrow());
        assertTrue(numbering.anyDerived());
    }

    @Test
    void chaptersAreCountedAmongChapters() {
        List<String> chapters = hunyuan.stream().filter(c -> c.kind() == ClauseKind.CHAPTER)
                .map(c -> shown(c) + " " + c.heading()).toList();

        assertEquals(9, chapters.size());
        assertEquals("第一章 总则", chapters.get(0), "the preface before it is not a chapter");
        assertEquals("第三章 优化国土空间开发保护格局", chapters.get(2));
        assertEquals("第九章 统筹规划实施与管理", chapters.get(8));
        Clause first = hunyuan.stream().filter(c -> c.kind() == ClauseKind.CHAPTER).findFirst().orElseThrow();
        DisplayNumber n = numbering.of(first);
        assertTrue(n.derived());
        assertEquals(ClauseNumbering.LOST_NOTE, n.note());
        assertEquals("1.", first.num(), "the source's number is left as it was");
    }

    @Test
    void aSectionTheSourceNumbersKeepsTheSourcesNumber() {
        Clause section = find(hunyuan, "优化国土空间开发保护格局", "严守三条控制线");

        DisplayNumber n = numbering.of(section);
        assertEquals("第1节", n.text());
        assertFalse(n.derived());
        assertEquals("", n.note());
        assertEquals("第4节", shown(find(hunyuan, "优化国土空间开发保护格局", "推进区域协调")));
    }

    @Test
    void sectionsThatLostTheirNumberAreCountedWithinTheirChapter() {
        Clause chapter9 = find(hunyuan, "统筹规划实施与管理");
        List<Clause> sections = chapter9.children().stream().filter(c -> c.kind() == ClauseKind.SECTION).toList();

        // the source numbers its sections 第1节, so derived ones follow that style (issue #14.1)
        assertEquals("第1节", shown(sections.get(0)));
        assertEquals("第2节", shown(sections.get(1)));
        assertTrue(numbering.of(sections.get(0)).derived());
    }

    @Test
    void theUntitledSectionIsNumberedByItsPlaceAmongTheSourcesSections() {
        Clause chapter6 = find(hunyuan, "构建品质宜居的城镇空间");
        Clause untitled = chapter6.children().stream()
                .filter(c -> c.kind() == ClauseKind.SECTION && c.heading().isEmpty()).findFirst().orElseThrow();

        assertEquals("", untitled.num());
        assertEquals("第5节", shown(untitled), "after the source's 第1节…第4节, in their style");
        assertEquals(ClauseNumbering.ABSENT_NOTE, numbering.of(untitled).note());
    }

    @Test
    void theSeedsArticlesAreCountedThroughTheWholePlan() {
        // how many articles precede 划定生态保护红线 depends on how the reader settles 目标与战略,
        // so count them here; the exact 第十三条 of the expected outline is pinned on a fixture below
        Clause redLine = find(hunyuan, "优化国土空间开发保护格局", "严守三条控制线", "划定生态保护红线");
        List<Clause> articles = ClauseTree.flatten(hunyuan).stream().filter(c -> c.kind() == ClauseKind.ARTICLE).toList();
        int n = articles.indexOf(redLine) + 1;

        assertTrue(n > 11, "the seven of 总则 and those of 目标与战略 come first: " + n);
        assertEquals("第" + Numbering.chinese(n) + "条", shown(redLine));
        assertEquals("第一条", shown(find(hunyuan, "总则", "规划作用")));
        assertEquals("第七条", shown(find(hunyuan, "总则", "强制性内容")));
        DisplayNumber number = numbering.of(redLine);
        assertTrue(number.derived());
        assertEquals(ClauseNumbering.LOST_NOTE, number.note());
    }

    @Test
    void articlesAreCountedAcrossSectionsAndChapters() {
        // the expected Hunyuan outline up to 划定生态保护红线, as the export flattened it
        Clause general = heading(ClauseKind.CHAPTER, "总则",
                List.of("规划作用", "规划依据", "指导思想", "基本原则", "规划范围", "规划期限", "强制性内容"));
        Clause goals = heading(ClauseKind.CHAPTER, "目标与战略");
        goals.addChild(heading(ClauseKind.SECTION, "发展目标与城市性质",
                List.of("目标愿景", "城市性质", "城市核心功能定位", "开发保护目标与空间战略")));
        Clause pattern = heading(ClauseKind.CHAPTER, "优化国土空间开发保护格局");
        Clause lines = new Clause(ClauseKind.SECTION, "第1节", "严守三条控制线");
        List.of("划定耕地和永久基本农田保护红线", "划定生态保护红线", "划定城镇开发边界")
                .forEach(h -> lines.addChild(new Clause(ClauseKind.ARTICLE, "1.", h)));
        pattern.addChild(lines);
        ClauseNumbering n = ClauseNumbering.of(List.of(general, goals, pattern));

        assertEquals("第十二条", n.of(lines.children().get(0)).text());
        assertEquals("第十三条", n.of(lines.children().get(1)).text());
        assertEquals("第1节", n.of(lines).text());
        assertEquals("第1节", n.of(goals.children().get(0)).text(), "one style per level: the source's 第1节");
        assertEquals("第三章", n.of(pattern).text());
    }

    @Test
    void itemsAreCountedWithinTheirArticle() {
        Clause principles = find(hunyuan, "总则", "基本原则");

        assertEquals(List.of("一、", "二、", "三、", "四、", "五、"),
                principles.children().stream().map(ClauseNumberingTest::shown).toList());
        principles.children().forEach(c -> assertTrue(numbering.of(c).derived()));
    }

    @Test
    void subItemsAreCountedWithinTheirItem() {
        Clause article = heading(ClauseKind.ARTICLE, "开发保护目标与空间战略");
        Clause first = heading(ClauseKind.ITEM, "国土空间开发保护目标");
        Clause strategy = heading(ClauseKind.ITEM, "国土空间开发保护战略");
        List.of("生态稳固", "文旅兴城", "绿色低碳", "中心集聚")
                .forEach(h -> strategy.addChild(new Clause(ClauseKind.SUB_ITEM, "1.", h)));
        article.addChild(first);
        article.addChild(strategy);
        ClauseNumbering n = ClauseNumbering.of(List.of(article));

        assertEquals("二、", n.of(strategy).text());
        assertEquals(List.of("（一）", "（二）", "（三）", "（四）"),
                strategy.children().stream().map(c -> n.of(c).text()).toList());
    }

    @Test
    void realNumbersInsideAFlattenedPlanAreShownAsWritten() {
        Clause roles = ClauseTree.flatten(hunyuan).stream().filter(c -> c.heading().equals("城市核心功能定位"))
                .findFirst().orElseThrow();

        assertEquals(List.of("1．", "2．", "3．"), roles.children().stream().map(ClauseNumberingTest::shown).toList());
        roles.children().forEach(c -> assertFalse(numbering.of(c).derived()));
    }

    @Test
    void paragraphsGetNoNumber() {
        Clause preface = hunyuan.get(0);
        assertEquals(ClauseKind.PARAGRAPH, preface.kind());
        assertEquals(DisplayNumber.NONE, numbering.of(preface));
    }

    @Test
    void aPlanWithRealNumbersShowsThemAsWritten() {
        Clause chapter = clause(ClauseKind.CHAPTER, "第一章", "总则");
        Clause article = clause(ClauseKind.ARTICLE, "第1条", "规划作用");
        Clause article2 = clause(ClauseKind.ARTICLE, "第2条", "基本原则");
        List.of("1.", "2.", "3.").forEach(n -> article2.addChild(clause(ClauseKind.ITEM, n, "原则" + n)));
        chapter.addChild(article);
        chapter.addChild(article2);
        Clause chapter2 = clause(ClauseKind.CHAPTER, "第二章", "目标");
        chapter2.addChild(clause(ClauseKind.ARTICLE, "第3条", "目标愿景"));
        ClauseNumbering n = ClauseNumbering.of(List.of(chapter, chapter2));

        assertTrue(n.flattened().isEmpty(), "1. 2. 3. count up: a real list, though 1. is the most common number");
        assertFalse(n.anyDerived());
        assertEquals("1.", n.of(article2.children().get(0)).text());
        assertEquals("第2条", n.of(article2).text());
    }

    @Test
    void aMissingNumberIsDerivedAndSaysTheSourceHasNone() {
        Clause chapter = clause(ClauseKind.CHAPTER, "第一章", "总则");
        Clause article = clause(ClauseKind.ARTICLE, "", "规划作用");
        Clause item = clause(ClauseKind.ITEM, "", "");
        article.addChild(item);
        chapter.addChild(article);
        ClauseNumbering n = ClauseNumbering.of(List.of(chapter));

        assertEquals(DisplayNumber.derived("第一条", ClauseNumbering.ABSENT_NOTE), n.of(article));
        assertEquals("一、", n.of(item).text());
        assertEquals("第一章", n.of(chapter).text());
        assertFalse(n.of(chapter).derived());
    }

    @Test
    void conventionalNumbersUseChineseNumerals() {
        assertEquals("第十二条", ClauseNumbering.conventional(ClauseKind.ARTICLE, 12));
        assertEquals("第一百零三条", ClauseNumbering.conventional(ClauseKind.ARTICLE, 103));
        assertEquals("第九章", ClauseNumbering.conventional(ClauseKind.CHAPTER, 9));
        assertEquals("十一、", ClauseNumbering.conventional(ClauseKind.ITEM, 11));
        assertEquals("（二十）", ClauseNumbering.conventional(ClauseKind.SUB_ITEM, 20));
        assertEquals("", ClauseNumbering.conventional(ClauseKind.TABLE, 2));
    }

    private static String shown(Clause c) {
        return numbering.of(c).text();
    }

    /** The clause reached by following headings from the top. */
    private static Clause find(List<Clause> level, String... headings) {
        Clause c = null;
        for (String h : headings) {
            List<Clause> in = c == null ? level : c.children();
            c = in.stream().filter(x -> x.heading().equals(h)).findFirst()
                    .orElseThrow(() -> new AssertionError("no clause " + h));
        }
        return c;
    }

    private static Clause clause(ClauseKind kind, String num, String heading) {
        return new Clause(kind, num, heading);
    }

    /** A heading as the flattened export wrote it, "1.", with "1." articles under it. */
    private static Clause heading(ClauseKind kind, String heading, List<String> articles) {
        Clause c = new Clause(kind, "1.", heading);
        articles.forEach(a -> c.addChild(new Clause(ClauseKind.ARTICLE, "1.", a)));
        return c;
    }

    private static Clause heading(ClauseKind kind, String heading) {
        return heading(kind, heading, List.of());
    }

    /** Issue #14.1: derived numbers of a level follow the source's style for that level. */
    @Test
    void eachLevelHasOneStyle() {
        java.util.Set<String> sectionStyles = new java.util.HashSet<>();
        org.plantrace.domain.clause.ClauseTree.walk(hunyuan, (c, p) -> {
            if (c.kind() == ClauseKind.SECTION) {
                sectionStyles.add(shown(c).matches("第[0-9]+节") ? "arabic" : "chinese");
            }
        });
        assertEquals(java.util.Set.of("arabic"), sectionStyles);
        assertEquals("第3节", ClauseNumbering.arabicStyle(ClauseKind.SECTION, 3));
        assertEquals("二、", ClauseNumbering.arabicStyle(ClauseKind.ITEM, 2));
    }
}
