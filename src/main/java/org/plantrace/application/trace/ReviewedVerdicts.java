package org.plantrace.application.trace;

import java.time.Instant;
import java.util.List;
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
     * What changes whenever {@link #latest} would answer differently: a key for caches that must not
     * read every review on every page view. Stores override it with something cheap (the newest
     * review's id and row version); the default reads the review itself.
     */
    default Object stamp(String townshipPlanCode) {
        return latest(townshipPlanCode).orElse(null);
    }

    /**
     * @param townshipVersion the township plan version reviewed
     * @param countyVersion   the county plan version reviewed against
     * @param outdated        the review is 需复核 (a newer township version or county publication)
     * @param decided         the reviewer's verdict by checklist requirement; undecided items absent
     * @param carried         for each finding, the county clauses it rests on and the township clauses
     *                        carrying it: a township clause whose county clauses are all gone from the
     *                        current county version is orphaned
     */
    record Reviewed(long reviewId, int townshipVersion, int countyVersion, String reviewer, Instant at, boolean outdated,
            Map<String, Verdict> decided, List<Carried> carried) {
        public Reviewed {
            decided = Map.copyOf(decided);
            carried = List.copyOf(carried);
        }

        public Reviewed(long reviewId, int townshipVersion, int countyVersion, String reviewer, Instant at, boolean outdated,
                Map<String, Verdict> decided) {
            this(reviewId, townshipVersion, countyVersion, reviewer, at, outdated, decided, List.of());
        }
    }

    /** County clauses (durable ids) a finding rests on, and the township clauses (path ids) carrying it. */
    record Carried(List<String> countyUids, List<String> townshipClauses) {
        public Carried {
            countyUids = List.copyOf(countyUids);
            townshipClauses = List.copyOf(townshipClauses);
        }
    }
}
