package org.plantrace.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.Vocabulary;
import org.plantrace.search.index.IndexStore;

/**
 * A drafter's save re-indexes the changed clause only ({@code VersionListener.changed}): searches
 * see it at once, before the deferred commit; and an edit buffered by a run that died before
 * committing it is re-indexed on the next open, although the index's catalog (same versions, same
 * statuses) cannot show it.
 */
class ClauseEditsIndexTest {
    @TempDir
    Path tmp;

    static IndexStore store(Path folder) throws Exception {
        Analysis analysis = Analysis.planning(Vocabulary.load(SeedPlan.VOCABULARY));
        return folder == null ? IndexStore.inMemory(analysis, ClauseLinks.NONE)
                : IndexStore.at(folder, analysis, ClauseLinks.NONE);
    }

    static long count(ClauseSearch search, String query) {
        return search.search(SearchRequest.of(query), ViewerRole.DRAFTER).total();
    }

    @Test
    void anEditedClauseIsSearchedByItsNewTextAtOnceWithoutDuplicates() throws Exception {
        MemoryPlans plans = new MemoryPlans();
        PlanVersion before = IndexFollowsEditsTest.version(1, VersionStatus.DRAFT, "规划建设通用机场一处。");
        plans.add(before);
        try (ClauseSearch search = SearchAccess.open(store(tmp.resolve("index")), plans)) {
            assertEquals(1, count(search, "通用机场"));

            search.changed(IndexFollowsEditsTest.version(1, VersionStatus.DRAFT, "规划建设直升机停机坪两处。"), Set.of("a1"));

            assertEquals(0, count(search, "通用机场"), "the old words are gone");
            assertEquals(1, count(search, "直升机"), "the new words are found before any commit");
            assertEquals(2, count(search, ""), "the edited clause replaced, not added");
        }
    }

    @Test
    void anEditIsCommittedByCloseAndLeavesNoNoteBehind() throws Exception {
        Path folder = tmp.resolve("index");
        MemoryPlans plans = new MemoryPlans();
        plans.add(IndexFollowsEditsTest.version(1, VersionStatus.DRAFT, "规划建设通用机场一处。"));
        try (ClauseSearch search = SearchAccess.open(store(folder), plans)) {
            search.changed(IndexFollowsEditsTest.version(1, VersionStatus.DRAFT, "规划建设直升机停机坪两处。"), Set.of("a1"));
            assertTrue(Files.exists(folder.resolve("plantrace-pending-edits.tsv")), "the edit is noted until committed");
        }
        assertFalse(Files.exists(folder.resolve("plantrace-pending-edits.tsv")));
        MemoryPlans after = new MemoryPlans().add(IndexFollowsEditsTest.version(1, VersionStatus.DRAFT,
                "规划建设直升机停机坪两处。"));
        try (ClauseSearch search = SearchAccess.open(store(folder), after)) {
            assertTrue(search.repairedBecause().isEmpty(), "nothing to repair: " + search.repairedBecause());
            assertEquals(1, count(search, "直升机"));
        }
    }

    @Test
    void anEditTheLastRunDidNotCommitIsReindexedOnOpen() throws Exception {
        Path folder = tmp.resolve("index");
        MemoryPlans plans = new MemoryPlans().add(IndexFollowsEditsTest.version(1, VersionStatus.DRAFT, "规划建设通用机场一处。"));
        SearchAccess.open(store(folder), plans).close();
        // the database took an edit the index buffered and never committed: same version, same status
        MemoryPlans edited = new MemoryPlans().add(IndexFollowsEditsTest.version(1, VersionStatus.DRAFT,
                "规划建设直升机停机坪两处。"));
        try (ClauseSearch stale = SearchAccess.open(store(folder), edited)) {
            assertEquals(1, count(stale, "通用机场"), "without the note, the catalog cannot tell: the index looks current");
        }
        Files.writeString(folder.resolve("plantrace-pending-edits.tsv"), SeedPlan.PLAN.code() + "\t1\n");

        try (ClauseSearch search = SearchAccess.open(store(folder), edited)) {
            assertTrue(search.repairedBecause().orElse("").contains("未提交"), String.valueOf(search.repairedBecause()));
            assertEquals(0, count(search, "通用机场"));
            assertEquals(1, count(search, "直升机"));
            assertEquals(2, count(search, ""));
        }
        assertFalse(Files.exists(folder.resolve("plantrace-pending-edits.tsv")), "the note goes with the repair");
    }
}
