package org.plantrace.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.domain.plan.VersionSummary;

/** Opening an index that matches the database compares listings only; a stale one loads what it rebuilds. */
class OpenLoadsNoClausesTest {
    @TempDir
    Path folder;

    @Test
    void upToDateIndexOpensWithoutLoadingAClause() {
        Counting plans = new Counting(new MemoryPlans()
                .add(SeedPlan.version(1, VersionStatus.SUPERSEDED))
                .add(SeedPlan.version(2, VersionStatus.PUBLISHED)));
        try (ClauseSearch first = ClauseSearch.open(folder, plans, SeedPlan.VOCABULARY)) {
            assertTrue(first.repairedBecause().isPresent(), "a new folder is built");
        }
        assertTrue(plans.clauseLoads > 0, "building needs the clauses");

        plans.clauseLoads = 0;
        try (ClauseSearch again = ClauseSearch.open(folder, plans, SeedPlan.VOCABULARY)) {
            assertFalse(again.repairedBecause().isPresent());
            assertEquals(0, plans.clauseLoads);
            assertTrue(plans.summaryReads > 0);
            assertTrue(again.search(SearchRequest.of("生态保护红线"), ViewerRole.PUBLIC).total() > 0);
        }
    }

    @Test
    void indexBehindTheDatabaseLoadsOnlyTheVersionsItLacks() {
        MemoryPlans memory = new MemoryPlans().add(SeedPlan.version(1, VersionStatus.PUBLISHED));
        Counting plans = new Counting(memory);
        ClauseSearch.open(folder, plans, SeedPlan.VOCABULARY).close();
        // stored while the index was closed: the catalogue no longer matches
        memory.add(SeedPlan.version(2, VersionStatus.PUBLISHED));

        plans.clauseLoads = 0;
        try (ClauseSearch again = ClauseSearch.open(folder, plans, SeedPlan.VOCABULARY)) {
            assertTrue(again.repairedBecause().isPresent());
            assertEquals(1, plans.clauseLoads, "only version 2 is loaded");
            SearchResult hits = again.search(SearchRequest.of("生态保护红线"), ViewerRole.PUBLIC);
            assertTrue(hits.total() > 0);
        }
        plans.clauseLoads = 0;
        try (ClauseSearch third = ClauseSearch.open(folder, plans, SeedPlan.VOCABULARY)) {
            assertFalse(third.repairedBecause().isPresent(), "caught up means current");
            assertEquals(0, plans.clauseLoads);
        }
    }

    @Test
    void caughtUpIndexSearchesLikeARebuiltOne() throws Exception {
        MemoryPlans memory = new MemoryPlans().add(SeedPlan.version(1, VersionStatus.PUBLISHED));
        Counting plans = new Counting(memory);
        ClauseSearch.open(folder, plans, SeedPlan.VOCABULARY).close();
        memory.add(SeedPlan.version(2, VersionStatus.DRAFT));
        SearchRequest query = SearchRequest.of("耕地");
        long caughtUp;
        try (ClauseSearch again = ClauseSearch.open(folder, plans, SeedPlan.VOCABULARY)) {
            caughtUp = again.search(query, ViewerRole.DRAFTER).total();
        }
        try (ClauseSearch rebuilt = ClauseSearch.open(folder.resolve("fresh"), plans, SeedPlan.VOCABULARY)) {
            assertEquals(rebuilt.search(query, ViewerRole.DRAFTER).total(), caughtUp);
            assertTrue(caughtUp > 0);
        }
    }

    @Test
    void indexHoldingAVersionTheDatabaseLostIsRebuilt() {
        MemoryPlans two = new MemoryPlans().add(SeedPlan.version(1, VersionStatus.PUBLISHED))
                .add(SeedPlan.version(2, VersionStatus.DRAFT));
        ClauseSearch.open(folder, new Counting(two), SeedPlan.VOCABULARY).close();
        Counting one = new Counting(new MemoryPlans().add(SeedPlan.version(1, VersionStatus.PUBLISHED)));
        try (ClauseSearch again = ClauseSearch.open(folder, one, SeedPlan.VOCABULARY)) {
            assertTrue(again.repairedBecause().isPresent());
            assertTrue(one.clauseLoads > 0);
            assertEquals(0, again.search(SearchRequest.of("耕地"), ViewerRole.DRAFTER).hits().stream()
                    .filter(h -> h.version() == 2).count());
        }
    }

    /** Delegates to memory; counts calls that return clauses apart from the clause-free listing. */
    static final class Counting implements PlanRepository {
        private final MemoryPlans memory;
        int clauseLoads;
        int summaryReads;

        Counting(MemoryPlans memory) {
            this.memory = memory;
        }

        @Override
        public PlanVersion store(PlanVersion version) {
            return memory.store(version);
        }

        @Override
        public List<Plan> plans() {
            return memory.plans();
        }

        @Override
        public Optional<Plan> plan(String code) {
            return memory.plan(code);
        }

        @Override
        public Optional<PlanVersion> latestVersion(String planCode) {
            clauseLoads++;
            return memory.latestVersion(planCode);
        }

        @Override
        public Optional<PlanVersion> latestPublished(String planCode) {
            clauseLoads++;
            return memory.latestPublished(planCode);
        }

        @Override
        public List<PlanVersion> versions(String planCode) {
            clauseLoads++;
            return memory.versions(planCode);
        }

        @Override
        public Optional<Clause> clause(String planCode, int versionNumber, String uid) {
            clauseLoads++;
            return memory.clause(planCode, versionNumber, uid);
        }

        @Override
        public Optional<PlanVersion> version(String planCode, int number) {
            clauseLoads++;
            return memory.version(planCode, number);
        }

        @Override
        public List<VersionSummary> versionSummaries(String planCode) {
            summaryReads++;
            // what a database answers from its version rows; here the memory has the clauses at hand anyway
            return memory.versions(planCode).stream().map(PlanRepository::summarize).toList();
        }
    }
}
