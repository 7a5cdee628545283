package org.plantrace.ingest.matter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlanMatterTest {

    @Test
    void contentsLinesEndInAPageNumberAfterLeadersOrATab() {
        assertTrue(PlanMatter.isContentsLine("第一章　总则 ........................ 1"));
        assertTrue(PlanMatter.isContentsLine("第一节　规划目的与依据\t12"));
        assertTrue(PlanMatter.isContentsLine("前言…………………………………… 3"));
        assertTrue(PlanMatter.isContentsLine("附表1　规划指标表 ···· - 45 -"));
        assertFalse(PlanMatter.isContentsLine("全县耕地保有量不低于73.39万亩，到2035年耕地质量等级稳中有升。"));
        assertFalse(PlanMatter.isContentsLine("第1条　规划目的"));
        assertFalse(PlanMatter.isContentsLine("中心城区面积16.46平方千米"));
    }

    @Test
    void contentsAndPreambleHeadingsAreReadWhateverTheirSpacing() {
        assertTrue(PlanMatter.isContentsHeading("目　录"));
        assertTrue(PlanMatter.isContentsHeading(" 目 录 "));
        assertFalse(PlanMatter.isContentsHeading("目录编制说明"));
        assertTrue(PlanMatter.isPreambleHeading("前  言"));
    }

    @Test
    void appendixHeadingsGiveLabelAndTitle() {
        assertEquals(new PlanMatter.Appendix("附表1", "规划指标表"), PlanMatter.appendix("附表1　规划指标表").orElseThrow());
        assertEquals(new PlanMatter.Appendix("附录", "名词解释"), PlanMatter.appendix("附录：名词解释").orElseThrow());
        assertEquals(new PlanMatter.Appendix("附表", ""), PlanMatter.appendix("附　表").orElseThrow());
        assertEquals(new PlanMatter.Appendix("", "名词解释"), PlanMatter.appendix("名词解释").orElseThrow());
        assertTrue(PlanMatter.appendix("附表所列指标为约束性指标，必须严格执行。").isEmpty(), "a sentence is not a heading");
        assertTrue(PlanMatter.appendix("附近村庄").isEmpty());
    }

    @Test
    void coverLinesAndThePlanName() {
        assertTrue(PlanMatter.isDraftLine("（征求意见稿）"));
        assertTrue(PlanMatter.isDraftLine("规划文本"));
        assertFalse(PlanMatter.isDraftLine("示例规划设计研究院"));
        assertTrue(PlanMatter.looksLikePlanTitle("示例县国土空间总体规划（2021—2035年）"));
        assertFalse(PlanMatter.looksLikePlanTitle("规划文本"), "the subtitle is not the title");
        assertTrue(PlanMatter.isCoverLine("二〇二三年六月"));
        assertFalse(PlanMatter.isCoverLine("本规划是全县国土空间保护、开发、利用、修复的政策和总纲。"));
    }
}
