package org.plantrace.domain.conformance;

import java.util.Objects;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.Verdict;

/**
 * One finding of a stored review: its number in the record (序号, from 1), the engine's finding as it
 * was made (or the reviewer's, for one they added), and the reviewer's decision, if any.
 */
public record RecordedFinding(int number, Finding finding, FindingOrigin origin, ReviewDecision decision) {
    public RecordedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(origin, "origin");
    }

    /** The verdict that counts: the reviewer's where they decided, else the engine's. */
    public Verdict effective() {
        return decision == null ? finding.status() : decision.verdict();
    }

    public boolean decided() {
        return decision != null;
    }

    public RecordedFinding withDecision(ReviewDecision d) {
        return new RecordedFinding(number, finding, origin, d);
    }
}
