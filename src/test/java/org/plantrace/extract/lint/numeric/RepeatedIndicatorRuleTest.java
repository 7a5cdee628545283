package org.plantrace.extract.lint.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.extract.lint.Finding;

/** NUM005: one indicator, two clauses, two values. */
class RepeatedIndicatorRuleTest {
    private static final String TARGET = "至2035年，全县耕地保有量不低于73.39万亩。";

    @Test
    void theSameFigureRestatedIsConsistent() {
        List<Finding> f = new RepeatedIndicatorRule().check(Plans.of(TARGET, "将73.39万亩耕地和63.25万亩永久基本农田带位置下达至各乡镇。"));
        assertEquals(List.of(), Plans.pinned(f));
        assertTrue(Plans.summary(f).message().contains("一致的：耕地 73.39万亩（第 1 行、第 2 行）"), Plans.summary(f).message());
    }

    @Test
    void aDifferentValueIsAWarningOnTheLaterClause() {
        List<Finding> f = new RepeatedIndicatorRule().check(Plans.of(TARGET, "严守耕地保护红线。", "至2035年，耕地保有量不低于72.50万亩。"));
        assertEquals(List.of("WARNING chp_1__art_3"), Plans.pinned(f));
        assertTrue(f.get(0).message().contains("在此为72.50万亩，而第 1 行的“耕地保有量”为73.39万亩"), f.get(0).message());
    }

    @Test
    void differentYearsSameClauseAndSubjectlessNamesAreNotCompared() {
        List<Finding> f = new RepeatedIndicatorRule().check(Plans.of("2020年，常住人口23.77万人。", "至2035年，常住人口约20万人。",
                "主干路红线宽度约40米。", "次干路红线宽度20—30米。", "森林覆盖率不低于14.17%，山区森林覆盖率不低于30%。"));
        assertEquals(List.of(), Plans.pinned(f));
        assertEquals("规划中未找到可核对的重复出现的指标。", Plans.summary(f).message());
    }

    @Test
    void seedRepeatsAgree() throws Exception {
        // By hand: 耕地保有量 73.39万亩 (line 91) and 73.39万亩耕地 (line 164); 永久基本农田 63.25万亩 likewise;
        // 常住人口城镇化率 ≥ 65% (line 72) and 城镇化率约65% (line 304), both 2035; 15分钟社区生活圈覆盖率 90%
        // (lines 74, 361); 500千伏输电线路 (lines 154, 530). No repeated indicator differs.
        List<Finding> f = new RepeatedIndicatorRule().check(Plans.seed());
        assertEquals(List.of(), Plans.pinned(f));
        String s = Plans.summary(f).message();
        assertTrue(s.contains("不一致0处"), s);
        assertTrue(s.contains("耕地 73.39万亩（第 91 行、第 164 行）"), s);
        assertTrue(s.contains("永久基本农田 63.25万亩（第 91 行、第 164 行）"), s);
        assertTrue(s.contains("城镇化率 65%（第 72 行、第 304 行）"), s);
    }
}
