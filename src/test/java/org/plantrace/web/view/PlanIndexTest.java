package org.plantrace.web.view;

import org.plantrace.citation.DisplayNumber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanIndexTest {
    private final PlanIndex index = new PlanIndex(SamplePlan.version(true));

    @Test
    void outlineFollowsTheTree() {
        List<OutlineEntry> outline = index.outline();

        assertEquals(List.of("前言", "第三章 优化国土空间开发保护格局", "第四章 保障特色优质的农业空间"),
                outline.stream().map(e -> e.link().title()).toList());
        OutlineEntry section = outline.get(1).children().get(0);
        assertEquals("节", section.link().kind());
        assertEquals(List.of("a12", "a13"), section.children().stream().map(e -> e.link().uid()).toList());
        assertTrue(section.children().get(0).link().mandatory());
        assertFalse(section.children().get(1).link().mandatory());
    }

    @Test
    void clauseHasItsPathNeighboursAndChildren() {
        ClauseView v = index.clause("a12").orElseThrow();

        assertEquals(List.of("c3", "c3s1"), v.breadcrumb().stream().map(ClauseLink::uid).toList());
        assertEquals("c3s1", v.previous().uid());
        assertEquals("a12i1", v.next().uid());
        assertEquals(List.of("a12i1"), v.children().stream().map(ClauseLink::uid).toList());
        assertEquals("chp_1__sec_1__art_1", v.eId());
        assertEquals("原文下划线", v.provenance());
        assertEquals(2, v.paragraphs().size());
        assertFalse(v.paragraphs().get(0).hasMandatory());
        assertTrue(v.paragraphs().get(1).hasMandatory());
        assertTrue(v.hasMandatoryText());
    }

    @Test
    void firstAndLastClausesHaveOneNeighbour() {
        assertNull(index.clause("p").orElseThrow().previous());
        assertNull(index.clause("c4").orElseThrow().next());
    }

    @Test
    void anUntitledItemIsNamedByTheStartOfItsText() {
        ClauseLink item = index.clause("a12i1").orElseThrow().self();
        assertEquals("严格管控<b>人为</b>活动。", item.heading(), "an item is what its text says");
        assertFalse(item.untitled());
        assertEquals("一、 严格管控<b>人为</b>活动。", item.title());
        assertTrue(item.number().derived(), "the sample item has no number in the source");
    }

    @Test
    void anUntitledSectionShowsUntitledAndAnExcerptNotItsTextAsTitle() {
        PlanIndex plan = new PlanIndex(SamplePlan.withUntitledSection());
        ClauseLink section = plan.clause("untitled").orElseThrow().self();

        assertTrue(section.untitled());
        assertEquals("", section.heading());
        assertEquals("提升城市功能、优化空间结构，重点推进北部新区建设与古城更…", section.excerpt());
        assertEquals("第2节 （无标题） 提升城市功能、优化空间结构，重点推进北部新区建设与古城更…",
                section.title());
        ClauseLink bare = plan.clause("bare").orElseThrow().self();
        assertEquals("第3节 （无标题）", bare.title(), "no text: nothing to excerpt; the source's 第3节 kept");
    }

    @Test
    void theSourcesNumbersAreShownWhenTheyAreReal() {
        ClauseView v = index.clause("a12").orElseThrow();

        assertEquals("第12条 划定生态保护红线", v.self().title());
        assertFalse(v.self().number().derived());
        assertEquals("第12条", v.sourceNum());
    }

    @Test
    void unknownUidIsEmpty() {
        assertTrue(index.clause("nope").isEmpty());
        assertTrue(index.clause(null).isEmpty());
    }

    @Test
    void summaryCountsMandatoryClausesAndKnowsPlainText() {
        PlanSummary s = index.summary();
        assertEquals("县级国土空间总体规划", s.level());
        assertEquals("2021—2035年", s.period());
        assertEquals("已发布", s.status());
        assertEquals("第 1 版", s.version());
        assertEquals(7, s.clauseCount());
        assertEquals(1, s.mandatoryCount());
        assertTrue(s.mandatoryMarked());
        assertTrue(s.plainTextSource());
        assertTrue(s.numberingNote().contains("原文此处没有编号"), "the sample's item has no number: " + s.numberingNote());

        assertFalse(new PlanIndex(SamplePlan.version(false)).summary().mandatoryMarked());
    }

    @Test
    void linksAreEncodedPaths() {
        assertEquals("/clause/a%20b%2Fc", new ClauseLink("a b/c", "条", DisplayNumber.NONE, "t", "", false).path());
    }
}
