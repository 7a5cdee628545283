package org.plantrace.infrastructure.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.conformance.Figures;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.Verdict;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.audit.AuditEntry;
import org.plantrace.domain.audit.AuditQuery;
import org.plantrace.domain.conformance.Conclusion;
import org.plantrace.domain.conformance.ConformanceRecord;
import org.plantrace.domain.conformance.DecisionKind;
import org.plantrace.domain.conformance.FindingOrigin;
import org.plantrace.domain.conformance.RecordedFinding;
import org.plantrace.domain.conformance.ReviewDecision;
import org.plantrace.domain.conformance.StaleRecordException;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.JpaAuditLog;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;

/** Stored reviews in H2: read back as written, saved with their audit entry or not at all, stale saves refused. */
class JpaConformanceRecordsTest {
    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    static final String PLAN = "c--tw-w";

    @TempDir
    Path dir;
    EntityManagerFactory factory;
    JpaConformanceRecords records;
    JpaAuditLog audit;

    @BeforeEach
    void open() {
        factory = PlanTracePersistence.open(DataDirectory.at(dir), Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        records = new JpaConformanceRecords(factory);
        audit = new JpaAuditLog(factory);
    }

    @AfterEach
    void close() {
        factory.close();
    }

    static ConformanceRecord record() {
        Finding quantity = new Finding(Verdict.VIOLATED, "指标", "耕地保有量不低于3.76万亩", true, Finding.SEVERE,
                List.of(new Finding.CountyCite("c1", "chp_1__art_2", "耕地保有量…", "《县规划》第二条")),
                List.of(new Finding.TownshipCite("chp_3__art_6", "耕地", "耕地保有量不低于2500公顷")), "耕地保有量不低于2500公顷",
                "3.75 万亩 < 3.76 万亩", "d-cropland-area/quantity",
                new Figures("耕地保有量", "≥ 3.76 万亩", "≥ 2500 公顷", "3.75 万亩", "3.75 万亩 < 3.76 万亩，不满足 ≥ 3.76 万亩"));
        Finding terms = new Finding(Verdict.MISSING, "控制线", "划定生态保护红线", false, Finding.ORDINARY, List.of(), List.of(), "", "未写到", "d/terms");
        return new ConformanceRecord(0, 0, PLAN, 1, "c", 1, "王庄堡镇", "县规划", "镇规划",
                new ConformanceRecord.ChecklistUsed("王庄堡镇", 2, "0123456789abcdef"), "reviewer", AT, "不予通过", null, 0,
                List.of("乡镇规划由第 1 版变为第 2 版"), List.of(new RecordedFinding(1, quantity, FindingOrigin.ENGINE, null),
                        new RecordedFinding(2, terms, FindingOrigin.ENGINE, null)));
    }

    static AuditEntry entry(String planCode) {
        return new AuditEntry(0, AT, "reviewer", Action.CONFORMANCE_REVIEW, "测试", planCode, 1, "", "", "");
    }

    @Test
    void aRecordReadsBackAsWrittenAndDecisionsMoveItsRowVersion() {
        ConformanceRecord stored = records.save(record(), entry(PLAN));
        assertTrue(stored.id() > 0);
        assertEquals(record().findings(), stored.findings(), "snapshot, citations and figures");
        assertEquals(List.of("乡镇规划由第 1 版变为第 2 版"), stored.changes());
        ReviewDecision d = new ReviewDecision(DecisionKind.OVERRIDDEN, Verdict.MET, "同意", "reviewer", AT, 0);
        ConformanceRecord decided = records.save(stored.with(stored.findings().get(0).withDecision(d))
                .concluded(new Conclusion("通过", "", "reviewer", AT)), entry(PLAN));
        assertTrue(decided.rowVersion() > stored.rowVersion());
        assertEquals(d, decided.findings().get(0).decision());
        assertEquals("通过", decided.conclusion().value());
        assertThrows(StaleRecordException.class, () -> records.save(stored.concluded(new Conclusion("不予通过", "", "x", AT)), entry(PLAN)));
        assertEquals(decided, records.find(stored.id()).orElseThrow());
        assertEquals(List.of(stored.id()), records.history(PLAN).stream().map(ConformanceRecord::id).toList());
        assertEquals(2, audit.count(AuditQuery.plan(PLAN, AuditQuery.MAX_LIMIT)));
    }

    @Test
    void anAuditEntryThatCannotBeStoredTakesTheReviewWithIt() {
        String tooLong = "p".repeat(300);
        assertThrows(RuntimeException.class, () -> records.save(record(), entry(tooLong)));
        assertTrue(records.latest(PLAN).isEmpty(), "the review rolled back with its audit entry");
        ConformanceRecord stored = records.save(record(), entry(PLAN));
        ReviewDecision d = new ReviewDecision(DecisionKind.CONFIRMED, Verdict.VIOLATED, "", "reviewer", AT, 0);
        assertThrows(RuntimeException.class, () -> records.save(stored.with(stored.findings().get(0).withDecision(d)), entry(tooLong)));
        assertEquals(stored, records.find(stored.id()).orElseThrow(), "the decision rolled back with its audit entry");
    }
}
