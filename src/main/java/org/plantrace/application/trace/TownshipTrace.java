package org.plantrace.application.trace;

import java.util.List;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.transmission.Checklist;

/**
 * One township of the county plan: its checklist, its plan in the store (null when there is none)
 * and the version reviewed, and every requirement item with the engine's finding.
 */
public record TownshipTrace(String name, Plan plan, PlanVersion planVersion, Checklist checklist, List<ItemTrace> items,
        List<String> orphaned) {
    /** A verdict no reviewer has confirmed is the engine's (issue #12: 自动判定（未经审查确认）). */
    public static final String AUTOMATIC = "自动判定（未经审查确认）";

    public TownshipTrace {
        items = List.copyOf(items);
        orphaned = List.copyOf(orphaned);
    }

    /** Without orphaned clauses (no stored review, or none cites a removed county clause). */
    public TownshipTrace(String name, Plan plan, PlanVersion planVersion, Checklist checklist, List<ItemTrace> items) {
        this(name, plan, planVersion, checklist, items, List.of());
    }

    public boolean hasPlan() {
        return plan != null;
    }

    public Coverage coverage() {
        return Coverage.of(items);
    }

    /**
     * Whose verdicts these are, in words: all the engine's ({@link #AUTOMATIC}); or so many confirmed
     * by a reviewer and the rest the engine's; and how many a reviewer decided on versions since
     * changed (需复核).
     */
    public String basis() {
        long confirmed = items.stream().filter(i -> i.basis() == ItemTrace.Basis.REVIEWER).count();
        long suspect = items.stream().filter(i -> i.basis() == ItemTrace.Basis.SUSPECT).count();
        if (confirmed == 0 && suspect == 0 && orphaned.isEmpty()) {
            return AUTOMATIC;
        }
        StringBuilder s = new StringBuilder();
        if (confirmed > 0) {
            s.append("审查确认 ").append(confirmed).append(" 项，其余为").append(AUTOMATIC);
        } else {
            s.append(AUTOMATIC);
        }
        if (suspect > 0) {
            s.append("；").append(suspect).append(" 项的审查结论因规划已更新需复核");
        }
        if (!orphaned.isEmpty()) {
            s.append("；").append(orphaned.size()).append(" 条乡镇条款所落实的县级条款已不存在（孤立）");
        }
        return s.toString();
    }
}
