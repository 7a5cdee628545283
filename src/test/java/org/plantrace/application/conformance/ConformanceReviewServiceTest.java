package org.plantrace.application.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.conformance.Verdict;
import org.plantrace.domain.account.AccessDeniedException;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.audit.AuditEntry;
import org.plantrace.domain.audit.AuditQuery;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.conformance.ConformanceRecord;
import org.plantrace.domain.conformance.DecisionKind;
import org.plantrace.domain.conformance.FindingOrigin;
import org.plantrace.domain.conformance.RecordedFinding;
import org.plantrace.domain.conformance.StaleRecordException;
import org.plantrace.domain.plan.Jurisdiction;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.conformance.JpaConformanceRecords;
import org.plantrace.infrastructure.persistence.JpaAuditLog;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.ingest.text.TextReader;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.search.MemoryPlans;
import org.plantrace.search.SeedPlan;
import org.plantrace.transmission.RuleBasedChecklists;

/**
 * The reviewer's work on the 王庄堡镇 test sample (src/test/resources/review, planted errors) reviewed
 * against the Hunyuan seed: plans in memory, reviews and the audit trail in a real H2 store.
 */
class ConformanceReviewServiceTest {
    static final Actor REVIEWER = Actor.of("reviewer", Role.REVIEWER);
    static final Actor ADMIN = Actor.of("admin", Role.ADMIN);
    static final Actor DRAFTER = Actor.of("drafter", Role.DRAFTER);
    static final Plan WANG = new Plan(SeedPlan.PLAN.code() + "--tw-wangzhuangbao", "王庄堡镇国土空间总体规划（2021—2035年）（送审稿）",
            PlanLevel.TOWNSHIP, "王庄堡镇", 2021, 2035, SeedPlan.PLAN.code(), new Jurisdiction("王庄堡镇", "tw-wangzhuangbao", null));
    static final Path SAMPLE = Path.of("src/test/resources/review/wangzhuangbao.txt");

    @TempDir
    Path dir;
    EntityManagerFactory factory;
    MemoryPlans plans;
    JpaAuditLog audit;
    ConformanceReviewService service;

    @BeforeEach
    void open() throws Exception {
        factory = PlanTracePersistence.open(DataDirectory.at(dir), Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        audit = new JpaAuditLog(factory);
        plans = new MemoryPlans().add(SeedPlan.version(1, VersionStatus.PUBLISHED))
                .add(SeedPlan.version(WANG, 1, VersionStatus.DRAFT, township(Files.readString(SAMPLE))));
        service = new ConformanceReviewService(plans, RuleBasedChecklists.standard(),
                code -> PlanPackages.located().linker(code).gazetteer(), new JpaConformanceRecords(factory), java.time.Clock.systemUTC());
    }

    @AfterEach
    void close() {
        factory.close();
    }

    static List<Clause> township(String text) throws Exception {
        Path file = Files.createTempFile("township", ".txt");
        try {
            Files.writeString(file, text);
            List<Clause> clauses = new TextReader().read(file).clauses();
            ClauseTree.assignPathIds(clauses);
            ClauseTree.flatten(clauses).forEach(c -> c.setUid("t-" + c.eId()));
            return clauses;
        } finally {
            Files.delete(file);
        }
    }

    List<AuditEntry> audited() {
        return audit.entries(AuditQuery.plan(WANG.code(), AuditQuery.MAX_LIMIT));
    }

    RecordedFinding first(ConformanceRecord r, Verdict v) {
        return r.findings().stream().filter(f -> f.finding().status() == v).findFirst().orElseThrow();
    }

    @Test
    void aRunIsStoredWithItsFindingsWhoAndWhenAndIsAudited() {
        ConformanceRecord r = service.run(REVIEWER, WANG.code());
        assertTrue(r.id() > 0);
        assertEquals("reviewer", r.ranBy());
        assertEquals(1, r.townshipVersion());
        assertEquals(1, r.countyVersion());
        assertEquals("王庄堡镇", r.township());
        assertTrue(r.checklist().items() > 10, "the checklist's requirement count");
        assertEquals(16, r.checklist().fingerprint().length());
        assertTrue(r.findings().size() >= r.checklist().items());
        assertTrue(r.findings().stream().anyMatch(f -> f.finding().status() == Verdict.VIOLATED), "the sample plants violations");
        assertNull(r.conclusion());
        ConformanceRecord back = service.review(REVIEWER, r.id()).orElseThrow();
        assertEquals(r.findings(), back.findings(), "the snapshot reads back as stored, citations included");
        assertTrue(back.findings().stream().anyMatch(f -> !f.finding().countyClauses().isEmpty()
                && !f.finding().countyClauses().get(0).citation().isBlank()));
        List<AuditEntry> a = audited();
        assertEquals(1, a.size());
        assertEquals(Action.CONFORMANCE_REVIEW, a.get(0).action());
        assertTrue(a.get(0).after().contains("对照县级规划第 1 版"), a.get(0).after());
    }

    @Test
    void anOverrideNeedsANoteAndKeepsTheEnginesReason() {
        ConformanceRecord r = service.run(REVIEWER, WANG.code());
        RecordedFinding violated = first(r, Verdict.VIOLATED);
        ConformanceReviewException refused = assertThrows(ConformanceReviewException.class, () -> service.decide(REVIEWER, r.id(),
                r.rowVersion(), violated.number(), DecisionKind.OVERRIDDEN, Verdict.MET, "  "));
        assertTrue(refused.getMessage().contains("须填写审查人意见"));
        assertEquals(r, service.review(REVIEWER, r.id()).orElseThrow(), "nothing stored on refusal");
        assertEquals(1, audited().size());

        ConformanceRecord after = service.decide(REVIEWER, r.id(), r.rowVersion(), violated.number(), DecisionKind.OVERRIDDEN,
                Verdict.MET, "经核实为统计口径差异，同意保留");
        RecordedFinding f = after.finding(violated.number()).orElseThrow();
        assertEquals(Verdict.MET, f.effective());
        assertEquals(Verdict.VIOLATED, f.finding().status(), "the engine's verdict stays in the snapshot");
        assertEquals(violated.finding().reason(), f.finding().reason(), "an accepted deviation keeps its reason");
        assertEquals("经核实为统计口径差异，同意保留", f.decision().note());
        assertTrue(after.rowVersion() > r.rowVersion());
        AuditEntry entry = audited().get(0);
        assertTrue(entry.detail().contains("改判审查事项 #" + violated.number()), entry.detail());
        assertEquals("系统判定：不符合", entry.before());
        assertTrue(entry.after().contains("改判为符合：经核实"), entry.after());
    }

    @Test
    void confirmingNeedsNoNoteAndTheStaleRowVersionIsRefused() {
        ConformanceRecord r = service.run(ADMIN, WANG.code());
        RecordedFinding met = first(r, Verdict.MET);
        ConformanceRecord after = service.decide(ADMIN, r.id(), r.rowVersion(), met.number(), DecisionKind.CONFIRMED, null, "");
        assertEquals(DecisionKind.CONFIRMED, after.finding(met.number()).orElseThrow().decision().kind());
        assertThrows(StaleRecordException.class, () -> service.decide(REVIEWER, r.id(), r.rowVersion(), met.number(),
                DecisionKind.OVERRIDDEN, Verdict.VIOLATED, "另一位审查人的旧页面"));
        assertEquals(after, service.review(REVIEWER, r.id()).orElseThrow());
    }

    @Test
    void draftersAndThePublicMayNeitherRunNorDecide() {
        assertThrows(AccessDeniedException.class, () -> service.run(DRAFTER, WANG.code()));
        assertThrows(AccessDeniedException.class, () -> service.run(Actor.ANONYMOUS, WANG.code()));
        assertTrue(service.latestState(WANG.code()).isEmpty(), "nothing stored");
        ConformanceRecord r = service.run(REVIEWER, WANG.code());
        assertThrows(AccessDeniedException.class, () -> service.decide(DRAFTER, r.id(), r.rowVersion(), 1,
                DecisionKind.CONFIRMED, null, ""));
        assertThrows(AccessDeniedException.class, () -> service.conclude(DRAFTER, r.id(), r.rowVersion(), "通过", ""));
        assertThrows(AccessDeniedException.class, () -> service.review(Actor.ANONYMOUS, r.id()));
        assertEquals(r, service.review(REVIEWER, r.id()).orElseThrow());
        assertEquals(1, audited().size());
    }

    @Test
    void theConclusionIsOneOfThreeAndAudited() {
        ConformanceRecord r = service.run(REVIEWER, WANG.code());
        assertThrows(ConformanceReviewException.class, () -> service.conclude(REVIEWER, r.id(), r.rowVersion(), "基本通过", ""));
        ConformanceRecord after = service.conclude(REVIEWER, r.id(), r.rowVersion(), "修改完善后通过", "补充缺项后报批");
        assertEquals("修改完善后通过", after.conclusion().value());
        assertEquals("reviewer", after.conclusion().by());
        assertEquals("修改完善后通过：补充缺项后报批", audited().get(0).after());
    }

    @Test
    void aReviewerAddsAFindingFromTheTownshipText() {
        ConformanceRecord r = service.run(REVIEWER, WANG.code());
        Clause c = service.townshipClauses(REVIEWER, r).stream().filter(x -> x.text() != null && x.text().contains("镇区常住人口"))
                .findFirst().orElseThrow();
        assertThrows(ConformanceReviewException.class, () -> service.addFinding(REVIEWER, r.id(), r.rowVersion(), c.uid(),
                "这句话不在条款里", Verdict.VIOLATED, "人口规模", "说明"));
        assertThrows(ConformanceReviewException.class, () -> service.addFinding(REVIEWER, r.id(), r.rowVersion(), c.uid(),
                "镇区常住人口", Verdict.VIOLATED, "人口规模", ""));
        ConformanceRecord after = service.addFinding(REVIEWER, r.id(), r.rowVersion(), c.uid(), "镇区常住人口0.8万人",
                Verdict.UNCLEAR, "镇区人口规模与县级规划城镇体系是否衔接", "需核对县级规划城镇体系表");
        RecordedFinding added = after.findings().get(after.findings().size() - 1);
        assertEquals(r.findings().size() + 1, added.number());
        assertEquals(FindingOrigin.REVIEWER, added.origin());
        assertEquals(Verdict.UNCLEAR, added.effective());
        assertEquals(c.eId(), added.finding().townshipClauses().get(0).id());
        assertEquals("镇区常住人口0.8万人", added.finding().evidence());
        assertTrue(audited().get(0).detail().startsWith("补充审查事项 #" + added.number()));
    }

    @Test
    void aNewerTownshipVersionOrPublishedCountyVersionMakesItOutdated() throws Exception {
        ConformanceRecord r = service.run(REVIEWER, WANG.code());
        assertFalse(service.latestState(WANG.code()).orElseThrow().outdated());
        plans.add(SeedPlan.version(SeedPlan.PLAN, 2, VersionStatus.DRAFT, SeedPlan.clauses()));
        assertFalse(service.latestState(WANG.code()).orElseThrow().outdated(), "a county draft is not a new basis");
        plans.add(SeedPlan.version(WANG, 2, VersionStatus.DRAFT, township(Files.readString(SAMPLE))));
        ReviewState s = service.latest(REVIEWER, WANG.code()).orElseThrow();
        assertTrue(s.outdated());
        assertEquals(List.of("乡镇规划已有第 2 版（本次审查针对第 1 版）"), s.reasonsInChinese());
        assertEquals(r.id(), s.record().id());
        assertEquals(r.findings().size(), s.effectiveVerdicts().size());
    }

    /**
     * Issue #12: the trace reads the stored review — the reviewer's override shows in the township's
     * items while the review holds, and once the county publishes a new version the decided item is
     * suspect (需复核), from the real service over the real store.
     */
    @Test
    void theTraceShowsTheReviewersVerdictUntilTheCountyPublishesAgain() throws Exception {
        ConformanceRecord r = service.run(REVIEWER, WANG.code());
        RecordedFinding violated = first(r, Verdict.VIOLATED);
        Object stampBefore = service.reviewedVerdicts().stamp(WANG.code());
        service.decide(REVIEWER, r.id(), r.rowVersion(), violated.number(), DecisionKind.OVERRIDDEN, Verdict.MET, "经核实同意保留");
        // the web's trace cache keys on the stamp: a decision must change it
        org.junit.jupiter.api.Assertions.assertNotEquals(stampBefore, service.reviewedVerdicts().stamp(WANG.code()));
        org.plantrace.application.trace.TraceService trace = new org.plantrace.application.trace.TraceService(plans,
                RuleBasedChecklists.standard(), org.plantrace.conformance.ReviewRules.standard(),
                PlanPackages.located().linker(SeedPlan.PLAN.code()).gazetteer(), service.reviewedVerdicts());
        org.plantrace.domain.plan.PlanVersion county = plans.latestPublished(SeedPlan.PLAN.code()).orElseThrow();
        org.plantrace.application.trace.ItemTrace item = trace.townships(county, WANG.township()).get(0).items().stream()
                .filter(i -> i.item().requirement().equals(violated.finding().requirement())).findFirst().orElseThrow();
        assertEquals(org.plantrace.application.trace.ItemTrace.Basis.REVIEWER, item.basis());
        assertEquals(Verdict.MET, item.finding().status());

        plans.add(SeedPlan.version(SeedPlan.PLAN, 2, VersionStatus.PUBLISHED, SeedPlan.clauses()));
        org.plantrace.domain.plan.PlanVersion republished = plans.latestPublished(SeedPlan.PLAN.code()).orElseThrow();
        org.plantrace.application.trace.TownshipTrace after = trace.townships(republished, WANG.township()).get(0);
        assertEquals(1, after.coverage().suspect(), "the reviewer's decision on the old county version is suspect now");
        assertTrue(after.basis().contains("需复核"), after.basis());
    }

    @Test
    void aPublishedCountyVersionMakesItOutdatedToo() {
        service.run(REVIEWER, WANG.code());
        plans.add(SeedPlan.version(SeedPlan.PLAN, 2, VersionStatus.PUBLISHED, SeedPlan.clauses()));
        ReviewState s = service.latestState(WANG.code()).orElseThrow();
        assertTrue(s.outdated());
        assertEquals(List.of("县级规划已发布第 2 版（本次审查依据第 1 版）"), s.reasonsInChinese());
    }

    @Test
    void reRunningCarriesOverDecisionsWhoseWordsHoldAndListsTheRest() throws Exception {
        ConformanceRecord r = service.run(REVIEWER, WANG.code());
        RecordedFinding population = r.findings().stream().filter(f -> f.finding().evidence().contains("镇区常住人口0.8万人"))
                .findFirst().orElseThrow();
        RecordedFinding other = r.findings().stream().filter(f -> f.finding().status() == Verdict.VIOLATED
                && !f.finding().evidence().contains("镇区常住人口")).findFirst().orElseThrow();
        r = service.decide(REVIEWER, r.id(), r.rowVersion(), population.number(), DecisionKind.CONFIRMED, null, "人口规模已核");
        r = service.decide(REVIEWER, r.id(), r.rowVersion(), other.number(), DecisionKind.OVERRIDDEN,
                other.finding().status() == Verdict.MET ? Verdict.VIOLATED : Verdict.MET, "同意保留");
        r = service.conclude(REVIEWER, r.id(), r.rowVersion(), "修改完善后通过", "");
        plans.add(SeedPlan.version(WANG, 2, VersionStatus.DRAFT,
                township(Files.readString(SAMPLE).replace("镇区常住人口0.8万人", "镇区常住人口0.9万人"))));

        ConformanceRecord again = service.run(REVIEWER, WANG.code());
        assertEquals(r.id(), again.previous());
        assertEquals(2, again.townshipVersion());
        assertNull(again.conclusion(), "the conclusion is set again");
        RecordedFinding kept = again.findings().stream().filter(f -> f.finding().requirement().equals(other.finding().requirement()))
                .findFirst().orElseThrow();
        assertEquals(DecisionKind.OVERRIDDEN, kept.decision().kind());
        assertEquals(r.id(), kept.decision().carriedFrom());
        assertEquals("同意保留", kept.decision().note());
        RecordedFinding changed = again.findings().stream().filter(f -> f.finding().requirement().equals(population.finding().requirement()))
                .findFirst().orElseThrow();
        assertNull(changed.decision(), "its township words changed: decided again");
        assertTrue(again.changes().contains("乡镇规划由第 1 版变为第 2 版"), again.changes().toString());
        assertTrue(again.changes().stream().anyMatch(c -> c.contains("0.9万人") && c.contains("人口规模已核")), again.changes().toString());
        assertTrue(again.changes().stream().anyMatch(c -> c.contains("上次审查结论「修改完善后通过」不沿用")));
        assertFalse(service.latestState(WANG.code()).orElseThrow().outdated());
        assertThrows(ConformanceReviewException.class, () -> service.conclude(REVIEWER, again.previous(),
                service.review(REVIEWER, again.previous()).orElseThrow().rowVersion(), "通过", ""),
                "only the newest review may be changed");
        assertEquals(2, service.history(REVIEWER, WANG.code()).size());
    }

    @Test
    void aPlanThatIsNotATownshipPlanIsRefused() {
        ConformanceReviewException e = assertThrows(ConformanceReviewException.class, () -> service.run(REVIEWER, SeedPlan.PLAN.code()));
        assertTrue(e.getMessage().contains("不是某个县级规划之下的乡镇规划"), e.getMessage());
        assertThrows(ConformanceReviewException.class, () -> service.run(REVIEWER, "no-such-plan"));
        assertTrue(audited().isEmpty());
    }

    @Test
    void aRunThatCannotBeStoredLeavesNothing() {
        Actor longName = Actor.of("r".repeat(300), Role.REVIEWER);
        assertThrows(RuntimeException.class, () -> service.run(longName, WANG.code()));
        assertTrue(service.latestState(WANG.code()).isEmpty(), "the review rolled back with its audit entry");
    }
}
