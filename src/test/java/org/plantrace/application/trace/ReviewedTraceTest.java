package org.plantrace.application.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.plantrace.conformance.ReviewRules;
import org.plantrace.conformance.Verdict;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.RuleBasedChecklists;

/**
 * Stored reviews in the trace (issue #12.1–2): a reviewer's decision on an item shows instead of the
 * engine's verdict while the review is of the versions traced, and the matrix column says how many
 * are confirmed; once the township plan has moved on the decided items count as suspect; a review of
 * a newer township version than the one traced (a draft, for the public) is left out; a township clause
 * whose county clauses are gone from the county version is orphaned.
 */
class ReviewedTraceTest {
    @Test
    void aReviewersDecisionShowsAndTurnsSuspectWhenThePlanMovesOn() throws Exception {
        TraceServiceTest.store();
        String wangPlan = TraceServiceTest.plans.plans().stream().filter(p -> TraceServiceTest.WANG.equals(p.township()))
                .findFirst().orElseThrow().code();
        TownshipTrace engine = traced(ReviewedVerdicts.NONE);
        // the first requirement is left out of the township plan: the engine finds it missing
        ChecklistItem first = TraceServiceTest.checklist.requirements().get(0);
        assertEquals(Verdict.MISSING, engine.items().get(0).finding().status());
        Coverage before = engine.coverage();

        AtomicReference<ReviewedVerdicts.Reviewed> stored = new AtomicReference<>(new ReviewedVerdicts.Reviewed(7, 1,
                TraceServiceTest.county.number(), "reviewer", Instant.EPOCH, false, Map.of(first.requirement(), Verdict.MET)));
        ReviewedVerdicts reviews = plan -> plan.equals(wangPlan) ? Optional.of(stored.get()) : Optional.empty();

        TownshipTrace reviewed = traced(reviews);
        ItemTrace item = reviewed.items().get(0);
        assertEquals(ItemTrace.Basis.REVIEWER, item.basis());
        assertEquals(Verdict.MET, item.finding().status(), "the reviewer accepted the omission");
        assertEquals(before.covered() + 1, reviewed.coverage().covered());
        assertEquals(before.uncovered() - 1, reviewed.coverage().uncovered());
        assertTrue(reviewed.basis().startsWith("审查确认 1 项"), reviewed.basis());
        TraceMatrix m = TraceServiceTest.service.matrix(TraceServiceTest.county, List.of(reviewed));
        assertEquals(reviewed.basis(), m.townships().get(0).basis());
        // the impact of changing the item's county clause names the review and the decision it puts in question
        String source = first.sourceClauses().get(0).uid();
        Impact impact = service(reviews).impact(TraceServiceTest.county, source, List.of(reviewed));
        assertEquals(1, impact.reviews().size());
        assertEquals(7, impact.reviews().get(0).id());
        assertEquals(1, impact.reviews().get(0).decided());
        assertTrue(org.plantrace.application.trace.output.TraceJson.impact(impact).contains("\"review\":7"));

        // the review was of version 1; the township plan now traces at a newer version: suspect
        stored.set(new ReviewedVerdicts.Reviewed(7, 0, TraceServiceTest.county.number(), "reviewer", Instant.EPOCH, true,
                Map.of(first.requirement(), Verdict.MET)));
        TownshipTrace moved = traced(reviews);
        assertEquals(ItemTrace.Basis.SUSPECT, moved.items().get(0).basis());
        assertEquals(1, moved.coverage().suspect());
        assertEquals(before.items(), moved.coverage().items(), "the five counts still add up to the items");
        assertTrue(moved.basis().contains("需复核"), moved.basis());

        // a township clause carrying a county clause that is gone from the county version is orphaned
        String kept = first.sourceClauses().get(0).uid();
        stored.set(new ReviewedVerdicts.Reviewed(9, 1, TraceServiceTest.county.number(), "reviewer", Instant.EPOCH, false,
                Map.of(), List.of(new ReviewedVerdicts.Carried(List.of(kept), List.of("chp_1__art_1")),
                        new ReviewedVerdicts.Carried(List.of("c-removed-from-county"), List.of("chp_2__art_3")))));
        TownshipTrace orphans = traced(reviews);
        assertEquals(List.of("chp_2__art_3"), orphans.orphaned());
        assertTrue(orphans.basis().contains("1 条乡镇条款所落实的县级条款已不存在（孤立）"), orphans.basis());
        TraceMatrix withOrphans = TraceServiceTest.service.matrix(TraceServiceTest.county, List.of(orphans));
        assertEquals(1, withOrphans.townships().get(0).orphaned());
        assertTrue(org.plantrace.application.trace.output.TraceJson.matrix(withOrphans).contains("\"orphaned\":1"));

        // a review of a newer version than the one traced says nothing about it
        stored.set(new ReviewedVerdicts.Reviewed(8, 2, TraceServiceTest.county.number(), "reviewer", Instant.EPOCH, false,
                Map.of(first.requirement(), Verdict.MET)));
        assertEquals(before, traced(reviews).coverage());
    }

    private static TownshipTrace traced(ReviewedVerdicts reviews) throws Exception {
        return service(reviews).townships(TraceServiceTest.county, TraceServiceTest.WANG).get(0);
    }

    private static TraceService service(ReviewedVerdicts reviews) {
        return new TraceService(TraceServiceTest.plans, RuleBasedChecklists.standard(), ReviewRules.standard(),
                PlanPackages.located().linker(org.plantrace.search.SeedPlan.PLAN.code()).gazetteer(), reviews);
    }
}
