package org.plantrace.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.plantrace.ingest.Outline;

/** Texts that kept their numbering: 第一章 / 第一节 / 第一条 / 一、/（一）/ 1. / （1）/ ①. */
class ConventionalNumberingTest {

    @Test
    void nestsByNumberingStyle() {
        String text = String.join("\n",
                "《某县国土空间总体规划（2021—2035年）》（以下简称“本规划”）为全县国土空间保护开发的依据。",
                "第一章 总则",
                "第一条 规划目的",
                "为统筹全域空间资源，制定本规划。",
                "第二条 规划范围",
                "全县行政辖区。",
                "第二章 国土空间格局",
                "第一节 三条控制线",
                "第三条 生态保护红线",
                "生态保护红线面积不低于100平方千米。",
                "一、管控要求",
                "（一）核心保护区",
                "原则上禁止人为活动。",
                "（二）一般控制区",
                "1. 允许的活动",
                "（1）必要的科研活动；",
                "① 科研观测",
                "② 标本采集",
                "（2）生态修复",
                "2. 禁止的活动",
                "二、监测评估",
                "定期评估。",
                "第二节 规划分区",
                "第四条 农田保护区");
        Outline o = new TextReader().parse(text, "conventional.txt");
        assertEquals(String.join("\n",
                "paragraph",
                "chapter 总则",
                "  article 规划目的",
                "  article 规划范围",
                "chapter 国土空间格局",
                "  section 三条控制线",
                "    article 生态保护红线",
                "      item 管控要求",
                "        sub-item 核心保护区",
                "        sub-item 一般控制区",
                "          sub-item 允许的活动",
                "            sub-item",
                "              sub-item 科研观测",
                "              sub-item 标本采集",
                "            sub-item 生态修复",
                "          sub-item 禁止的活动",
                "      item 监测评估",
                "  section 规划分区",
                "    article 农田保护区",
                ""), OutlineListing.of(o.clauses()));
        assertEquals("某县国土空间总体规划（2021—2035年）", o.title());
        // "（1）必要的科研活动；" is a numbered sentence: its words are text, not a heading.
        var numbered = o.clauses().get(2).children().get(0).children().get(0).children().get(0).children().get(1)
                .children().get(0).children().get(0);
        assertEquals("（1）", numbered.num());
        assertEquals("必要的科研活动；", numbered.text());
    }

    @Test
    void reportsNumberingGaps() {
        String text = "第一章 总则\n第一条 目的\n正文。\n第三条 范围\n正文。\n";
        Outline o = new TextReader().parse(text, "gap.txt");
        assertTrue(o.warnings().stream().anyMatch(w -> w.location().equals("第 4 行") && w.message().contains("不连续")),
                o.warnings().toString());
    }
}
