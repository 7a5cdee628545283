package org.plantrace.domain.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Changes plan versions in place, clause by clause: the store behind authoring. Where
 * {@link PlanRepository#store} writes a whole new version, this lets a use case read one plan's
 * versions, change a draft's clause tree and its status, and append audit entries, all in one
 * transaction that holds the plan's write lock, so two drafters' changes to one plan never
 * interleave. Only the rows that changed are written.
 */
public interface PlanWriter {

    /**
     * Runs the work in one transaction holding the plan's write lock; commits what it did when it
     * returns, rolls everything back when it throws (the exception is passed on).
     *
     * @throws IllegalArgumentException the plan does not exist
     */
    <T> T write(String planCode, Function<PlanWork, T> work);

    /** One version with its clause tree, each clause carrying its revision. */
    Optional<PlanVersion> version(String planCode, int number);

    /**
     * The audit entries of one version, oldest first, read without the plan's write lock: for pages
     * that show who edited and who approved (PlanWork#history is the same inside a change).
     */
    List<org.plantrace.domain.audit.AuditEntry> history(String planCode, int number);

    /** Every version of the plan, oldest first, WITHOUT clauses (an empty list): for listing. */
    List<PlanVersion> versionList(String planCode);
}
