package org.plantrace.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.ingest.identity.DurableIds;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.Vocabulary;
import org.plantrace.search.index.IndexStore;

/** A table clause is found by the words of its cells (issue 13, item 3), under the appendix that holds it. */
class TableSearchTest {

    @Test
    void aCellsWordsFindTheTableClause() throws Exception {
        Clause chapter = new Clause(ClauseKind.CHAPTER, "第一章", "总则");
        Clause article = new Clause(ClauseKind.ARTICLE, "第1条", "规划目的");
        article.appendParagraph("为统筹全县国土空间开发保护，制定本规划。");
        chapter.addChild(article);
        Clause appendix = new Clause(ClauseKind.APPENDIX, "附表1", "规划指标表");
        Clause table = new Clause(ClauseKind.TABLE, "", "");
        table.appendParagraph("序号\t指标名称\t单位\t目标年（2035年）\t属性\n1\t耕地保有量\t万亩\t73.39\t约束性\n"
                + "2\t常住人口城镇化率\t%\t65\t预期性");
        appendix.addChild(table);
        List<Clause> forest = List.of(chapter, appendix);
        ClauseTree.assignPathIds(forest);
        DurableIds.assignFresh(forest);
        Plan plan = new Plan("table-plan", "示例县国土空间总体规划（2021—2035年）", PlanLevel.COUNTY, "示例县", 2021, 2035);
        try (ClauseSearch search = ClauseSearch.open(IndexStore.inMemory(Analysis.planning(Vocabulary.load(
                SeedPlan.VOCABULARY)), ClauseLinks.NONE), new MemoryPlans().add(SeedPlan.version(plan, 1,
                        VersionStatus.PUBLISHED, forest)))) {
            SearchResult r = search.search(SearchRequest.of("城镇化率"), ViewerRole.PUBLIC);

            assertTrue(r.accepted(), r.message());
            assertEquals(1, r.total(), r.hits().toString());
            SearchHit hit = r.hits().get(0);
            assertEquals(table.uid(), hit.uid());
            assertEquals(List.of("规划指标表"), hit.path());
            assertTrue(hit.snippet().contains("<em>"), hit.snippet());
        }
    }
}
