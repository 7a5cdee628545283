package org.plantrace.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.Vocabulary;
import org.plantrace.search.index.IndexStore;

/**
 * A version stored again after an edit or a status change replaces its documents; the public sees
 * only published versions: never a draft, one in review or a superseded one.
 */
class IndexFollowsEditsTest {
    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    MemoryPlans plans;
    ClauseSearch search;

    @BeforeEach
    void open() throws Exception {
        plans = new MemoryPlans();
        search = ClauseSearch.open(IndexStore.inMemory(Analysis.planning(Vocabulary.load(SeedPlan.VOCABULARY)),
                ClauseLinks.NONE), plans);
    }

    @AfterEach
    void close() {
        search.close();
    }

    static PlanVersion version(int number, VersionStatus status, String text) {
        Clause chapter = new Clause(ClauseKind.CHAPTER, "第一章", "交通");
        chapter.setUid("chp");
        Clause article = new Clause(ClauseKind.ARTICLE, "", "交通设施");
        article.setUid("a1");
        article.appendParagraph(text);
        chapter.addChild(article);
        List<Clause> roots = new ArrayList<>(List.of(chapter));
        ClauseTree.assignPathIds(roots);
        return new PlanVersion(SeedPlan.PLAN, number, status, T, status == VersionStatus.PUBLISHED ? T : null, "x.txt", roots);
    }

    private void store(PlanVersion v) {
        plans.add(v);
        search.stored(v);
    }

    private long count(String query, ViewerRole role) {
        return search.search(SearchRequest.of(query), role).total();
    }

    @Test
    void anEditedVersionStoredAgainIsSearchedByItsNewText() {
        store(version(1, VersionStatus.DRAFT, "规划建设通用机场一处。"));
        assertEquals(1, count("通用机场", ViewerRole.DRAFTER));

        store(version(1, VersionStatus.DRAFT, "规划建设直升机停机坪两处。"));

        assertEquals(0, count("通用机场", ViewerRole.DRAFTER), "the old words are gone");
        assertEquals(1, count("直升机", ViewerRole.DRAFTER));
        assertEquals(2, search.search(SearchRequest.of(""), ViewerRole.DRAFTER).total(), "no duplicate documents");
    }

    @Test
    void thePublicSeesAVersionOnlyWhilePublished() {
        store(version(1, VersionStatus.DRAFT, "规划建设通用机场一处。"));
        assertEquals(0, count("通用机场", ViewerRole.PUBLIC));

        store(version(1, VersionStatus.IN_REVIEW, "规划建设通用机场一处。"));
        assertEquals(0, count("通用机场", ViewerRole.PUBLIC), "in review is not public");
        assertEquals(1, count("通用机场", ViewerRole.REVIEWER));

        store(version(1, VersionStatus.PUBLISHED, "规划建设通用机场一处。"));
        assertEquals(1, count("通用机场", ViewerRole.PUBLIC));

        // version 2 is published with other words; version 1 is superseded
        store(version(2, VersionStatus.PUBLISHED, "规划建设直升机停机坪两处。"));
        store(version(1, VersionStatus.SUPERSEDED, "规划建设通用机场一处。"));
        assertEquals(0, count("通用机场", ViewerRole.PUBLIC), "superseded is not public");
        assertEquals(1, count("直升机", ViewerRole.PUBLIC));
        SearchResult asked = search.search(SearchRequest.of("通用机场").filter("version", "1"), ViewerRole.PUBLIC);
        assertEquals(0, asked.total(), "not even when asked for by number");
        assertTrue(search.search(SearchRequest.of("通用机场").filter("status", "superseded"), ViewerRole.DRAFTER).total() == 1);
    }

    @Test
    void reopeningAfterAStatusChangeTheIndexMissedRepairsIt() throws Exception {
        store(version(1, VersionStatus.PUBLISHED, "规划建设通用机场一处。"));
        // the status changes in the store, but the index is not told (a listener failed)
        plans = new MemoryPlans().add(version(1, VersionStatus.SUPERSEDED, "规划建设通用机场一处。"));
        IndexStore store = IndexStore.inMemory(Analysis.planning(Vocabulary.load(SeedPlan.VOCABULARY)), ClauseLinks.NONE);
        store.rebuild(List.of(version(1, VersionStatus.PUBLISHED, "规划建设通用机场一处。")));
        try (ClauseSearch reopened = ClauseSearch.open(store, plans)) {
            assertTrue(reopened.repairedBecause().isPresent());
            assertEquals(0, reopened.search(SearchRequest.of("通用机场"), ViewerRole.PUBLIC).total());
        }
    }
}
