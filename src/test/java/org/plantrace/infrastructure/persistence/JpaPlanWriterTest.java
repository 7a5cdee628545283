package org.plantrace.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.audit.AuditEntry;
import org.plantrace.domain.audit.AuditLog;
import org.plantrace.domain.audit.AuditQuery;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.ingest.identity.DurableIds;
import org.plantrace.ingest.identity.Forests;

class JpaPlanWriterTest {
    static final Plan PLAN = new Plan("p", "测试规划", PlanLevel.COUNTY, "", 2021, 2035);
    static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    @TempDir
    Path dir;
    EntityManagerFactory factory;
    JpaPlanRepository repository;
    JpaPlanWriter writer;
    JpaAuditLog log;

    @BeforeEach
    void open() {
        factory = PlanTracePersistence.open(DataDirectory.at(dir), Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        repository = new JpaPlanRepository(factory);
        writer = new JpaPlanWriter(factory);
        log = new JpaAuditLog(factory);
        List<Clause> clauses = Forests.countyPlan();
        DurableIds.assignFresh(clauses);
        repository.store(new PlanVersion(PLAN, 0, VersionStatus.DRAFT, T0, null, "x.txt", clauses));
    }

    @AfterEach
    void close() {
        factory.close();
    }

    /** Row id and revision of every clause row of version 1, by durable id. */
    private Map<String, long[]> rows() {
        EntityManager em = factory.createEntityManager();
        try {
            Map<String, long[]> out = new HashMap<>();
            for (Object[] r : em.createQuery("select c.uid, c.id, c.revision, c.ordinal from ClauseEntity c",
                    Object[].class).getResultList()) {
                out.put((String) r[0], new long[] {(Long) r[1], r[2] == null ? 1 : (Long) r[2], (Integer) r[3]});
            }
            return out;
        } finally {
            em.close();
        }
    }

    @Test
    void savingOneChangedClauseWritesOnlyThatRowAndBumpsOnlyItsRevision() {
        Map<String, long[]> before = rows();
        Clause changed = writer.write("p", work -> {
            PlanVersion v = work.read(1);
            Clause c = ClauseTree.flatten(v.clauses()).get(1);
            c.setText("改过的正文。");
            work.save(1, v.clauses());
            return c;
        });
        Map<String, long[]> after = rows();
        assertEquals(before.keySet(), after.keySet());
        for (String uid : before.keySet()) {
            assertEquals(before.get(uid)[0], after.get(uid)[0], "the row is updated in place, not re-inserted");
            long expected = uid.equals(changed.uid()) ? before.get(uid)[1] + 1 : before.get(uid)[1];
            assertEquals(expected, after.get(uid)[1], uid);
        }
        assertEquals(2, changed.revision());
        assertEquals("改过的正文。", ClauseTree.pathTo(writer.version("p", 1).orElseThrow().clauses(), changed.uid())
                .get(1).text());
    }

    @Test
    void movingClausesRewritesPositionsWithoutNewRevisions() {
        Map<String, long[]> before = rows();
        writer.write("p", work -> {
            PlanVersion v = work.read(1);
            List<Clause> roots = new ArrayList<>(v.clauses());
            // swap the two chapters: every ordinal changes, the unique (version, ordinal) pair must hold throughout
            roots.add(roots.remove(0));
            ClauseTree.assignPathIds(roots);
            work.save(1, roots);
            return null;
        });
        PlanVersion v = writer.version("p", 1).orElseThrow();
        assertEquals("国土空间保护", v.clauses().get(0).heading());
        assertEquals("chp_2", v.clauses().get(1).eId());
        Map<String, long[]> after = rows();
        for (String uid : before.keySet()) {
            assertEquals(before.get(uid)[1], after.get(uid)[1], "a move is not a content change: " + uid);
        }
        assertEquals(ClauseTree.flatten(Forests.countyPlan()).size(), ClauseTree.flatten(v.clauses()).size());
    }

    @Test
    void insertedAndDeletedClausesAreRowsAddedAndRemoved() {
        writer.write("p", work -> {
            PlanVersion v = work.read(1);
            List<Clause> roots = new ArrayList<>(v.clauses());
            Clause chapter1 = roots.get(0);
            chapter1.removeChild(chapter1.children().get(0));
            Clause fresh = Forests.clause(org.plantrace.domain.clause.ClauseKind.ARTICLE, "", "新条", "新正文。");
            fresh.setUid("cnewclause");
            chapter1.insertChild(0, fresh);
            ClauseTree.assignPathIds(roots);
            work.save(1, roots);
            return null;
        });
        PlanVersion v = writer.version("p", 1).orElseThrow();
        assertEquals("新条", v.clauses().get(0).children().get(0).heading());
        assertEquals(1, v.clauses().get(0).children().get(0).revision());
        assertEquals(ClauseTree.flatten(Forests.countyPlan()).size(), ClauseTree.flatten(v.clauses()).size());
    }

    @Test
    void aFailingWorkLeavesNothingBehind() {
        Map<String, long[]> before = rows();
        assertThrows(IllegalStateException.class, () -> writer.write("p", work -> {
            PlanVersion v = work.read(1);
            ClauseTree.flatten(v.clauses()).get(0).setHeading("不会保存");
            work.save(1, v.clauses());
            work.audit(new AuditEntry(0, T0, "x", Action.EDIT_CLAUSE, "编辑条款", "p", 1, "", "", ""));
            throw new IllegalStateException("boom");
        }));
        assertEquals(before.keySet(), rows().keySet());
        for (String uid : before.keySet()) {
            assertEquals(before.get(uid)[1], rows().get(uid)[1]);
        }
        assertEquals(0, log.count(AuditQuery.plan("p", 10)));
        assertThrows(IllegalArgumentException.class, () -> writer.write("no-such-plan", work -> null));
    }

    @Test
    void statusAndNewVersionsAreWrittenUnderTheLock() {
        PlanVersion created = writer.write("p", work -> {
            work.setStatus(1, VersionStatus.PUBLISHED, T0);
            return work.create(new PlanVersion(PLAN, 0, VersionStatus.DRAFT, T0, null, "copy", work.read(1).clauses()));
        });
        assertEquals(2, created.number());
        assertEquals(List.of(VersionStatus.PUBLISHED, VersionStatus.DRAFT),
                writer.versionList("p").stream().map(PlanVersion::status).toList());
        assertTrue(writer.versionList("p").get(1).clauses().isEmpty(), "the list carries no clauses");
        assertEquals(Forests.countyPlan().size(), writer.version("p", 2).orElseThrow().clauses().size());
    }

    @Test
    void theAuditLogAppendsAndReadsNewestFirstAndOffersNoWayToChangeAnEntry() {
        AuditEntry first = log.append(new AuditEntry(0, T0, "drafter", Action.EDIT_CLAUSE, "编辑条款", "p", 1, "c1",
                "旧", "新"));
        AuditEntry second = log.append(new AuditEntry(0, T0.plusSeconds(1), "admin", Action.PUBLISH, "发布", "p", 1, "",
                "审查中", "已发布"));
        assertTrue(second.id() > first.id());
        assertEquals(List.of(second, first), log.entries(AuditQuery.plan("p", 10)));
        assertEquals(List.of(first), log.entries(AuditQuery.clause("p", "c1", 10)));
        assertEquals(2, log.count(AuditQuery.plan("p", 1)));
        assertEquals("drafter", writer.write("p", work -> work.lastEditor(1, "c1")));

        // append-only by construction: the interface and the entity have nothing that changes an entry
        assertEquals(List.of("append", "count", "entries"), Arrays.stream(AuditLog.class.getDeclaredMethods())
                .map(Method::getName).sorted().toList());
        for (Method m : AuditEntity.class.getDeclaredMethods()) {
            assertFalse(m.getName().startsWith("set") && !Modifier.isStatic(m.getModifiers()), m.getName());
        }
        for (Method m : JpaAuditLog.class.getDeclaredMethods()) {
            assertFalse(m.getName().matches("(?i).*(update|delete|remove|merge).*"), m.getName());
        }
    }
}
