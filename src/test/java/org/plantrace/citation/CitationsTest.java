package org.plantrace.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.SeedPlan;

/** Issue #14.1: clauses are cited as planners cite them, never by their path id. */
class CitationsTest {
    private static final List<Clause> SEED = SeedPlan.version(1, VersionStatus.PUBLISHED).clauses();
    private static final Citations CITATIONS = Citations.of(SEED);

    private static Clause article(String heading) {
        return ClauseTree.flatten(SEED).stream().filter(c -> c.kind() == ClauseKind.ARTICLE && c.heading().equals(heading))
                .findFirst().orElseThrow();
    }

    @Test
    void anArticleIsCitedByItsNumberTitleChapterAndSection() {
        String label = CITATIONS.label(article("划定城镇开发边界"));
        assertTrue(label.matches("第[一二三四五六七八九十百]+条 划定城镇开发边界（第三章第[一二三四五六七八九十1-9]+节）"), label);
        assertFalse(label.contains("chp_"), label);
    }

    @Test
    void anOpinionCitesThePlanTitleAndNumbersOnly() {
        Clause c = article("划定城镇开发边界");
        String cite = CITATIONS.cite("浑源县国土空间总体规划（2021—2035年）", c);
        assertTrue(cite.startsWith("《浑源县国土空间总体规划（2021—2035年）》第"), cite);
        assertTrue(cite.endsWith("节）"), cite);
        assertFalse(cite.contains("划定城镇开发边界"), "the opinion's form has no title: " + cite);
    }

    @Test
    void anItemIsCitedUnderItsArticle() {
        Clause item = ClauseTree.flatten(SEED).stream().filter(c -> c.kind() == ClauseKind.ITEM).findFirst().orElseThrow();
        String label = CITATIONS.label(item);
        assertTrue(label.matches("第[一二三四五六七八九十百]+条第[^ ]+项.*"), label);
    }

    @Test
    void everyArticleHasItsOwnCitation() {
        List<String> labels = ClauseTree.flatten(SEED).stream().filter(c -> c.kind() == ClauseKind.ARTICLE)
                .map(CITATIONS::label).toList();
        assertEquals(labels.size(), labels.stream().map(l -> l.split(" ")[0]).distinct().count(), "article numbers repeat");
    }

    @Test
    void theBareOrdinalOfAnItemNumber() {
        assertEquals("一", Citations.bare("一、"));
        assertEquals("二", Citations.bare("（二）"));
        assertEquals("3", Citations.bare("3."));
    }
}
