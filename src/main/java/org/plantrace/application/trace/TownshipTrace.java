package org.plantrace.application.trace;

import java.util.List;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.transmission.Checklist;

/**
 * One township of the county plan: its checklist, its plan in the store (null when there is none)
 * and the version reviewed, and every requirement item with the engine's finding.
 */
public record TownshipTrace(String name, Plan plan, PlanVersion planVersion, Checklist checklist, List<ItemTrace> items) {
    /** Until reviewers' records are stored, every verdict is the engine's (issue #12: 自动判定（未经审查确认）). */
    public static final String AUTOMATIC = "自动判定（未经审查确认）";

    public TownshipTrace {
        items = List.copyOf(items);
    }

    public boolean hasPlan() {
        return plan != null;
    }

    public Coverage coverage() {
        return Coverage.of(items);
    }
}
