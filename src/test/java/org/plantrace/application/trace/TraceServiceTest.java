package org.plantrace.application.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.conformance.ReviewRules;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Jurisdiction;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.text.TextReader;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.search.MemoryPlans;
import org.plantrace.search.SeedPlan;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.RuleBasedChecklists;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;

/**
 * The use case on an in-memory store: the seed published, a county draft that changes one clause,
 * and a 王庄堡镇 plan that carries its checklist's requirements word for word except the first one,
 * which it leaves out.
 */
public class TraceServiceTest {
    static final String WANG = "王庄堡镇";
    static PlanVersion county;
    static MemoryPlans plans;
    static TraceService service;
    static Checklist checklist;
    static Clause changed;

    @BeforeAll
    static void store() throws Exception {
        county = SeedPlan.version(1, VersionStatus.PUBLISHED);
        RuleBasedChecklists checklists = RuleBasedChecklists.standard();
        checklist = checklists.derive(county, new Target(TargetKind.TOWNSHIP, WANG));
        plans = new MemoryPlans().add(county);
        // the draft: the same text read again, durable ids carried over by path, one clause reworded
        List<Clause> draft = new TextReader().read(SeedPlan.TEXT).clauses();
        ClauseTree.assignPathIds(draft);
        Map<String, String> uids = new HashMap<>();
        ClauseTree.flatten(county.clauses()).forEach(c -> uids.put(c.eId(), c.uid()));
        ClauseTree.flatten(draft).forEach(c -> c.setUid(uids.get(c.eId())));
        String source = checklist.requirements().get(0).sourceClauses().get(0).uid();
        changed = ClauseTree.flatten(draft).stream().filter(c -> source.equals(c.uid())).findFirst().orElseThrow();
        changed.setText(changed.text() + "（草案修改）");
        plans.add(SeedPlan.version(SeedPlan.PLAN, 2, VersionStatus.DRAFT, draft));

        Plan wang = new Plan(SeedPlan.PLAN.code() + "--tw-wangzhuangbao", "王庄堡镇国土空间总体规划（测试）", PlanLevel.TOWNSHIP, WANG,
                2021, 2035, SeedPlan.PLAN.code(), new Jurisdiction(WANG, "tw-wangzhuangbao", null));
        plans.add(SeedPlan.version(wang, 1, VersionStatus.DRAFT, carrying(checklist.requirements().subList(1,
                checklist.requirements().size()))));
        service = new TraceService(plans, checklists, ReviewRules.standard(),
                PlanPackages.located().linker(SeedPlan.PLAN.code()).gazetteer());
    }

    @Test
    void theTownshipWithAPlanIsReviewedTheOthersHaveNone() throws Exception {
        List<TownshipTrace> all = service.townships(county, null);
        assertEquals(18, all.size());
        for (TownshipTrace t : all) {
            assertEquals(t.name().equals(WANG), t.hasPlan(), t.name());
        }
        TraceMatrix m = service.matrix(county, all);
        TraceMatrix.Column wang = m.townships().stream().filter(c -> c.name().equals(WANG)).findFirst().orElseThrow();
        assertEquals(TownshipTrace.AUTOMATIC, wang.basis());
        assertEquals(checklist.requirements().size(), wang.coverage().items());
        assertTrue(wang.coverage().covered() > wang.coverage().items() / 2, wang.coverage().toString());
        // the item the plan leaves out is not covered, and its clause's cell says so
        String left = checklist.requirements().get(0).sourceClauses().get(0).uid();
        TraceMatrix.Row row = m.rows().stream().filter(r -> r.uid().equals(left)).findFirst().orElseThrow();
        assertTrue(row.cells().get(WANG).status() != CellStatus.MET, row.toString());
        m.townships().stream().filter(c -> !c.name().equals(WANG))
                .forEach(c -> assertEquals(c.coverage().items(), c.coverage().unreviewed(), c.name()));
    }

    @Test
    void theDraftsChangeShowsInTheImpactOfTheClause() throws Exception {
        List<TownshipTrace> all = service.townships(county, null);
        Impact impact = service.impact(county, changed.uid(), all);
        assertEquals(Impact.Draft.CHANGED, impact.draft().change());
        assertEquals(2, impact.draft().version());
        assertEquals("draft", impact.draft().status());
        assertTrue(impact.townships().stream().anyMatch(t -> t.name().equals(WANG) && t.plan() != null));
        for (Impact.Township t : impact.townships()) {
            t.items().forEach(i -> assertTrue(i.sources().contains(changed.uid())));
        }
        String other = ClauseTree.flatten(county.clauses()).stream().map(Clause::uid).filter(u -> !u.equals(changed.uid()))
                .findFirst().orElseThrow();
        assertEquals(Impact.Draft.UNCHANGED, service.impact(county, other, all).draft().change());
    }

    @Test
    void withoutADraftThereIsNoChangeToReportAndAnUnknownUidIsRefused() throws Exception {
        MemoryPlans only = new MemoryPlans().add(county);
        TraceService published = new TraceService(only, RuleBasedChecklists.standard(), ReviewRules.standard(),
                PlanPackages.located().linker(SeedPlan.PLAN.code()).gazetteer());
        Impact impact = published.impact(county, changed.uid(), published.townships(county, WANG));
        assertNull(impact.draft());
        assertEquals(List.of(WANG), impact.townships().stream().map(Impact.Township::name).toList());
        assertTrue(impact.townships().get(0).items().stream().allMatch(i -> i.status() == CellStatus.NO_PLAN));
        try {
            published.impact(county, "nope", List.of());
            throw new AssertionError("an unknown uid must be refused");
        } catch (InputRejectedException e) {
            assertTrue(e.getMessage().contains("nope"), e.getMessage());
        }
    }

    @Test
    void aCountyWithoutAPublishedVersionIsRefusedNamingThePlan() {
        MemoryPlans drafts = new MemoryPlans().add(SeedPlan.version(1, VersionStatus.DRAFT));
        TraceService none = new TraceService(drafts, RuleBasedChecklists.standard(), ReviewRules.standard(),
                PlanPackages.located().linker(SeedPlan.PLAN.code()).gazetteer());
        try {
            none.county(SeedPlan.PLAN.code());
            throw new AssertionError("a county with drafts only has nothing to trace");
        } catch (InputRejectedException e) {
            assertTrue(e.getMessage().contains(SeedPlan.PLAN.code()) && e.getMessage().contains("已发布"), e.getMessage());
        }
    }

    @Test
    void anUnknownTownshipIsRefusedListingTheTownships() {
        try {
            service.townships(county, "北京镇");
            throw new AssertionError("not a township of the county");
        } catch (InputRejectedException e) {
            assertTrue(e.getMessage().contains("北京镇") && e.getMessage().contains(WANG), e.getMessage());
        }
    }

    /** A township plan carrying each requirement in the county's words: one article per item (also for the web's trace tests). */
    public static List<Clause> carrying(List<ChecklistItem> items) {
        Clause chapter = new Clause(ClauseKind.CHAPTER, "一", "规划要求落实");
        int n = 0;
        for (ChecklistItem i : items) {
            Clause a = new Clause(ClauseKind.ARTICLE, String.valueOf(++n), i.category());
            a.setText(i.requirement() + "。");
            a.setUid("t" + n);
            chapter.addChild(a);
        }
        List<Clause> forest = List.of(chapter);
        ClauseTree.assignPathIds(forest);
        return forest;
    }
}
