package org.plantrace.application.trace;

import java.util.Collection;
import org.plantrace.conformance.Verdict;

/**
 * What a township makes of one county clause: the engine's verdicts on the checklist items drawn
 * from it, folded into one word, or {@link #NO_PLAN} when the township has no plan in the store yet.
 */
public enum CellStatus {
    MET("met", "符合"),
    VIOLATED("violated", "不符合"),
    PARTIAL("partial", "部分"),
    MISSING("missing", "缺项"),
    UNCLEAR("unclear", "需人工判定"),
    NO_PLAN("no-plan", "无下级规划");

    private final String code;
    private final String label;

    CellStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /**
     * Several items from one clause: a violation outweighs everything (it is what a reviewer must
     * act on), then what needs a person, then all met, all missing, else partly carried.
     */
    public static CellStatus of(Collection<Verdict> verdicts) {
        if (verdicts.isEmpty()) {
            return NO_PLAN;
        }
        if (verdicts.contains(Verdict.VIOLATED)) {
            return VIOLATED;
        }
        if (verdicts.contains(Verdict.UNCLEAR)) {
            return UNCLEAR;
        }
        if (verdicts.stream().allMatch(v -> v == Verdict.MET)) {
            return MET;
        }
        if (verdicts.stream().allMatch(v -> v == Verdict.MISSING)) {
            return MISSING;
        }
        return PARTIAL;
    }
}
