package org.plantrace.domain.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A version without its clauses: enough to tell whether something prepared from it (a reading
 * index, a search index) is still current, at the cost of one small query instead of loading
 * every clause.
 *
 * @param clauseCount  how many clauses the version holds
 * @param contentStamp changes when a clause of the version is added, removed, edited or moved;
 *                     comparable only with stamps from the same repository
 */
public record VersionSummary(
        Plan plan,
        int number,
        VersionStatus status,
        Instant createdAt,
        Instant publishedAt,
        String sourceName,
        int clauseCount,
        long contentStamp) {
    public VersionSummary {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(status, "status");
    }

    public boolean published() {
        return status == VersionStatus.PUBLISHED;
    }

    /** The same version with an empty clause list, for code that needs only the header. */
    public PlanVersion header() {
        return new PlanVersion(plan, number, status, createdAt, publishedAt, sourceName, List.of());
    }
}
