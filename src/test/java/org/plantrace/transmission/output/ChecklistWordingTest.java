package org.plantrace.transmission.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.plantrace.transmission.QuantityTarget;

class ChecklistWordingTest {
    @Test
    void quantitiesReadAsWritten() {
        assertEquals("永久基本农田 ≥ 1.23 万亩（示意图层叠加）", ChecklistWording.target(
                new QuantityTarget("永久基本农田", ">=", new BigDecimal("1.2300"), null, "万亩", "示意图层叠加")));
        assertEquals("城镇人口 0.5—1 万人", ChecklistWording.target(
                new QuantityTarget("城镇人口", "range", new BigDecimal("0.5"), new BigDecimal("1.0"), "万人", null)));
        assertEquals("拆建比 ≤ 2", ChecklistWording.target(
                new QuantityTarget("拆建比", "<=", new BigDecimal("2"), null, null, "")));
        assertEquals("人均公园绿地面积 约 10 平方米", ChecklistWording.target(
                new QuantityTarget("人均公园绿地面积", "≈", BigDecimal.TEN, null, "平方米", null)));
        assertEquals("", ChecklistWording.target(null));
    }

    @Test
    void sourcesNameHeadingAndId() {
        assertEquals("抗震防灾（chp_9__art_2）",
                ChecklistWording.source(ChecklistFixture.clause("chp_9__art_2", "u", "抗震防灾")));
        assertEquals("（无标题）（chp_9__art_2）",
                ChecklistWording.source(ChecklistFixture.clause("chp_9__art_2", "u", null)));
    }

    @Test
    void sectionsKeepFirstAppearanceOrderAndRunningNumbers() {
        var sections = ChecklistSections.of(ChecklistFixture.wangzhuangpu());
        assertEquals(3, sections.size());
        assertEquals("分类定位", sections.get(0).category());
        assertEquals("设施", sections.get(1).category());
        assertEquals(3, sections.get(1).firstNumber());
        assertEquals(5, sections.get(2).firstNumber());
    }
}
