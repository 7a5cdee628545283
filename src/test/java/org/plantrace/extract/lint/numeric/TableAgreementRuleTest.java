package org.plantrace.extract.lint.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.extract.lint.Finding;

/** NUM006: the text's statement of an indicator against the 规划指标表's value for that indicator and year. */
class TableAgreementRuleTest {
    private static final String TABLE = String.join("\n",
            "序号\t指标名称\t单位\t基期年（2020年）\t近期（2025年）\t目标年（2035年）\t属性",
            "1\t耕地保有量\t万亩\t73.52\t73.45\t73.39\t约束性",
            "2\t生态保护红线面积\t平方千米\t—\t536.10\t536.10\t约束性");

    /** A chapter of articles with these texts, then 附表1 with the indicator table. */
    private static List<Clause> plan(String... texts) {
        Clause chapter = new Clause(ClauseKind.CHAPTER, "第一章", "总则");
        for (int i = 0; i < texts.length; i++) {
            Clause a = new Clause(ClauseKind.ARTICLE, "第" + (i + 1) + "条", "");
            a.setText(texts[i]);
            a.setLocation("第 " + (i + 1) + " 段");
            chapter.addChild(a);
        }
        Clause appendix = new Clause(ClauseKind.APPENDIX, "附表1", "规划指标表");
        Clause table = new Clause(ClauseKind.TABLE, "", "");
        table.setText(TABLE);
        table.setLocation("第 9 段");
        appendix.addChild(table);
        List<Clause> forest = List.of(chapter, appendix);
        ClauseTree.assignPathIds(forest);
        return forest;
    }

    @Test
    void theTextStatingTheTablesTargetFigureAgrees() {
        List<Finding> f = new TableAgreementRule().check(plan("至2035年，全县耕地保有量不低于73.39万亩。",
                "全县划定生态保护红线面积不低于536.1平方千米。"));

        assertEquals(List.of(), Plans.pinned(f));
        String summary = Plans.summary(f).message();
        assertTrue(summary.contains("一致2处，不一致0处"), summary);
    }

    @Test
    void aTextFigureOtherThanTheTablesIsAWarningOnTheText() {
        List<Finding> f = new TableAgreementRule().check(plan("严守耕地保护红线。", "全县耕地保有量不低于72.50万亩。"));

        assertEquals(List.of("WARNING chp_1__art_2"), Plans.pinned(f));
        assertTrue(f.get(0).message().contains("在此为72.50万亩，而规划指标表（第 9 段）“耕地保有量”2035年为73.39万亩"),
                f.get(0).message());
    }

    @Test
    void aYearInTheTextPicksThatYearsColumn() {
        List<Finding> agree = new TableAgreementRule().check(plan("到2025年，耕地保有量不低于73.45万亩。"));
        List<Finding> differ = new TableAgreementRule().check(plan("到2025年，耕地保有量不低于73.39万亩。"));

        assertEquals(List.of(), Plans.pinned(agree), "73.45 is the table's 近期（2025年） figure");
        assertEquals(List.of("WARNING chp_1__art_1"), Plans.pinned(differ));
        assertTrue(differ.get(0).message().contains("2025年为73.45万亩"), differ.get(0).message());
    }

    @Test
    void theTablesTwoYearsAreNotARepeatedIndicatorWithDifferentValues() {
        List<Finding> f = new RepeatedIndicatorRule().check(plan("全县耕地保有量不低于73.39万亩。"));

        assertEquals(List.of(), Plans.pinned(f), "NUM005 leaves the table to NUM006");
    }

    @Test
    void aPlanWithoutATableHasNothingToCheck() {
        List<Finding> f = new TableAgreementRule().check(Plans.of("至2035年，全县耕地保有量不低于73.39万亩。"));

        assertEquals(List.of(), Plans.pinned(f));
        assertEquals("规划中未找到可核对的正文与指标表共有的指标。", Plans.summary(f).message());
    }
}
