package org.plantrace.domain.conformance;

import java.time.Instant;
import java.util.Objects;
import org.plantrace.conformance.Verdict;

/**
 * A reviewer's decision on one finding.
 *
 * @param kind        confirmed or overridden
 * @param verdict     the verdict that now stands (the engine's when confirmed)
 * @param note        the reviewer's words; required when overridden, may be empty when confirmed
 * @param by          who decided
 * @param at          when
 * @param carriedFrom the id of the earlier review the decision was carried over from on a re-run, 0 when made here
 */
public record ReviewDecision(DecisionKind kind, Verdict verdict, String note, String by, Instant at, long carriedFrom) {
    public ReviewDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note;
    }

    /** The same decision, marked as carried over from review {@code reviewId}. */
    public ReviewDecision carriedFrom(long reviewId) {
        return new ReviewDecision(kind, verdict, note, by, at, carriedFrom != 0 ? carriedFrom : reviewId);
    }

    /** The decision in words for the 审查意见书: 确认：… / 改判为符合：… */
    public String words() {
        String head = kind == DecisionKind.CONFIRMED ? "确认" + verdict.label() : "改判为" + verdict.label();
        return note.isBlank() ? head : head + "：" + note;
    }
}
