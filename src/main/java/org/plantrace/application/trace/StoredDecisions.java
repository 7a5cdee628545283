package org.plantrace.application.trace;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.Verdict;

/**
 * Lays a stored review's decisions over the engine's findings of one township. A review of a newer
 * township version than the one traced (a draft, when the public's trace reads the published one)
 * says nothing about it and is left out. A review of exactly the traced versions
 * gives the reviewer's verdict ({@link ItemTrace.Basis#REVIEWER}); one of older versions (需复核: the
 * township plan or the county's publication moved on) turns each decided item suspect, showing the engine's
 * verdict on the current versions.
 */
final class StoredDecisions {
    private StoredDecisions() {
    }

    static List<ItemTrace> apply(List<ItemTrace> items, ReviewedVerdicts.Reviewed review, int townshipVersion, int countyVersion) {
        if (review.townshipVersion() > townshipVersion) {
            return items;
        }
        // judged on the very versions traced: the decisions hold (a newer township draft does not
        // unsettle the public's trace of the published version)
        boolean holds = review.townshipVersion() == townshipVersion && review.countyVersion() == countyVersion;
        List<ItemTrace> out = new ArrayList<>(items.size());
        for (ItemTrace i : items) {
            Verdict decided = i.finding() == null ? null : review.decided().get(i.item().requirement());
            if (decided == null) {
                out.add(i);
            } else if (holds) {
                out.add(new ItemTrace(i.item(), withVerdict(i.finding(), decided), ItemTrace.Basis.REVIEWER));
            } else {
                out.add(new ItemTrace(i.item(), i.finding(), ItemTrace.Basis.SUSPECT));
            }
        }
        return out;
    }

    /**
     * Orphaned: the township clauses of the review whose county clauses are all gone from the county
     * version now traced (a county clause removed after the review), in the review's order.
     */
    static List<String> orphaned(ReviewedVerdicts.Reviewed review, org.plantrace.domain.plan.PlanVersion county) {
        java.util.Set<String> present = new java.util.HashSet<>();
        org.plantrace.domain.clause.ClauseTree.flatten(county.clauses()).forEach(c -> present.add(c.uid()));
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (ReviewedVerdicts.Carried c : review.carried()) {
            if (!c.countyUids().isEmpty() && c.countyUids().stream().noneMatch(present::contains)) {
                out.addAll(c.townshipClauses());
            }
        }
        return List.copyOf(out);
    }

    /** The engine's finding with the reviewer's verdict, its severity following it. */
    static Finding withVerdict(Finding f, Verdict v) {
        String severity = v == Verdict.MET ? Finding.NONE : v == Verdict.VIOLATED && f.mandatory() ? Finding.SEVERE : Finding.ORDINARY;
        return new Finding(v, f.category(), f.requirement(), f.mandatory(), severity, f.countyClauses(), f.townshipClauses(),
                f.evidence(), f.reason(), f.rule(), f.figures());
    }
}
