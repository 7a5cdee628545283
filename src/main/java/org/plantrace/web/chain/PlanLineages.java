package org.plantrace.web.chain;

import org.plantrace.web.i18n.Words;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.web.authoring.PlanPaths;

/** {@code #{lineage.of(code)}}: a lower plan's parent and township for its pages; null for a top plan. */
@Named("lineage")
@ApplicationScoped
public class PlanLineages {
    @Inject
    PlanRepository plans;

    public Lineage of(String code) {
        Plan plan = code == null ? null : plans.plan(code).orElse(null);
        if (plan == null || plan.parent() == null) {
            return null;
        }
        Plan parent = plans.plan(plan.parent()).orElse(null);
        return new Lineage(Words.here(plan.level()), parent == null ? plan.parent() : parent.name(),
                parent == null ? "" : PlanPaths.versions(parent.code()), plan.township());
    }
}
