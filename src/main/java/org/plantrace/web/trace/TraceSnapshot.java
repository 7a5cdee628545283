package org.plantrace.web.trace;

import java.util.List;
import java.util.Optional;
import org.plantrace.application.trace.TownshipTrace;
import org.plantrace.application.trace.TraceMatrix;
import org.plantrace.domain.plan.PlanVersion;

/**
 * The trace of the county's current published version as one kind of reader may see it: every
 * township with its items and findings, and the whole matrix. {@code drafts} says whether township
 * plans were judged on their newest version (drafts included) or their newest published one.
 */
public record TraceSnapshot(PlanVersion county, List<TownshipTrace> townships, TraceMatrix matrix, boolean drafts) {
    public TraceSnapshot {
        townships = List.copyOf(townships);
    }

    public Optional<TownshipTrace> township(String name) {
        return townships.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The township whose plan has this code, if the trace judged it. */
    public Optional<TownshipTrace> byPlan(String planCode) {
        return townships.stream().filter(t -> t.hasPlan() && t.plan().code().equals(planCode)).findFirst();
    }
}
