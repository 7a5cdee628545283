package org.plantrace.application;

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
}
