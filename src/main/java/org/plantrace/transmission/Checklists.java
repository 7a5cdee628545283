package org.plantrace.transmission;

import java.util.List;
import org.plantrace.domain.plan.PlanVersion;

/**
 * Derives checklists from a version of the county plan. The rules behind it are data
 * ({@code templates/transmission/}); implementations only apply them.
 */
public interface Checklists {

    /** Every township and detailed-plan unit the version binds, in the plan's order. */
    List<Target> targets(PlanVersion county);

    Checklist derive(PlanVersion county, Target target);
}
