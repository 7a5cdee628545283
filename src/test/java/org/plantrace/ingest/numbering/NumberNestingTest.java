package org.plantrace.ingest.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The nesting rule every reader shares, on a chain of open clauses built by hand. */
class NumberNestingTest {
    private record Node(String listKey, NumberNesting.Stop stop, Node enclosing) implements NumberNesting.Open {
    }

    private static String key(String line) {
        return NumberNesting.listKey(Numbering.parse(line).orElseThrow());
    }

    @Test
    void aNumberContinuesTheInnermostListOfItsFormAndSeparator() {
        Node chapter = new Node(null, NumberNesting.Stop.ALWAYS, null);
        Node item = new Node(key("（一）县域"), NumberNesting.Stop.NONE, chapter);
        Node sub = new Node(key("1．严格保护"), NumberNesting.Stop.NONE, item);

        assertSame(item, NumberNesting.sibling(sub, key("（二）中心城区")), "（二） closes the 1． list");
        assertSame(sub, NumberNesting.sibling(sub, key("2．鼓励开展")));
        assertNull(NumberNesting.sibling(sub, key("2、鼓励开展")), "1、 is another list than 1．");
        assertNull(NumberNesting.sibling(sub, key("（1）核心保护区")), "a new form opens a list below");
    }

    @Test
    void theSearchStopsAtAChapterAndArticlesStopAtASection() {
        Node outer = new Node(key("一、总体要求"), NumberNesting.Stop.NONE, null);
        Node chapter = new Node(null, NumberNesting.Stop.ALWAYS, outer);
        assertNull(NumberNesting.sibling(chapter, key("二、发展目标")));

        Node article = new Node(key("第1条 规划目的"), NumberNesting.Stop.NONE, null);
        Node section = new Node(null, NumberNesting.Stop.ARTICLES, article);
        assertNull(NumberNesting.sibling(section, key("第2条 规划范围")), "articles run on, not back over a section");
        assertSame(article, NumberNesting.sibling(new Node("X", NumberNesting.Stop.NONE, article), key("第2条 范围")));
    }

    @Test
    void theFirstListBelowAChapterOrSectionHoldsArticles() {
        assertEquals(3, NumberNesting.levelBelow(1));
        assertEquals(3, NumberNesting.levelBelow(2));
        assertEquals(4, NumberNesting.levelBelow(3));
        assertEquals(5, NumberNesting.levelBelow(4));
    }

    @Test
    void itemWordsDivideIntoHeadingAndText() {
        assertEquals(new ItemShape(7, 7), ItemShape.of("能源资源富集区"));
        String runIn = "严格保护耕地。全县耕地保有量不低于73.39万亩。";
        ItemShape shape = ItemShape.of(runIn);
        assertEquals("严格保护耕地", runIn.substring(0, shape.headingEnd()));
        assertEquals("全县耕地保有量不低于73.39万亩。", runIn.substring(shape.bodyStart()));
        assertEquals(new ItemShape(0, 0), ItemShape.of("严格落实耕地保护任务，实行耕地数量、质量、生态保护。"));
    }
}
