package org.plantrace.domain.plan;

import java.util.List;
import java.util.Optional;
import org.plantrace.domain.clause.Clause;

/**
 * Stores plans and their versions. Implementations store a version in one transaction: all of
 * its clauses or nothing.
 */
public interface PlanRepository {

    /** Stores the version as the next version of its plan (creating the plan if new); returns it with its number. */
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
}
