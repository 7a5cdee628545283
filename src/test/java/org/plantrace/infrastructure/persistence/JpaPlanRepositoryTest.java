package org.plantrace.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.MandatoryProvenance;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.ingest.OutlineAssert;
import org.plantrace.ingest.identity.DurableIds;
import org.plantrace.ingest.identity.Forests;

class JpaPlanRepositoryTest {
    static final Plan HUNYUAN = new Plan("hunyuan-2021-2035", "浑源县国土空间总体规划（2021—2035年）",
            PlanLevel.COUNTY, "山西省大同市浑源县", 2021, 2035);
    static final Instant T0 = Instant.parse("2025-03-01T08:00:00.123456789Z");
    static final int SIZE = ClauseTree.flatten(Forests.countyPlan()).size();

    @TempDir
    Path dir;
    DataDirectory data;
    EntityManagerFactory factory;
    JpaPlanRepository repository;

    @BeforeEach
    void open() {
        data = DataDirectory.at(dir);
        reopen();
    }

    @AfterEach
    void close() {
        factory.close();
    }

    private void reopen() {
        if (factory != null) {
            factory.close();
        }
        factory = PlanTracePersistence.open(data, Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        repository = new JpaPlanRepository(factory);
    }

    static List<Clause> plan() {
        List<Clause> clauses = Forests.countyPlan();
        DurableIds.assignFresh(clauses);
        return clauses;
    }

    static PlanVersion draft(Plan plan, List<Clause> clauses) {
        return new PlanVersion(plan, 0, VersionStatus.DRAFT, T0, null, "hunyuan-2021-2035.txt", clauses);
    }

    @Test
    void storedVersionReadsBackAsTheSameTreeAfterARestart() {
        List<Clause> clauses = plan();
        PlanVersion stored = repository.store(draft(HUNYUAN, clauses));
        assertEquals(1, stored.number());

        reopen();
        PlanVersion loaded = repository.latestVersion(HUNYUAN.code()).orElseThrow();

        assertEquals(HUNYUAN, loaded.plan());
        assertEquals(1, loaded.number());
        assertEquals(VersionStatus.DRAFT, loaded.status());
        assertEquals(T0.truncatedTo(java.time.temporal.ChronoUnit.MICROS), loaded.createdAt());
        assertEquals(null, loaded.publishedAt());
        assertEquals("hunyuan-2021-2035.txt", loaded.sourceName());
        OutlineAssert.assertSameTree(clauses, loaded.clauses());
        assertEquals(describe(clauses), describe(loaded.clauses()));
        assertEquals(List.of(HUNYUAN), repository.plans());
    }

    @Test
    void mandatoryFlagsKeepTheirProvenance() {
        List<Clause> clauses = plan();
        repository.store(draft(HUNYUAN, clauses));
        List<Clause> loaded = repository.latestVersion(HUNYUAN.code()).orElseThrow().clauses();
        Clause redLine = find(loaded, "划定生态保护红线");
        assertEquals(MandatoryProvenance.UNDERLINE, redLine.mandatoryProvenance());
        assertEquals(List.of(new Span(0, 28), new Span(30, 40)), redLine.mandatorySpans());
        Clause boundary = find(loaded, "划定城镇开发边界");
        assertEquals(MandatoryProvenance.SUGGESTED, boundary.mandatoryProvenance());
        assertEquals(false, boundary.mandatory());
        assertEquals(MandatoryProvenance.MANUAL, find(loaded, "严守耕地保护红线").mandatoryProvenance());
        assertEquals(null, find(loaded, "规划目的").mandatoryProvenance());
    }

    @Test
    void versionNumbersIncreasePerPlan() {
        Plan other = new Plan("dawang-2021-2035", "大王镇国土空间总体规划", PlanLevel.TOWNSHIP, "", 2021, 2035);
        assertEquals(1, repository.store(draft(HUNYUAN, plan())).number());
        assertEquals(1, repository.store(draft(other, plan())).number());
        PlanVersion published = new PlanVersion(HUNYUAN, 0, VersionStatus.PUBLISHED, T0, T0, "x.txt", plan());
        assertEquals(2, repository.store(published).number());
        assertEquals(3, repository.store(draft(HUNYUAN, plan())).number());

        assertEquals(3, repository.latestVersion(HUNYUAN.code()).orElseThrow().number());
        assertEquals(2, repository.latestPublished(HUNYUAN.code()).orElseThrow().number());
        assertTrue(repository.latestPublished(other.code()).isEmpty());
        assertEquals(List.of(1, 2, 3), repository.versions(HUNYUAN.code()).stream().map(PlanVersion::number).toList());
        repository.versions(HUNYUAN.code()).forEach(v -> assertEquals(SIZE, ClauseTree.flatten(v.clauses()).size()));
        assertEquals(List.of("dawang-2021-2035", "hunyuan-2021-2035"),
                repository.plans().stream().map(Plan::code).toList());
    }

    @Test
    void aFailureInTheMiddleStoresNothing() {
        List<Clause> clauses = plan();
        List<Clause> flat = ClauseTree.flatten(clauses);
        // the sixth clause repeats the third's durable id: the database refuses that row
        flat.get(5).setUid(flat.get(2).uid());

        assertThrows(RuntimeException.class, () -> repository.store(draft(HUNYUAN, clauses)));

        assertEquals(0L, count("select count(*) from PLAN_VERSION"));
        assertEquals(0L, count("select count(*) from CLAUSE"));
        assertEquals(0L, count("select count(*) from PLAN"));
        assertTrue(repository.latestVersion(HUNYUAN.code()).isEmpty());
    }

    @Test
    void aFailedVersionLeavesThePreviousOnesAlone() {
        repository.store(draft(HUNYUAN, plan()));
        List<Clause> broken = plan();
        ClauseTree.flatten(broken).get(7).setUid(null);

        assertThrows(RuntimeException.class, () -> repository.store(draft(HUNYUAN, broken)));

        assertEquals(1L, count("select count(*) from PLAN_VERSION"));
        assertEquals((long) SIZE, count("select count(*) from CLAUSE"));
        assertEquals(2, repository.store(draft(HUNYUAN, plan())).number(), "the failed number is not used up");
    }

    @Test
    void findsOneClauseWithItsSubtree() {
        List<Clause> clauses = plan();
        repository.store(draft(HUNYUAN, clauses));
        String uid = find(clauses, "划定生态保护红线").uid();

        Clause found = repository.clause(HUNYUAN.code(), 1, uid).orElseThrow();

        assertEquals("划定生态保护红线", found.heading());
        assertEquals(2, found.children().size());
        assertTrue(repository.clause(HUNYUAN.code(), 2, uid).isEmpty());
        assertTrue(repository.clause(HUNYUAN.code(), 1, "cnothere0").isEmpty());
    }

    @Test
    void aPlanTextOfThousandsOfClausesRoundTrips() {
        List<Clause> roots = new ArrayList<>();
        for (int c = 1; c <= 20; c++) {
            Clause chapter = Forests.clause(ClauseKind.CHAPTER, "第" + c + "章", "章" + c, "");
            for (int a = 1; a <= 50; a++) {
                Clause article = Forests.clause(ClauseKind.ARTICLE, "第" + a + "条", "条" + c + "-" + a,
                        "第" + c + "章第" + a + "条的正文，" + "内容".repeat(a));
                article.addChild(Forests.clause(ClauseKind.ITEM, "（一）", "", "款" + c + "-" + a));
                chapter.addChild(article);
            }
            roots.add(chapter);
        }
        ClauseTree.assignPathIds(roots);
        DurableIds.assignFresh(roots);

        long start = System.nanoTime();
        repository.store(draft(HUNYUAN, roots));
        List<Clause> loaded = repository.latestVersion(HUNYUAN.code()).orElseThrow().clauses();
        long millis = (System.nanoTime() - start) / 1_000_000;

        OutlineAssert.assertSameTree(roots, loaded);
        assertEquals(describe(roots), describe(loaded));
        assertTrue(millis < 20_000, "2020 clauses took " + millis + " ms");
    }

    private long count(String sql) {
        EntityManager em = factory.createEntityManager();
        try {
            return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
        } finally {
            em.close();
        }
    }

    static Clause find(List<Clause> roots, String heading) {
        return ClauseTree.flatten(roots).stream().filter(c -> c.heading().equals(heading)).findFirst().orElseThrow();
    }

    /** What the shared tree comparison leaves out: ids, numbers, provenance, locations. */
    static List<String> describe(List<Clause> roots) {
        return ClauseTree.flatten(roots).stream()
                .map(c -> String.join("|", c.eId(), c.uid(), c.num(), String.valueOf(c.mandatoryProvenance()),
                        c.location(), String.valueOf(c.children().size())))
                .toList();
    }
}
