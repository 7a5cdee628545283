package org.plantrace.domain.plan;

import java.util.List;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;

/**
 * Stores plans and their versions. Implementations store a version in one transaction: all of
 * its clauses or nothing.
 */
public interface PlanRepository {

    /**
     * Stores the version as the next version of its plan (creating the plan if new); returns it with
     * its number. A version stored as published supersedes the plan's published one in the same
     * transaction: a plan has one published version, the earlier ones stay citable as superseded.
     */
    PlanVersion store(PlanVersion version);

    List<Plan> plans();

    Optional<Plan> plan(String code);

    /** The newest version, draft or published. */
    Optional<PlanVersion> latestVersion(String planCode);

    /** The newest published version: what the public sees. */
    Optional<PlanVersion> latestPublished(String planCode);

    List<PlanVersion> versions(String planCode);

    /** The clause with this durable id in the given version, if any. */
    Optional<Clause> clause(String planCode, int versionNumber, String uid);

    /**
     * Every version of the plan, oldest first, without clauses. Stores should answer from the
     * version rows and clause aggregates only; this default loads everything and suits fakes.
     */
    default List<VersionSummary> versionSummaries(String planCode) {
        return versions(planCode).stream().map(PlanRepository::summarize).toList();
    }

    /** The newest published version without clauses: cheap enough to ask on every page view. */
    default Optional<VersionSummary> latestPublishedSummary(String planCode) {
        return versionSummaries(planCode).stream().filter(VersionSummary::published)
                .max(Comparator.comparingInt(VersionSummary::number));
    }

    /** One version with its clauses, if it exists. */
    default Optional<PlanVersion> version(String planCode, int number) {
        return versions(planCode).stream().filter(v -> v.number() == number).findFirst();
    }

    /** A summary computed from a loaded version (for stores that keep versions in memory). */
    static VersionSummary summarize(PlanVersion v) {
        List<Clause> all = ClauseTree.flatten(v.clauses());
        long stamp = 1;
        for (Clause c : all) {
            stamp = 31 * stamp + Objects.hash(c.uid(), c.revision(), c.num(), c.heading(), c.text());
        }
        return new VersionSummary(v.plan(), v.number(), v.status(), v.createdAt(), v.publishedAt(), v.sourceName(),
                all.size(), stamp);
    }
}
