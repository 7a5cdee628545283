package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.domain.plan.VersionSummary;
import org.plantrace.web.startup.StartupReport;
import org.plantrace.web.view.PlanIndex;
import org.plantrace.web.view.SamplePlan;

/** The public index is rebuilt exactly when the shown version, its status or its content changed. */
class PublishedPlansReloadTest {
    private static final Instant LATER = Instant.parse("2025-06-01T00:00:00Z");

    private CountingPlans repository;
    private PublishedPlans plans;

    @BeforeEach
    void setUp() {
        repository = new CountingPlans();
        repository.put(SamplePlan.version(true));
        plans = new PublishedPlans(repository, new StartupReport());
    }

    private PlanIndex current() {
        return plans.current().orElseThrow();
    }

    @Test
    void unchangedVersionIsLoadedOnceAndAskedForByItsSummaryOnly() {
        PlanIndex first = current();
        for (int i = 0; i < 50; i++) {
            assertSame(first, current());
        }
        assertEquals(1, repository.versionLoads);
        assertEquals(0, repository.fullReads);
        assertTrue(repository.summaryReads >= 51, "summaries read: " + repository.summaryReads);
        assertTrue(first.clause("a12").isPresent());
    }

    @Test
    void newlyPublishedVersionIsLoadedOnce() {
        current();
        PlanVersion v1 = repository.get(1);
        repository.put(with(v1, VersionStatus.SUPERSEDED, v1.publishedAt(), v1.clauses()));
        repository.put(new PlanVersion(v1.plan(), 2, VersionStatus.PUBLISHED, LATER, LATER, "v2.txt",
                SamplePlan.version(false).clauses()));

        assertEquals(2, current().version().number());
        current();
        assertEquals(2, repository.versionLoads);
        assertEquals(0, repository.fullReads);
    }

    @Test
    void withdrawnVersionFallsBackToTheEarlierPublishedOne() {
        PlanVersion v1 = repository.get(1);
        repository.put(new PlanVersion(v1.plan(), 2, VersionStatus.PUBLISHED, LATER, LATER, "v2.txt",
                SamplePlan.version(false).clauses()));
        assertEquals(2, current().version().number());

        PlanVersion v2 = repository.get(2);
        repository.put(with(v2, VersionStatus.DRAFT, null, v2.clauses()));

        PlanIndex shown = current();
        assertEquals(1, shown.version().number());
        assertEquals(VersionStatus.PUBLISHED, shown.version().status());
        assertEquals(2, repository.versionLoads);
    }

    @Test
    void changedClauseTextOfTheSameVersionIsReloaded() {
        PlanIndex first = current();
        PlanVersion edited = SamplePlan.version(true);
        Clause article = ClauseTree.flatten(edited.clauses()).stream().filter(c -> "a13".equals(c.uid()))
                .findFirst().orElseThrow();
        article.setText("城镇开发边界面积16.50平方千米。");
        article.setRevision(article.revision() + 1);
        repository.put(edited);

        PlanIndex second = current();
        assertTrue(first != second);
        assertEquals("城镇开发边界面积16.50平方千米。", ClauseTree.flatten(second.version().clauses()).stream()
                .filter(c -> "a13".equals(c.uid())).findFirst().orElseThrow().text());
        current();
        assertEquals(2, repository.versionLoads);
    }

    @Test
    void republishingTheSameVersionAtAnotherTimeIsReloaded() {
        current();
        PlanVersion v1 = repository.get(1);
        repository.put(with(v1, VersionStatus.PUBLISHED, LATER, v1.clauses()));
        assertEquals(LATER, current().version().publishedAt());
        assertEquals(2, repository.versionLoads);
    }

    @Test
    void nothingPublishedShowsNothingAndLoadsNothing() {
        PlanVersion v1 = repository.get(1);
        repository.put(with(v1, VersionStatus.DRAFT, null, v1.clauses()));
        assertTrue(plans.current().isEmpty());
        assertEquals(0, repository.versionLoads);
        assertEquals(0, repository.fullReads);
    }

    private static PlanVersion with(PlanVersion v, VersionStatus status, Instant publishedAt, List<Clause> clauses) {
        return new PlanVersion(v.plan(), v.number(), status, v.createdAt(), publishedAt, v.sourceName(), clauses);
    }

    /** Versions by number in a map; counts clause-free reads apart from loads with clauses. */
    static final class CountingPlans implements PlanRepository {
        private final Map<Integer, PlanVersion> byNumber = new LinkedHashMap<>();
        int summaryReads;
        int versionLoads;
        /** Calls that return every clause of one or all versions, other than {@link #version}. */
        int fullReads;

        void put(PlanVersion v) {
            byNumber.put(v.number(), v);
        }

        PlanVersion get(int number) {
            return byNumber.get(number);
        }

        private List<PlanVersion> all() {
            List<PlanVersion> out = new ArrayList<>(byNumber.values());
            out.sort(Comparator.comparingInt(PlanVersion::number));
            return out;
        }

        @Override
        public PlanVersion store(PlanVersion version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Plan> plans() {
            return byNumber.values().stream().map(PlanVersion::plan).distinct().toList();
        }

        @Override
        public Optional<Plan> plan(String code) {
            return plans().stream().filter(p -> p.code().equals(code)).findFirst();
        }

        @Override
        public Optional<PlanVersion> latestVersion(String planCode) {
            fullReads++;
            return all().stream().reduce((a, b) -> b);
        }

        @Override
        public Optional<PlanVersion> latestPublished(String planCode) {
            fullReads++;
            return all().stream().filter(PlanVersion::published).reduce((a, b) -> b);
        }

        @Override
        public List<PlanVersion> versions(String planCode) {
            fullReads++;
            return all();
        }

        @Override
        public Optional<Clause> clause(String planCode, int versionNumber, String uid) {
            fullReads++;
            return Optional.empty();
        }

        @Override
        public List<VersionSummary> versionSummaries(String planCode) {
            summaryReads++;
            return all().stream().map(PlanRepository::summarize).toList();
        }

        @Override
        public Optional<VersionSummary> latestPublishedSummary(String planCode) {
            summaryReads++;
            return all().stream().filter(PlanVersion::published).reduce((a, b) -> b).map(PlanRepository::summarize);
        }

        @Override
        public Optional<PlanVersion> version(String planCode, int number) {
            versionLoads++;
            return Optional.ofNullable(byNumber.get(number));
        }
    }
}
