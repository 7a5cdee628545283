package org.plantrace.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.domain.plan.VersionSummary;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.ingest.identity.DurableIds;
import org.plantrace.ingest.identity.Forests;

/** The clause-free version listing agrees with the full versions, and its stamp follows edits. */
class VersionSummaryTest {
    static final Plan PLAN = new Plan("p", "测试规划", PlanLevel.COUNTY, "", 2021, 2035);
    static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    static final Instant T1 = Instant.parse("2025-04-01T08:00:00Z");

    @TempDir
    Path dir;
    EntityManagerFactory factory;
    JpaPlanRepository repository;
    JpaPlanWriter writer;

    @BeforeEach
    void open() {
        factory = PlanTracePersistence.open(DataDirectory.at(dir), Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        repository = new JpaPlanRepository(factory);
        writer = new JpaPlanWriter(factory);
    }

    @AfterEach
    void close() {
        factory.close();
    }

    private PlanVersion store(VersionStatus status, Instant publishedAt) {
        List<Clause> clauses = Forests.countyPlan();
        DurableIds.assignFresh(clauses);
        return repository.store(new PlanVersion(PLAN, 0, status, T0, publishedAt, "x.txt", clauses));
    }

    private static PlanVersion header(PlanVersion v) {
        return new PlanVersion(v.plan(), v.number(), v.status(), v.createdAt(), v.publishedAt(), v.sourceName(),
                List.of());
    }

    @Test
    void listingMatchesTheFullVersionsWithoutTheirClauses() {
        store(VersionStatus.SUPERSEDED, T0);
        store(VersionStatus.PUBLISHED, T1);
        store(VersionStatus.DRAFT, null);

        List<VersionSummary> summaries = repository.versionSummaries("p");
        List<PlanVersion> full = repository.versions("p");
        assertEquals(full.size(), summaries.size());
        for (int i = 0; i < full.size(); i++) {
            PlanVersion v = full.get(i);
            VersionSummary s = summaries.get(i);
            assertEquals(header(v), s.header(), "version " + v.number());
            assertEquals(ClauseTree.flatten(v.clauses()).size(), s.clauseCount());
        }
        assertEquals(List.of(1, 2, 3), summaries.stream().map(VersionSummary::number).toList());
        VersionSummary latest = repository.latestPublishedSummary("p").orElseThrow();
        assertEquals(summaries.get(1), latest);
        assertEquals(T1.truncatedTo(ChronoUnit.MICROS), latest.publishedAt());
        assertTrue(repository.latestPublishedSummary("no-such-plan").isEmpty());
        assertTrue(repository.versionSummaries("no-such-plan").isEmpty());
    }

    @Test
    void anEmptyVersionIsListedWithNoClauses() {
        repository.store(new PlanVersion(PLAN, 0, VersionStatus.DRAFT, T0, null, "x.txt", List.of()));
        VersionSummary only = repository.versionSummaries("p").get(0);
        assertEquals(0, only.clauseCount());
    }

    @Test
    void statusChangeShowsInTheListing() {
        store(VersionStatus.PUBLISHED, T0);
        store(VersionStatus.DRAFT, null);
        assertEquals(1, repository.latestPublishedSummary("p").orElseThrow().number());

        writer.write("p", work -> {
            work.setStatus(1, VersionStatus.SUPERSEDED, T0);
            work.setStatus(2, VersionStatus.PUBLISHED, T1);
            return null;
        });

        List<VersionSummary> after = repository.versionSummaries("p");
        assertEquals(VersionStatus.SUPERSEDED, after.get(0).status());
        assertEquals(VersionStatus.PUBLISHED, after.get(1).status());
        assertEquals(2, repository.latestPublishedSummary("p").orElseThrow().number());
    }

    @Test
    void editingAClauseChangesOnlyThatVersionsStamp() {
        store(VersionStatus.PUBLISHED, T0);
        store(VersionStatus.DRAFT, null);
        List<VersionSummary> before = repository.versionSummaries("p");

        writer.write("p", work -> {
            PlanVersion v = work.read(2);
            ClauseTree.flatten(v.clauses()).get(3).setText("改过的正文。");
            work.save(2, v.clauses());
            return null;
        });

        List<VersionSummary> after = repository.versionSummaries("p");
        assertEquals(before.get(0), after.get(0));
        assertNotEquals(before.get(1).contentStamp(), after.get(1).contentStamp());
        assertEquals(before.get(1).clauseCount(), after.get(1).clauseCount());
    }

    @Test
    void movingOrDeletingAClauseChangesTheStamp() {
        store(VersionStatus.DRAFT, null);
        long start = repository.versionSummaries("p").get(0).contentStamp();

        // a move keeps every revision: only the position sums can tell
        writer.write("p", work -> {
            List<Clause> roots = new ArrayList<>(work.read(1).clauses());
            roots.add(roots.remove(0));
            work.save(1, roots);
            return null;
        });
        VersionSummary moved = repository.versionSummaries("p").get(0);
        assertNotEquals(start, moved.contentStamp());

        writer.write("p", work -> {
            List<Clause> roots = new ArrayList<>(work.read(1).clauses());
            Clause chapter = roots.stream().filter(c -> !c.children().isEmpty()).findFirst().orElseThrow();
            chapter.removeChild(chapter.children().get(0));
            work.save(1, roots);
            return null;
        });
        VersionSummary deleted = repository.versionSummaries("p").get(0);
        assertNotEquals(moved.contentStamp(), deleted.contentStamp());
        assertTrue(deleted.clauseCount() < moved.clauseCount());
    }

    @Test
    void versionLoadsOneVersionWithItsClauses() {
        store(VersionStatus.PUBLISHED, T0);
        PlanVersion second = store(VersionStatus.DRAFT, null);
        PlanVersion loaded = repository.version("p", 2).orElseThrow();
        assertEquals(header(second), header(loaded));
        assertEquals(ClauseTree.flatten(second.clauses()).size(), ClauseTree.flatten(loaded.clauses()).size());
        assertTrue(repository.version("p", 3).isEmpty());
    }
}
