package org.plantrace.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.MandatoryProvenance;
import org.plantrace.domain.clause.Span;

class MandatoryTextTest {

    @Test
    void splitsParagraphsAndMarksTheSpanInsideTheRightOne() {
        String text = "第一段。\n前文严禁占用。后文";
        int start = text.indexOf("严禁");
        List<Paragraph> ps = MandatoryText.paragraphs(text, List.of(new Span(start, start + 4)));

        assertEquals(2, ps.size());
        assertEquals(List.of(new TextRun("第一段。", false)), ps.get(0).runs());
        assertEquals(List.of(new TextRun("前文", false), new TextRun("严禁占用", true), new TextRun("。后文", false)),
                ps.get(1).runs());
        assertFalse(ps.get(0).hasMandatory());
        assertTrue(ps.get(1).hasMandatory());
    }

    @Test
    void aSpanAcrossTheParagraphBreakMarksBothParagraphs() {
        String text = "甲乙\n丙丁";
        List<Paragraph> ps = MandatoryText.paragraphs(text, List.of(new Span(1, 4)));

        assertEquals(List.of(new TextRun("甲", false), new TextRun("乙", true)), ps.get(0).runs());
        assertEquals(List.of(new TextRun("丙", true), new TextRun("丁", false)), ps.get(1).runs());
    }

    @Test
    void aSpanPastTheEndIsClampedNotAnError() {
        List<Paragraph> ps = MandatoryText.paragraphs("短文", List.of(new Span(1, 99)));

        assertEquals(List.of(new TextRun("短", false), new TextRun("文", true)), ps.get(0).runs());
    }

    @Test
    void emptyParagraphsAreDropped() {
        assertEquals(1, MandatoryText.paragraphs("\n\n正文\n", List.of()).size());
        assertTrue(MandatoryText.paragraphs("", List.of()).isEmpty());
    }

    @Test
    void aClauseMarkedByHandWithoutSpansIsMandatoryThroughout() {
        Clause c = new Clause(ClauseKind.ARTICLE, "", "标题");
        c.appendParagraph("全部为强制性内容。");
        c.markMandatory(MandatoryProvenance.MANUAL);

        assertEquals(List.of(new TextRun("全部为强制性内容。", true)), MandatoryText.paragraphs(c).get(0).runs());
    }

    @Test
    void aSuggestionMarksNothing() {
        Clause c = new Clause(ClauseKind.ARTICLE, "", "标题");
        c.appendParagraph("建议为强制性内容。");
        c.markMandatory(MandatoryProvenance.SUGGESTED);

        assertFalse(MandatoryText.paragraphs(c).get(0).hasMandatory());
    }

    @Test
    void marksCutRunsAndCarryTheirIndicatorOrEntity() {
        String text = "前文严禁占用73.39万亩。";
        int v = text.indexOf("73.39");
        List<Paragraph> ps = MandatoryText.paragraphs(text, List.of(new Span(2, 6)),
                List.of(TextMark.entity(0, 2, "e1"), TextMark.indicator(v, v + 7, 1)));

        assertEquals(List.of(new TextRun("前文", false, 0, "e1"), new TextRun("严禁占用", true),
                new TextRun("73.39万亩", false, 1, null), new TextRun("。", false)), ps.get(0).runs());
        assertTrue(ps.get(0).runs().get(3).plain());
        assertFalse(ps.get(0).runs().get(0).plain());
    }

    @Test
    void aMergedHeaderCellIsShownOnceOverItsColumnsButEqualBodyCellsStayApart() {
        Clause table = new Clause(ClauseKind.TABLE, "", "");
        table.appendParagraph("指标\t规划目标\t规划目标\t属性\n\t2025年\t2035年\t\n耕地\t约束性\t约束性\t—");

        List<Paragraph> rows = MandatoryText.paragraphs(table);

        assertEquals(List.of(1, 2, 0, 1), rows.get(0).cells().stream().map(TableCell::colspan).toList());
        assertEquals(List.of(true, true, false, true), rows.get(0).cells().stream().map(TableCell::shown).toList());
        assertEquals(List.of(1, 1, 1, 1), rows.get(1).cells().stream().map(TableCell::colspan).toList(),
                "empty neighbours are not merged");
        assertEquals(List.of(1, 1, 1, 1), rows.get(2).cells().stream().map(TableCell::colspan).toList(),
                "two equal body cells stay two cells");
    }

    @Test
    void aTableClauseIsCutIntoRowsOfCellsWithItsMarksInTheCells() {
        Clause table = new Clause(ClauseKind.TABLE, "", "");
        table.appendParagraph("指标名称\t单位\t目标年（2035年）\n耕地保有量\t万亩\t73.39\n\t\t");
        int value = table.text().indexOf("73.39");
        table.addMandatorySpan(new Span(value, value + 5));

        List<Paragraph> rows = MandatoryText.paragraphs(table);

        assertEquals(3, rows.size(), "an empty last row is kept: rows stay where the table has them");
        assertTrue(rows.stream().allMatch(Paragraph::tableRow));
        assertEquals(List.of(List.of(new TextRun("指标名称", false)), List.of(new TextRun("单位", false)),
                List.of(new TextRun("目标年（2035年）", false))), rows.get(0).cells().stream().map(TableCell::runs).toList());
        assertEquals(List.of(new TextRun("73.39", true)), rows.get(1).cells().get(2).runs());
        assertEquals(3, rows.get(2).cells().size());
        assertTrue(rows.get(2).cells().stream().allMatch(c -> c.runs().isEmpty()));
        assertFalse(MandatoryText.paragraphs("甲\t乙", List.of()).get(0).tableRow(), "only a table clause has cells");
    }
}
