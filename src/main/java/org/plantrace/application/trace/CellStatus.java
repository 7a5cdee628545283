package org.plantrace.application.trace;

import java.util.Collection;
import org.plantrace.conformance.Verdict;

/**
 * What a township makes of one county clause: the engine's verdicts on the checklist items drawn
 * from it, folded into one word, or {@link #NO_PLAN} when the township has no plan in the store yet.
 */
public enum CellStatus {
    MET(Verdict.MET, null),
    VIOLATED(Verdict.VIOLATED, null),
    /** The matrix's short word (部分), where a finding says 部分落实. */
    PARTIAL(Verdict.PARTIAL, "部分"),
    MISSING(Verdict.MISSING, null),
    UNCLEAR(Verdict.UNCLEAR, null),
    NO_PLAN(null, "无下级规划");

    private final Verdict verdict;
    private final String label;

    CellStatus(Verdict verdict, String label) {
        this.verdict = verdict;
        this.label = label;
    }

    /** The JSON spelling: the verdict's, or {@code no-plan}. */
    public String code() {
        return verdict == null ? "no-plan" : verdict.code();
    }

    /** The word in the matrix: the verdict's, but for 部分 and 无下级规划. */
    public String label() {
        return label != null ? label : verdict.label();
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
