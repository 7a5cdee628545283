package org.plantrace.application.compare;

import org.plantrace.domain.compare.VersionComparison;
import org.plantrace.domain.plan.PlanVersion;

/** Two versions of one plan and what changed between them. */
public record Comparison(PlanVersion older, PlanVersion newer, VersionComparison result) {
}
