package org.plantrace.domain.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.plantrace.domain.clause.Clause;

/**
 * One version of a plan's text: its clause tree, whether it is published, and when.
 *
 * @param number      1, 2, 3 … per plan, in order of ingest
 * @param sourceName  the file or folder it was read from
 * @param clauses     the top-level clauses (preface, chapters) with their sub-trees
 */
public record PlanVersion(
        Plan plan,
        int number,
        VersionStatus status,
        Instant createdAt,
        Instant publishedAt,
        String sourceName,
        List<Clause> clauses) {
    public PlanVersion {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        clauses = List.copyOf(clauses);
    }

    public boolean published() {
        return status == VersionStatus.PUBLISHED;
    }
}
