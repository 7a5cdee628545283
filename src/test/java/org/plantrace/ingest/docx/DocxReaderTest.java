package org.plantrace.ingest.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.MandatoryProvenance;
import org.plantrace.domain.clause.Span;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.ParseWarning;

/** The Word reader on small hand-written documents, one Word feature at a time. */
class DocxReaderTest {
    @TempDir
    Path dir;

    private Outline read(DocxFixture fixture, String name) throws Exception {
        return new DocxReader().read(fixture.writeTo(dir.resolve(name)));
    }

    private static String run(String text, String rPr) {
        return "<w:r>" + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + text
                + "</w:t></w:r>";
    }

    private static boolean warned(Outline o, String fragment) {
        return o.warnings().stream().anyMatch(w -> w.message().contains(fragment));
    }

    @Test
    void underlineCountsFromDirectFormattingCharacterStyleAndParagraphStyleButNotNone() throws Exception {
        DocxFixture doc = DocxFixture.document()
                .style("<w:style w:type=\"character\" w:styleId=\"a5\"><w:name w:val=\"强制\"/>"
                        + "<w:rPr><w:u w:val=\"double\"/></w:rPr></w:style>")
                .style("<w:style w:type=\"paragraph\" w:styleId=\"a6\"><w:name w:val=\"强制性条款\"/>"
                        + "<w:basedOn w:val=\"Normal\"/><w:rPr><w:u w:val=\"single\"/></w:rPr></w:style>")
                .p("Heading1", "总则")
                .xml("<w:p>" + run("甲", "") + run("乙乙", "<w:u w:val=\"wave\"/>") + run("丙", "")
                        + run("丁丁", "<w:rStyle w:val=\"a5\"/>") + run("戊", "<w:u/>") + run("己", "<w:u w:val=\"none\"/>")
                        + run("庚", "<w:u w:val=\"dashLong\"/>") + "</w:p>")
                .xml("<w:p><w:pPr><w:pStyle w:val=\"a6\"/></w:pPr>" + run("全段下划线", "") + run("但这里取消", "<w:u w:val=\"none\"/>")
                        + "</w:p>");

        Clause chapter = read(doc, "u.docx").clauses().get(0);

        assertEquals("甲乙乙丙丁丁戊己庚\n全段下划线但这里取消", chapter.text());
        // 丁丁 and 戊 touch, so they merge into one span
        assertEquals(List.of(new Span(1, 3), new Span(4, 7), new Span(8, 9), new Span(10, 15)), chapter.mandatorySpans());
        assertEquals(MandatoryProvenance.UNDERLINE, chapter.mandatoryProvenance());
    }

    @Test
    void underlinedHeadingMarksTheClauseMandatoryWithoutASpan() throws Exception {
        DocxFixture doc = DocxFixture.document()
                .xml("<w:p><w:pPr><w:pStyle w:val=\"Heading3\"/></w:pPr>" + run("第一条 严守生态保护红线", "<w:u w:val=\"thick\"/>")
                        + "</w:p>")
                .p(null, "正文不加下划线。");

        Clause article = read(doc, "h.docx").clauses().get(0);

        assertEquals("严守生态保护红线", article.heading());
        assertTrue(article.mandatory());
        assertTrue(article.mandatorySpans().isEmpty());
    }

    @Test
    void typedNumbersAreSplitOffHeadingsAndGapsAreReported() throws Exception {
        DocxFixture doc = DocxFixture.document()
                .p("Heading1", "第一章 总则")
                .p("Heading3", "第1条\u3000规划目的")
                .p("Heading3", "第2条 规划范围")
                .p("Heading1", "第三章 附则")
                .p("Heading3", "第5条 实施");

        Outline o = read(doc, "typed.docx");

        List<Clause> all = ClauseTree.flatten(o.clauses());
        assertEquals(List.of("第一章|总则", "第1条|规划目的", "第2条|规划范围", "第三章|附则", "第5条|实施"),
                all.stream().map(c -> c.num() + "|" + c.heading()).toList());
        assertEquals(ClauseKind.ARTICLE, all.get(1).kind());
        assertTrue(warned(o, "「第三章」"), o.warnings()::toString);
        assertTrue(warned(o, "「第5条」"), o.warnings()::toString);
        assertEquals(2, o.warnings().size(), o.warnings()::toString);
    }

    @Test
    void aJumpOfTwoLevelsIsDoubtfulButChapterToArticleIsNot() throws Exception {
        DocxFixture doc = DocxFixture.document()
                .p("Heading1", "总则")
                .p("Heading3", "规划目的")
                .p("Heading1", "空间格局")
                .p("Heading4", "农田保护区");

        Outline o = read(doc, "jump.docx");

        assertEquals(1, o.warnings().size(), o.warnings()::toString);
        ParseWarning w = o.warnings().get(0);
        assertEquals("第 4 段", w.location());
        assertTrue(w.message().contains("层级跳跃"), w::toString);
        assertEquals(ClauseKind.ITEM, o.clauses().get(1).children().get(0).kind());
    }

    @Test
    void emptyHeadingIsReportedAndLeftOut() throws Exception {
        DocxFixture doc = DocxFixture.document()
                .p("Heading1", "总则")
                .xml("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr></w:p>")
                .p(null, "正文。");

        Outline o = read(doc, "empty.docx");

        assertEquals(1, o.clauses().size());
        assertEquals("正文。", o.clauses().get(0).text());
        assertTrue(o.clauses().get(0).children().isEmpty());
        assertTrue(warned(o, "空的第 2 级标题"), o.warnings()::toString);
    }

    @Test
    void outlineLevelAndLocalisedHeadingStylesMakeHeadings() throws Exception {
        DocxFixture doc = DocxFixture.document()
                // Chinese Word: style id "1", built-in English name, no outline level in the style
                .style("<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/>"
                        + "<w:basedOn w:val=\"Normal\"/></w:style>")
                .p("1", "总则")
                .xml("<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr>" + run("规划定位", "") + "</w:p>")
                .p(null, "正文。");

        List<Clause> forest = read(doc, "levels.docx").clauses();

        assertEquals(ClauseKind.CHAPTER, forest.get(0).kind());
        Clause section = forest.get(0).children().get(0);
        assertEquals(ClauseKind.SECTION, section.kind());
        assertEquals("规划定位", section.heading());
        assertEquals("正文。", section.text());
    }

    private static final String ITEM_LIST = "<w:abstractNum w:abstractNumId=\"7\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%1）\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"8\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
            + "<w:lvlText w:val=\"●\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/></w:num>"
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"8\"/></w:num>";

    private static String listP(int numId, int ilvl, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
                + run(text, "") + "</w:p>";
    }

    @Test
    void numberedListParagraphsUnderAnArticleBecomeItemsShapedByTheirText() throws Exception {
        DocxFixture doc = DocxFixture.document().numbering(ITEM_LIST)
                .p("Heading3", "划定三条控制线")
                .p(null, "按优先序划定。")
                .xml(listP(3, 0, "耕地保护"))
                .p(null, "耕地保有量不低于73.39万亩。")
                .xml(listP(3, 1, "落实到地块，责任落实到乡镇，形成可靠的保护红线。"))
                .xml(listP(3, 0, "生态保护。严格保护生态空间。"))
                .xml(listP(4, 0, "要点一"))
                .xml(listP(3, 0, "落实最严格的节约用地制度，提高土地利用效率，确保城镇建设用地总量不突破。"));

        List<Clause> forest = read(doc, "items.docx").clauses();

        Clause article = forest.get(0);
        assertEquals("按优先序划定。", article.text());
        List<Clause> items = article.children();
        assertEquals(3, items.size());
        Clause farmland = items.get(0);
        assertEquals(List.of(ClauseKind.ITEM, "（一）", "耕地保护", "耕地保有量不低于73.39万亩。"),
                List.of(farmland.kind(), farmland.num(), farmland.heading(), farmland.text()));
        Clause sub = farmland.children().get(0);
        assertEquals(List.of(ClauseKind.SUB_ITEM, "1.", "", "落实到地块，责任落实到乡镇，形成可靠的保护红线。"),
                List.of(sub.kind(), sub.num(), sub.heading(), sub.text()));
        Clause eco = items.get(1);
        assertEquals(List.of("（二）", "生态保护", "严格保护生态空间。\n要点一"),
                List.of(eco.num(), eco.heading(), eco.text()), "a bullet is body text, its glyph is not");
        Clause sentence = items.get(2);
        assertEquals(List.of("（三）", "", "落实最严格的节约用地制度，提高土地利用效率，确保城镇建设用地总量不突破。"),
                List.of(sentence.num(), sentence.heading(), sentence.text()));
    }

    @Test
    void listNumbersFollowWordStartOverridesSharedListsAndTenAsShi() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            body.append(listP(5, 0, "第" + i + "项"));
        }
        body.append(listP(6, 0, "接续的列表"));  // another w:num of the same list continues it
        body.append(listP(9, 0, "重新编号"));    // a w:num with startOverride restarts
        DocxFixture doc = DocxFixture.document()
                .numbering("<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                        + "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl></w:abstractNum>"
                        + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"1\"/></w:num>"
                        + "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"1\"/></w:num>"
                        + "<w:num w:numId=\"9\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
                        + "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>")
                .p("Heading3", "条")
                .xml(body.toString());

        Outline o = read(doc, "nums.docx");

        List<String> nums = o.clauses().get(0).children().stream().map(Clause::num).toList();
        assertEquals(List.of("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、", "十二、", "一、"), nums);
        assertTrue(warned(o, "重新从「一、」开始"), o.warnings()::toString);
    }

    @Test
    void bodyBeforeTheFirstHeadingIsAnUntitledParagraphClauseAndTheTitleComesFromCoreProperties() throws Exception {
        DocxFixture doc = DocxFixture.document().coreTitle("某县国土空间总体规划")
                .p(null, "本文件为征求意见稿。")
                .p("Heading1", "总则");

        Outline o = read(doc, "core.docx");

        assertEquals("某县国土空间总体规划", o.title());
        Clause preamble = o.clauses().get(0);
        assertEquals(List.of(ClauseKind.PARAGRAPH, "", "本文件为征求意见稿。"),
                List.of(preamble.kind(), preamble.heading(), preamble.text()));
    }

    @Test
    void aPlanNameParagraphIsTheTitleAndPrefaceHeadsThePreamble() throws Exception {
        DocxFixture doc = DocxFixture.document()
                .p(null, "《浑源县国土空间总体规划（2021—2035年）》")
                .p("Heading1", "前  言")
                .p(null, "《规划》是对上位规划的落实。")
                .p("Heading1", "总则");

        Outline o = read(doc, "title.docx");

        assertEquals("《浑源县国土空间总体规划（2021—2035年）》", o.title());
        Clause preamble = o.clauses().get(0);
        assertEquals(List.of(ClauseKind.PARAGRAPH, "前  言", "《规划》是对上位规划的落实。"),
                List.of(preamble.kind(), preamble.heading(), preamble.text()));
        assertEquals(ClauseKind.CHAPTER, o.clauses().get(1).kind());
    }

    @Test
    void withoutTitleParagraphOrPropertiesTheFileNameIsTheTitle() throws Exception {
        Outline o = read(DocxFixture.document().p("Heading1", "总则"), "某镇规划文本.docx");

        assertEquals("某镇规划文本", o.title());
    }

    @Test
    void textIsWhatWordShowsTrackedChangesAcceptedFieldCodesHidden() throws Exception {
        DocxFixture doc = DocxFixture.document()
                .p("Heading1", "总则")
                .xml("<w:p>" + run("保留", "") + "<w:ins w:id=\"1\" w:author=\"a\">" + run("插入", "") + "</w:ins>"
                        + "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>删除</w:delText></w:r></w:del>"
                        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("3", "") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                        + "<w:hyperlink w:anchor=\"x\">" + run("链接", "<w:u w:val=\"single\"/>") + "</w:hyperlink>"
                        + "<w:r><w:tab/><w:t>甲</w:t><w:br/><w:t>乙</w:t><w:br w:type=\"page\"/></w:r></w:p>");

        Clause chapter = read(doc, "fields.docx").clauses().get(0);

        assertEquals("保留插入3链接\t甲\n乙", chapter.text());
        assertEquals(List.of(new Span(5, 7)), chapter.mandatorySpans());
    }

    @Test
    void tablesBecomeTableClausesRowsByLineCellsByTabNothingDropped() throws Exception {
        String cell = "<w:tc><w:p>%s</w:p></w:tc>";
        DocxFixture doc = DocxFixture.document()
                .xml("<w:tbl><w:tr>" + cell.formatted(run("表前", "")) + "</w:tr></w:tbl>")
                .p("Heading1", "总则")
                .p(null, "下表为指标。")
                .xml("<w:tbl><w:tr>" + cell.formatted(run("指标", "")) + cell.formatted(run("2035年", "")) + "</w:tr>"
                        + "<w:tr>" + cell.formatted(run("耕地保有量", "")) + "<w:tc><w:p>" + run("73.39", "<w:u w:val=\"double\"/>")
                        + "</w:p><w:p>" + run("万亩", "") + "</w:p></w:tc></w:tr>"
                        + "<w:tr><w:tc><w:tbl><w:tr>" + cell.formatted(run("嵌套", "")) + cell.formatted(run("表格", ""))
                        + "</w:tr></w:tbl></w:tc>" + cell.formatted("") + "</w:tr></w:tbl>")
                .p(null, "表后正文。");

        List<Clause> forest = read(doc, "tables.docx").clauses();

        assertEquals(ClauseKind.TABLE, forest.get(0).kind());
        assertEquals("表前", forest.get(0).text());
        Clause chapter = forest.get(1);
        assertEquals("下表为指标。\n表后正文。", chapter.text());
        Clause table = chapter.children().get(0);
        assertEquals(ClauseKind.TABLE, table.kind());
        assertEquals("指标\t2035年\n耕地保有量\t73.39 万亩\n嵌套 表格\t", table.text());
        assertEquals(List.of(new Span(15, 20)), table.mandatorySpans());
        assertFalse(chapter.mandatory());
    }
}
