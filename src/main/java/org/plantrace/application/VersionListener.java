package org.plantrace.application;

import java.util.Set;
import org.plantrace.domain.plan.PlanVersion;

/**
 * Told about every version stored, after its transaction committed: derived data (the search
 * index) follows the store near-real-time. A listener that fails does not undo the store; derived
 * data must notice it is stale by itself.
 */
@FunctionalInterface
public interface VersionListener {
    VersionListener NONE = version -> { };

    void stored(PlanVersion version);

    /**
     * Told instead of {@link #stored} when a version the listener was already told of changed in the
     * content of these clauses only (heading, text, mandatory marking; durable ids): no clause moved,
     * appeared or went, and the status is the same. {@code version} is the whole version after the
     * change. A drafter's save changes one clause of ~300, so a listener that can follow clause by
     * clause (links, search index) saves re-deriving the other 299; the default re-does the version.
     */
    default void changed(PlanVersion version, Set<String> clauseUids) {
        stored(version);
    }
}
