package org.plantrace.application.trace;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.plantrace.conformance.Verdict;

/**
 * What reviewers decided on a township plan, as the trace reads it: the newest stored review of the
 * plan and the verdicts a reviewer confirmed or overrode, by checklist requirement (the words the
 * review carried its decisions by). The trace shows a decided verdict instead of the engine's while
 * the review holds, and counts it as suspect once the review is outdated (需复核).
 */
@FunctionalInterface
public interface ReviewedVerdicts {
    /** No stored reviews: every verdict is the engine's. */
    ReviewedVerdicts NONE = plan -> Optional.empty();

    Optional<Reviewed> latest(String townshipPlanCode);

    /**
     * @param townshipVersion the township plan version reviewed
     * @param countyVersion   the county plan version reviewed against
     * @param outdated        the review is 需复核 (a newer township version or county publication)
     * @param decided         the reviewer's verdict by checklist requirement; undecided items absent
     */
    record Reviewed(long reviewId, int townshipVersion, int countyVersion, String reviewer, Instant at, boolean outdated,
            Map<String, Verdict> decided) {
        public Reviewed {
            decided = Map.copyOf(decided);
        }
    }
}
