package org.plantrace.extract.lint.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.Severity;

/** NUM002: a stated 总面积 against the areas listed for it. */
class SumRuleTest {

    @Test
    void partsAfterQiZhongAddingUpAreInfoPinnedToTheTotal() {
        List<Finding> f = new SumRule().check(Plans.of("历史文化街区总面积63.34公顷，其中核心保护范围面积30.13公顷，建设控制地带面积33.21公顷。"));
        assertEquals(List.of("INFO chp_1__art_1"), Plans.pinned(f));
        assertTrue(f.get(0).message().contains("所列2项（核心保护范围 30.13公顷、建设控制地带 33.21公顷）之和为63.34公顷"),
                f.get(0).message());
        assertTrue(f.get(0).message().contains("在四舍五入范围内与总面积一致"));
    }

    @Test
    void partsShortOfTheTotalAreAWarning() {
        // 30.13 + 33.11 = 63.24, range [63.23, 63.25]; the total 63.34 is [63.335, 63.345]
        List<Finding> f = new SumRule().check(Plans.of("历史文化街区总面积63.34公顷，其中核心保护范围面积30.13公顷，建设控制地带面积33.11公顷。"));
        assertEquals(List.of("WARNING chp_1__art_1"), Plans.pinned(f));
        assertTrue(f.get(0).message().contains("之和为63.24公顷，比总面积少0.1公顷"), f.get(0).message());
    }

    @Test
    void partsInTheItemsBelowCountAndExceedingIsAWarning() {
        List<Finding> f = new SumRule().check(Plans.withItems("自然保护地总面积100.00平方千米。",
                "主要的自然保护区有一处，其中甲自然保护区总面积60.00平方千米。", "乙森林公园总面积50.00平方千米。"));
        assertEquals(List.of("WARNING chp_1__art_1"), Plans.pinned(f));
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("之和为110平方千米，超过总面积10平方千米（各项可能相互重叠）"), f.get(0).message());
    }

    @Test
    void aTotalWithNothingListedIsNotASum() {
        List<Finding> f = new SumRule().check(Plans.of("中心城区总面积31.59平方千米。", "甲区总面积1.00平方千米，乙区总面积2.00平方千米。"));
        assertEquals(List.of(), Plans.pinned(f));
        assertEquals("规划中未找到可核对的总面积与分项之和。", Plans.summary(f).message());
    }

    @Test
    void seedProtectedAreasAddUpToTheirTotal() throws Exception {
        // By hand: 94.40 + 16.24 + 166.14 + 3.45 + 0.0061 + 111.99 + 0.04 = 392.2661 km², which rounds to
        // the stated 392.27 (the sum's range [392.2361, 392.2961] holds [392.265, 392.275]). So the other
        // developer was right: the seven parts add up to the total. That is reported as info, not
        // hidden: 恒山's 自然保护区, 森林公园 and 风景名胜区 would usually overlap, and a total equal to the
        // plain sum means either they no longer do (after 整合优化) or the total counts overlap twice.
        // 历史文化街区: 30.13 + 33.21 = 63.34 公顷 exactly. Items 1–3 list two areas each, with no 其中
        // before the second one, so they are parts, not totals of their own.
        List<Finding> f = new SumRule().check(Plans.seed());
        assertEquals(List.of("INFO chp_5__sec_2__art_1", "INFO chp_7__sec_1__art_3__item_3"), Plans.pinned(f));
        assertEquals("第 224 行，正文 [60,70)", f.get(0).location());
        assertTrue(f.get(0).message().startsWith("总面积392.27平方千米；所列7项（山西恒山省级自然保护区 94.40平方千米、"), f.get(0).message());
        assertTrue(f.get(0).message().contains("之和为392.2661平方千米，在四舍五入范围内与总面积一致"), f.get(0).message());
        assertTrue(f.get(0).message().contains("重叠"));
    }
}
